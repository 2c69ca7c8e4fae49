public import Model
public import RPC
public import Store

/// Everything the API daemon is told at start.
public struct APIConfig: Sendable {
    /// Where to listen when systemd passes no sockets.
    public var listen: [Endpoint]
    public var questionsDB: RedisEndpoint
    public var metadataDB: RedisEndpoint
    /// The admin token (read from a file the operator wrote); nil disables admin calls over TCP.
    public var adminToken: String?
    /// Besides root, the uid allowed to make admin calls over the Unix socket (the service's own user).
    public var serviceUID: UInt32
    /// Submit answers RESOURCE_EXHAUSTED once the job stream holds this many jobs.
    public var maxQueueDepth: Int
    /// The languages the fleet judges.
    public var languages: [Language]
    /// How long a graceful stop waits for calls in flight.
    public var drainTimeout: Duration
    public var maxFrameSize: Int

    public init(listen: [Endpoint], questionsDB: RedisEndpoint, metadataDB: RedisEndpoint, adminToken: String?,
                serviceUID: UInt32, maxQueueDepth: Int = 10_000, languages: [Language] = [.python3],
                drainTimeout: Duration = .seconds(10), maxFrameSize: Int = FrameDecoder.defaultMaxFrameSize) {
        self.listen = listen
        self.questionsDB = questionsDB
        self.metadataDB = metadataDB
        self.adminToken = adminToken
        self.serviceUID = serviceUID
        self.maxQueueDepth = maxQueueDepth
        self.languages = languages
        self.drainTimeout = drainTimeout
        self.maxFrameSize = maxFrameSize
    }

    /// Submitted sources larger than this are refused.
    public static let maxSourceBytes = 64 * 1024
    /// Custom inputs of a `try` run larger than this are refused.
    public static let maxCustomInputBytes = 256 * 1024
}
