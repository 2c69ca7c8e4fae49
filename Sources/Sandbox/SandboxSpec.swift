/// How a slot's runner containers are made.
public struct SandboxSpec: Sendable {
    /// The label whose value names the worker a container belongs to.
    public static let workerLabel = "org.clonecode.worker"
    /// The image, e.g. `clonecode-runner:r3`.
    public var image: String
    /// The CPU the slot is pinned to (`CpusetCpus`).
    public var cpu: Int
    /// The container's memory limit, swap included (the largest any question may use, plus the runner).
    public var memoryBytes: Int
    /// Processes and threads in the container at most.
    public var pidsLimit: Int
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

    public init(image: String, cpu: Int, memoryBytes: Int = 768 << 20, pidsLimit: Int = 128, boxBytes: Int = 64 << 20,
                uidBase: Int, uidCount: Int = 16, worker: String, slot: Int, jobsPerContainer: Int = 500) {
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
    }

    /// The Engine API's container configuration. Every protection is asked for explicitly; the
    /// Engine refuses the container (and so the job fails closed) if it cannot apply one.
    var containerConfig: [String: Any] {
        [
            "Image": image,
            "Cmd": ["/opt/clonecode/runner", "--uid-base", String(uidBase), "--uids", String(uidCount)],
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
                "Memory": memoryBytes,
                "MemorySwap": memoryBytes,
                "OomKillDisable": false,
                "PidsLimit": pidsLimit,
                "ReadonlyRootfs": true,
                "Tmpfs": ["/box": "rw,exec,nosuid,nodev,size=\(boxBytes),mode=1733"],
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
