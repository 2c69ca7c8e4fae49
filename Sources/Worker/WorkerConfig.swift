public import Model
public import RPC
public import Store
public import Telemetry

/// Everything a worker daemon is told at start.
public struct WorkerConfig: Sendable {
    /// Unique in the fleet: the consumer name on the job stream and the container label.
    public var id: String
    public var host: String
    /// Slots (one job at a time each), each pinned to a CPU.
    public var slots: Int
    public var cpus: [Int]
    public var questionsDB: RedisServer
    public var metadataDB: RedisServer
    /// Where the worker's own RPC (status, drain) listens.
    public var listen: Endpoint
    public var dockerSocket: String
    /// A job held longer than this by a silent worker is taken over.
    public var leaseMs: Int
    /// After this many deliveries a job ends as Internal Error.
    public var maxDeliveries: Int
    public var languages: [Language]
    /// First uid of this worker's job uids; each slot uses 100 from here.
    public var uidBase: Int
    public var jobsPerContainer: Int
    /// Disk for the compile cache shared by the slots (megabytes; 0: none).
    public var compileCacheMB: Int
    /// Where to serve Prometheus metrics; nil serves none.
    public var metrics: MetricsAddress?

    public init(id: String, host: String, slots: Int, cpus: [Int], questionsDB: RedisServer, metadataDB: RedisServer,
                listen: Endpoint, dockerSocket: String = "/var/run/docker.sock", leaseMs: Int = 60_000, maxDeliveries: Int = 3,
                languages: [Language] = [.python3], uidBase: Int = 1_200_000, jobsPerContainer: Int = 500,
                compileCacheMB: Int = 1024, metrics: MetricsAddress? = nil) {
        self.id = id
        self.host = host
        self.slots = slots
        self.cpus = cpus
        self.questionsDB = questionsDB
        self.metadataDB = metadataDB
        self.listen = listen
        self.dockerSocket = dockerSocket
        self.leaseMs = leaseMs
        self.maxDeliveries = maxDeliveries
        self.languages = languages
        self.uidBase = uidBase
        self.jobsPerContainer = jobsPerContainer
        self.metrics = metrics
        self.compileCacheMB = compileCacheMB
    }
}
