/// How a slot's runner containers are made.
public struct SandboxSpec: Sendable {
    /// The label whose value names the worker a container belongs to.
    public static let workerLabel = "org.clonecode.worker"
    /// The image, e.g. `clonecode-runner:r4`.
    public var image: String
    /// The CPU the slot is pinned to (`CpusetCpus`).
    public var cpu: Int
    /// The jobs' share of the container's memory limit, swap included (the largest any question
    /// may use, plus the runner).
    public var memoryBytes: Int
    /// Processes and threads of jobs in the container at most.
    public var pidsLimit: Int
    /// What the container allows on top for its resident compile servers (the JVM compilers of
    /// Java, Kotlin and Scala, each with a 512 MB heap and a few dozen threads), so that a server's
    /// memory never makes a job's look exceeded.
    public static let compileServerBytes = 1792 << 20
    public static let compileServerPids = 96
    /// Size of the /box tmpfs where jobs write.
    public var boxBytes: Int
    /// The job uids of this slot: `uidBase ..< uidBase + uidCount`, used by no one else on the host.
    public var uidBase: Int
    public var uidCount: Int
    /// Labels that mark the container as this worker's (`workerLabel`) and slot's.
    public var worker: String
    public var slot: Int
    /// A container is replaced after this many jobs.
    public var jobsPerContainer: Int
    /// The compile cache: a Docker volume mounted in every slot's containers (named after the
    /// image, so that a new toolchain starts empty), and the disk it may use; nil: none.
    public var compileCache: CompileCacheVolume?

    /// A volume for compiled programs, shared by the slots that mount it, labelled
    /// `CompileCacheVolume.label` with the image's id.
    public struct CompileCacheVolume: Sendable {
        public static let label = "org.clonecode.compile-cache"
        public var name: String
        public var imageID: String
        public var megabytes: Int

        /// The volume of the image whose id is `imageID` (`sha256:...`).
        public init(imageID: String, megabytes: Int) {
            let digest = imageID.split(separator: ":").last.map(String.init) ?? imageID
            self.name = "clonecode-compile-\(digest.prefix(16))"
            self.imageID = imageID
            self.megabytes = megabytes
        }
    }

    /// Where the runner finds the compile cache's volume.
    static let compileCachePath = "/var/cache/clonecode-compile"

    public init(image: String, cpu: Int, memoryBytes: Int = 768 << 20, pidsLimit: Int = 128, boxBytes: Int = 64 << 20,
                uidBase: Int, uidCount: Int = 16, worker: String, slot: Int, jobsPerContainer: Int = 500,
                compileCache: CompileCacheVolume? = nil) {
        self.image = image
        self.cpu = cpu
        self.memoryBytes = memoryBytes
        self.pidsLimit = pidsLimit
        self.boxBytes = boxBytes
        self.uidBase = uidBase
        self.uidCount = uidCount
        self.worker = worker
        self.slot = slot
        self.jobsPerContainer = jobsPerContainer
        self.compileCache = compileCache
    }

    /// The Engine API's container configuration. Every protection is asked for explicitly; the
    /// Engine refuses the container (and so the job fails closed) if it cannot apply one.
    var containerConfig: [String: Any] {
        var command = ["/opt/clonecode/runner", "--uid-base", String(uidBase), "--uids", String(uidCount)]
        var mounts: [[String: Any]] = []
        if let compileCache {
            command += ["--compile-cache", Self.compileCachePath, "--compile-cache-mb", String(compileCache.megabytes)]
            mounts.append(["Type": "volume", "Source": compileCache.name, "Target": Self.compileCachePath,
                           "VolumeOptions": ["Labels": [CompileCacheVolume.label: compileCache.imageID]]])
        }
        return [
            "Image": image,
            "Cmd": command,
            "User": "0:0",
            "WorkingDir": "/",
            "Env": ["PATH=/usr/bin:/bin"],
            "AttachStdin": true, "AttachStdout": true, "AttachStderr": true,
            "OpenStdin": true, "StdinOnce": false, "Tty": false,
            "NetworkDisabled": true,
            "Labels": [Self.workerLabel: worker, "org.clonecode.slot": String(slot)],
            "HostConfig": [
                "NetworkMode": "none",
                "CpusetCpus": String(cpu),
                "Memory": memoryBytes + Self.compileServerBytes,
                "MemorySwap": memoryBytes + Self.compileServerBytes,
                "OomKillDisable": false,
                "PidsLimit": pidsLimit + Self.compileServerPids,
                "ReadonlyRootfs": true,
                "Tmpfs": ["/box": "rw,exec,nosuid,nodev,size=\(boxBytes),mode=1733"],
                "Mounts": mounts,
                "ShmSize": 1 << 20,
                "CapDrop": ["ALL"],
                "CapAdd": ["SETUID", "SETGID"],
                "SecurityOpt": ["no-new-privileges"],
                "Privileged": false,
                "Init": true,
                "IpcMode": "private",
                "Ulimits": [["Name": "nofile", "Soft": 1024, "Hard": 1024]],
                "LogConfig": ["Type": "none"],
                "AutoRemove": false,
            ] as [String: Any],
        ]
    }
}
