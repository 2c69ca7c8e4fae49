import Foundation
import Synchronization
public import Store

/// A replicated Redis of the test's own: a primary and `replicas` replicas on loopback TCP ports, and
/// three Redis Sentinels (quorum 2) watching them under one master name, all in a fresh temporary
/// folder with append-only persistence. Stopped, and the folder removed, when the value goes away.
///
/// `start` throws when any of them cannot start, so that a test without redis-sentinel fails, never skips.
public final class TestSentinels: Sendable {
    public let directory: String
    /// The master name the sentinels know.
    public let name: String
    public let password: String
    /// The servers' ports; the first started as the primary.
    public let serverPorts: [Int]
    public let sentinelPorts: [Int]
    private let servers: Mutex<[Int: Child]>
    private let sentinels: Mutex<[Child]>

    /// How a daemon's settings name the database: `sentinel://127.0.0.1:P,.../NAME`.
    public var setting: String { "sentinel://" + sentinelPorts.map { "127.0.0.1:\($0)" }.joined(separator: ",") + "/\(name)" }
    /// The database as a client reaches it, through the sentinels.
    public var server: RedisServer { RedisServer(RedisEndpoint(setting)!, password: password) }

    /// Starts the servers, waits until the replicas are in sync, then starts the sentinels and waits
    /// until each one knows the primary and its replicas.
    public static func start(name: String = "metadata", replicas: Int = 1) async throws -> TestSentinels {
        let group = TestSentinels(directory: try TemporaryDirectory.make("cc-sentinel"), name: name,
                                  serverPorts: (0...replicas).map { _ in Ports.free() }, sentinelPorts: (0..<3).map { _ in Ports.free() })
        for port in group.serverPorts { try await group.startServer(port) }
        for port in group.serverPorts.dropFirst() { try await group.waitInSync(replica: port) }
        for port in group.sentinelPorts { try group.startSentinel(port) }
        try await group.waitUntil("every sentinel knows the primary and \(replicas) replicas", timeout: .seconds(30)) {
            for port in group.sentinelPorts {
                guard await group.primaryPort(askingSentinel: port) == group.serverPorts[0],
                      let known = try? await group.sentinelCommand(port, ["SENTINEL", "REPLICAS", name]).array?.count,
                      known == replicas else { return false }
            }
            return true
        }
        return group
    }

    private init(directory: String, name: String, serverPorts: [Int], sentinelPorts: [Int]) {
        self.directory = directory
        self.name = name
        password = UUID().uuidString
        self.serverPorts = serverPorts
        self.sentinelPorts = sentinelPorts
        servers = Mutex([:])
        sentinels = Mutex([])
    }

