import Metrics
import NIOPosix
import Synchronization

/// A small pool of blocking hiredis connections, driven from async code.
///
/// Each call borrows a connection on a thread of the client's own thread pool, so blocking I/O never
/// runs on the concurrency pool or on event loops. A connection that fails is dropped; the next call
/// connects again, so the client recovers by itself when Redis comes back. Thread-safe.
public final class RedisClient: Sendable {
    public var endpoint: RedisEndpoint { dialer.server.endpoint }
    private let dialer: RedisDialer
    private let timeout: Duration
    private let threads: NIOThreadPool
    private let idle = Mutex<[RedisConnection]>([])
    /// Connections dropped after a failure and not yet replaced: the next dial is a reconnect.
    private let lost = Mutex(0)

    /// - Parameters:
    ///   - poolSize: threads, and so connections, at most.
    ///   - timeout: for connecting and for each reply.
    public init(server: RedisServer, poolSize: Int = 4, timeout: Duration = .seconds(2)) {
        dialer = RedisDialer(server: server)
        self.timeout = timeout
        threads = NIOThreadPool(numberOfThreads: poolSize)
        threads.start()
    }

    /// A client of a server without password or TLS.
    public convenience init(endpoint: RedisEndpoint, poolSize: Int = 4, timeout: Duration = .seconds(2)) {
        self.init(server: RedisServer(endpoint), poolSize: poolSize, timeout: timeout)
    }

    /// Stops the client's threads; later calls fail.
    public func shutdown() async {
        try? await threads.shutdownGracefully()
        idle.withLock { $0 = [] }
        dialer.close()
    }

    /// Runs one command. An error reply throws `RedisError.server`.
    @discardableResult
    public func command(_ args: String...) async throws -> RedisReply {
        try await command(args)
    }

    @discardableResult
    public func command(_ args: [String]) async throws -> RedisReply {
        try Self.check(try await withConnection { try $0.command(args) })
    }

    /// Sends the commands together and returns each reply (error replies included, not thrown).
    /// - Parameter dropConnection: true for replies after which the connection is not used again
    ///   (so that the next call connects anew, and through sentinels finds the current primary).
    public func pipeline(_ commands: [[String]], dropConnection: @escaping @Sendable ([RedisReply]) -> Bool = { _ in false })
        async throws -> [RedisReply]
    {
        guard !commands.isEmpty else { return [] }
        return try await withConnection { connection in
            let replies = try connection.pipeline(commands)
            if dropConnection(replies) { connection.retire() }
            return replies
        }
    }

    /// Runs the commands in MULTI/EXEC: all or none. Returns EXEC's replies.
    @discardableResult
    public func transaction(_ commands: [[String]]) async throws -> [RedisReply] {
        let replies = try await pipeline([["MULTI"]] + commands + [["EXEC"]])
        for reply in replies.dropLast() { _ = try Self.check(reply) }
        guard let results = try Self.check(replies.last ?? .null).array else {
            throw RedisError.server("transaction aborted")
        }
        return results
    }

    /// Runs a Lua script (EVAL) with its keys and arguments.
    @discardableResult
    public func eval(_ script: String, keys: [String], args: [String]) async throws -> RedisReply {
        try await command(["EVAL", script, String(keys.count)] + keys + args)
    }

    /// True when the server answers PING.
    public func ping() async -> Bool {
        (try? await command("PING")) == .status("PONG")
    }

    /// The reply, unless it is an error reply: a server that stopped being the primary (a failover)
    /// is `unavailable` (retry, and the next connection goes to the new primary), any other `server`.
    static func check(_ reply: RedisReply) throws -> RedisReply {
        guard case .error(let why) = reply else { return reply }
        if reply.isFromDemotedPrimary { throw RedisError.unavailable("\(why) (the server stopped being the primary: a failover)") }
        throw RedisError.server(why)
    }

    private func withConnection<T: Sendable>(_ body: @escaping @Sendable (RedisConnection) throws -> T) async throws -> T {
        try await threads.runIfActive { [self] in
            var pooled = self.idle.withLock { $0.popLast() }
            while let stale = pooled, !stale.isAlive {
                self.lost.withLock { $0 += 1 }
                pooled = self.idle.withLock { $0.popLast() }
            }
            let connection: RedisConnection
            if let pooled {
                connection = pooled
            } else {
                connection = try dialer.connect(timeout: timeout)
                let replacesALostOne = self.lost.withLock { lost -> Bool in
                    guard lost > 0 else { return false }
                    lost -= 1
                    return true
                }
                if replacesALostOne {
                    Counter(label: "clonecode_redis_reconnects_total", dimensions: [("server", "\(self.endpoint)")]).increment()
                }
            }
            let result = Result { try body(connection) }
            if connection.isUsable {
                self.idle.withLock { $0.append(connection) }
            } else {
                self.lost.withLock { $0 += 1 }
            }
            return try result.get()
        }
    }
}
