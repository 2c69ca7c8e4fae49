import Foundation
import Synchronization
public import Store

/// A real redis-server of the test's own, on a Unix socket in a fresh temporary folder, with
/// append-only persistence there. Stopped, and its folder removed, when the value goes away.
///
/// `start` throws when redis-server cannot start, so that a test without Redis fails, never skips.
public final class TestRedis: Sendable {
    /// The server's folder: its socket, log and data.
    public let directory: String
    /// A client of the server, for the test's own checks.
    public let client: RedisClient
    private let password: String?
    private let options: [String]
    private let child: Mutex<Child?>

    public var socket: String { "\(directory)/redis.sock" }
    public var endpoint: RedisEndpoint { .unix(path: socket) }
    /// How a daemon's settings name this server.
    public var server: RedisServer { RedisServer(endpoint, password: password) }

    /// Starts a server; `options` are more redis-server options (a password, a TLS port).
    /// - Parameter password: the server's requirepass, also set in `options` by the caller.
    public static func start(options: [String] = [], password: String? = nil) async throws -> TestRedis {
        let redis = TestRedis(directory: try TemporaryDirectory.make("cc-redis"), options: options, password: password)
        try await redis.restart()
        return redis
    }

    private init(directory: String, options: [String], password: String?) {
        self.directory = directory
        self.options = options
        self.password = password
        child = Mutex(nil)
        client = RedisClient(server: RedisServer(.unix(path: "\(directory)/redis.sock"), password: password), poolSize: 2)
    }

    deinit {
        child.withLock { $0?.stop() }
        let client = client
        Task { await client.shutdown() }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Kills the server at once (an outage); `restart` brings it back with the same socket and data.
    public func kill() {
        child.withLock { $0?.stop(); $0 = nil }
    }

    /// Starts the server (again), and returns once it answers PING.
    public func restart() async throws {
        kill()
        let started = try Child("/usr/bin/redis-server", [
            "--port", "0", "--unixsocket", socket, "--unixsocketperm", "700", "--dir", directory,
            "--appendonly", "yes", "--appendfsync", "always", "--save", "",
        ] + options, logTo: "\(directory)/redis.log")
        child.withLock { $0 = started }
        for _ in 0..<250 {
            if await client.ping() { return }
            guard started.process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw TestFailure("redis-server did not start in \(directory): \(started.log)")
    }
}