    deinit {
        sentinels.withLock { $0.forEach { $0.stop() } }
        servers.withLock { $0.values.forEach { $0.stop() } }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The server a sentinel names as primary now, by port.
    public func primaryPort(askingSentinel port: Int? = nil) async -> Int? {
        let reply = try? await sentinelCommand(port ?? sentinelPorts[0], ["SENTINEL", "get-master-addr-by-name", name])
        return reply?.array.flatMap { $0.count == 2 ? $0[1].string.flatMap(Int.init) : nil }
    }

    /// Kills a server with SIGKILL (a lost host).
    public func kill(server port: Int) {
        servers.withLock { $0[port]?.signal(SIGKILL); $0[port] = nil }
    }

    /// Stops a server with SIGSTOP (a host that stops answering) or resumes it with SIGCONT.
    public func pause(server port: Int, _ paused: Bool) {
        servers.withLock { _ = $0[port].map { $0.signal(paused ? SIGSTOP : SIGCONT) } }
    }

    /// A client of one server directly (not through the sentinels).
    public func directClient(_ port: Int) -> RedisClient {
        RedisClient(server: RedisServer(.tcp(host: "127.0.0.1", port: port), password: password), poolSize: 1)
    }

    /// Waits until the sentinels agree on a primary other than `port`; returns its port.
    public func waitForFailover(from port: Int, timeout: Duration = .seconds(60)) async throws -> Int {
        var promoted: Int?
        try await waitUntil("the sentinels promote a replica of \(port)", timeout: timeout) {
            var named: Set<Int> = []
            for sentinel in sentinelPorts { named.insert(await primaryPort(askingSentinel: sentinel) ?? 0) }
            guard named.count == 1, let only = named.first, only != port, only != 0 else { return false }
            let role = try? await directClient(only).command("ROLE")
            guard role?.array?.first?.string == "master" else { return false }
            promoted = only
            return true
        }
        return promoted!
    }

    /// Asks a sentinel for a failover (SENTINEL FAILOVER), again while it answers that one is in
    /// progress or that no replica is fit yet (it learns of replicas every few seconds).
    public func failOverByHand(askingSentinel port: Int? = nil) async throws {
        let asked = ContinuousClock.now
        while true {
            do {
                try await sentinelCommand(port ?? sentinelPorts[0], ["SENTINEL", "FAILOVER", name])
                return
            } catch RedisError.server(let why) where (why.hasPrefix("INPROG") || why.hasPrefix("NOGOODSLAVE"))
                && ContinuousClock.now - asked < .seconds(60) {
                try await Task.sleep(for: .milliseconds(250))
            }
        }
    }

    /// Sends a command to one sentinel.
    public func sentinelCommand(_ port: Int, _ args: [String]) async throws -> RedisReply {
        let client = RedisClient(server: RedisServer(.tcp(host: "127.0.0.1", port: port), password: password), poolSize: 1)
        defer { Task { await client.shutdown() } }
        return try await client.command(args)
    }

    private func startServer(_ port: Int) async throws {
        let data = "\(directory)/redis-\(port)"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        var options = [
            "--port", String(port), "--bind", "127.0.0.1", "--dir", data, "--appendonly", "yes", "--appendfsync", "always",
            "--save", "", "--requirepass", password, "--masterauth", password,
        ]
        if port != serverPorts[0] { options += ["--replicaof", "127.0.0.1", String(serverPorts[0])] }
        let child = try Child("/usr/bin/redis-server", options, logTo: "\(data)/redis.log")
        servers.withLock { $0[port] = child }
        let client = directClient(port)
        defer { Task { await client.shutdown() } }
        try await waitUntil("redis-server on port \(port) answers", timeout: .seconds(10)) { await client.ping() }
    }

    private func waitInSync(replica port: Int) async throws {
        let client = directClient(port)
        defer { Task { await client.shutdown() } }
        try await waitUntil("the replica on port \(port) is in sync", timeout: .seconds(20)) {
            let info = (try? await client.command("INFO", "replication"))?.string ?? ""
            return info.contains("master_link_status:up")
        }
    }

    private func startSentinel(_ port: Int) throws {
        let folder = "\(directory)/sentinel-\(port)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Sentinel rewrites its config file with what it learns: it lives in the sentinel's own folder.
        let config = """
            port \(port)
            bind 127.0.0.1
            dir \(folder)
            requirepass \(password)
            sentinel monitor \(name) 127.0.0.1 \(serverPorts[0]) 2
            sentinel auth-pass \(name) \(password)
            sentinel down-after-milliseconds \(name) 1000
            sentinel failover-timeout \(name) 10000
            sentinel parallel-syncs \(name) 1

            """
        try config.write(toFile: "\(folder)/sentinel.conf", atomically: true, encoding: .utf8)
        let child = try Child("/usr/bin/redis-sentinel", ["\(folder)/sentinel.conf"], logTo: "\(folder)/sentinel.log")
        sentinels.withLock { $0.append(child) }
    }

    private func waitUntil(_ what: String, timeout: Duration, _ condition: () async -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await condition() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("timed out after \(timeout): \(what) (logs in \(directory))")
    }
}
