public import Model
public import RPC
public import Store
public import Telemetry
public import TLS

/// Everything the API daemon is told at start.
public struct APIConfig: Sendable {
    /// Where to listen when systemd passes no sockets.
    public var listen: [Endpoint]
    public var questionsDB: RedisServer
    public var metadataDB: RedisServer
    /// The admin token (read from a file the operator wrote); nil disables admin calls over TCP.
    public var adminToken: Token?
    /// When set, every call over TCP must carry this token (or the admin token).
    public var clientToken: Token?
    /// When set, TCP listeners speak TLS with this host's certificate.
    public var tls: TLSFiles?
    /// With `tls`: TCP clients must present a certificate signed by the fleet's CA.
    public var verifyClients: Bool
    /// Besides root, the uid allowed to make admin calls over the Unix socket (the service's own user).
    public var serviceUID: UInt32
    /// Submit answers RESOURCE_EXHAUSTED once the job stream holds this many jobs.
    public var maxQueueDepth: Int
    /// Submit answers RESOURCE_EXHAUSTED when a new run would wait longer than this at the fleet's
    /// judging rate; zero turns the check off.
    public var maxQueueWait: Duration
    /// Submit is acknowledged only once this many MetadataDB replicas hold the run and its job
    /// (Redis WAIT); 0 for none.
    public var waitReplicas: Int
    /// How long Submit waits for them before answering UNAVAILABLE.
    public var waitTimeout: Duration
    /// The languages the fleet judges.
    public var languages: [Language]
    /// How long a graceful stop waits for calls in flight.
    public var drainTimeout: Duration
    public var maxFrameSize: Int
    /// Where to serve Prometheus metrics; nil serves none.
    public var metrics: MetricsAddress?
    /// Whether people who are not signed in may Run and Submit (browsing is always open).
    public var anonymousSubmit: Bool
    /// What each account may queue: runs a minute, and runs not yet judged.
    public var quota: RunStore.Quota

    public init(listen: [Endpoint], questionsDB: RedisServer, metadataDB: RedisServer, adminToken: Token?,
                clientToken: Token? = nil, tls: TLSFiles? = nil, verifyClients: Bool = false, serviceUID: UInt32, maxQueueDepth: Int = 10_000, maxQueueWait: Duration = .seconds(30),
                waitReplicas: Int = 0, waitTimeout: Duration = .seconds(1), languages: [Language] = [.python3],
                drainTimeout: Duration = .seconds(10), maxFrameSize: Int = FrameDecoder.defaultMaxFrameSize,
                metrics: MetricsAddress? = nil, anonymousSubmit: Bool = false,
                quota: RunStore.Quota = RunStore.Quota(perMinute: 20, waiting: 3)) {
        self.listen = listen
        self.questionsDB = questionsDB
        self.metadataDB = metadataDB
        self.adminToken = adminToken
        self.clientToken = clientToken
        self.tls = tls
        self.verifyClients = verifyClients
        self.serviceUID = serviceUID
        self.maxQueueDepth = maxQueueDepth
        self.maxQueueWait = maxQueueWait
        self.waitReplicas = waitReplicas
        self.waitTimeout = waitTimeout
        self.languages = languages
        self.drainTimeout = drainTimeout
        self.maxFrameSize = maxFrameSize
        self.metrics = metrics
        self.anonymousSubmit = anonymousSubmit
        self.quota = quota
    }

    /// Submitted sources larger than this are refused.
    public static let maxSourceBytes = 64 * 1024
    /// Custom inputs of a `try` run larger than this are refused.
    public static let maxCustomInputBytes = 256 * 1024
}
