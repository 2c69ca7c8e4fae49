import Metrics
import Synchronization
import TLS

/// Makes authenticated connections to one Redis server, or to the current primary that Redis
/// Sentinels name; for TLS, through relays started on first use.
///
/// Thread-safe; `connect` blocks (call it on a pool thread).
final class RedisDialer: Sendable {
    let server: RedisServer
    /// One relay per TLS server reached (after failovers, several).
    private let relays = Mutex<[String: TLSRelay]>([:])
    /// The primary the sentinels named last: a different answer is a failover.
    private let lastPrimary = Mutex<RedisEndpoint?>(nil)

    init(server: RedisServer) {
        self.server = server
    }

    /// A connection to the server; with sentinels, to the server they name as primary, checked to be one.
    func connect(timeout: Duration?) throws -> RedisConnection {
        guard case .sentinel(let name, let sentinels) = server.endpoint else {
            return try open(server.endpoint, timeout: timeout)
        }
        var problems: [String] = []
        for sentinel in sentinels {
            let primary: RedisEndpoint
            do {
                primary = try ask(sentinel, for: name, timeout: timeout)
            } catch {
                problems.append("\(error)")
                continue
            }
            do {
                let connection = try open(primary, timeout: timeout)
                let role = try connection.command(["ROLE"])
                guard role.array?.first?.string == "master" else {
                    throw RedisError.unavailable("\(primary), named primary of \(name) by \(sentinel), is not one (yet)")
                }
                noteFailover(to: primary)
                return connection
            } catch {
                problems.append("\(error)")
            }
        }
        throw RedisError.unavailable("no primary of '\(name)' reachable through its sentinels: \(problems.joined(separator: "; "))")
    }

    /// Stops the relays, if any were started.
    func close() {
        relays.withLock { relays in
            relays.values.forEach { $0.close() }
            relays = [:]
        }
    }

    /// The primary of `name` according to one sentinel.
    private func ask(_ sentinel: RedisEndpoint, for name: String, timeout: Duration?) throws -> RedisEndpoint {
        let connection = try open(sentinel, timeout: timeout, isSentinel: true)
        let reply = try connection.command(["SENTINEL", "get-master-addr-by-name", name])
        guard let parts = reply.array, parts.count == 2, let host = parts[0].string, let port = parts[1].string.flatMap(Int.init) else {
            if case .error(let why) = reply { throw RedisError.unavailable("sentinel \(sentinel): \(why)") }
            throw RedisError.unavailable("sentinel \(sentinel) knows no master named '\(name)'")
        }
        if case .tls = sentinel { return .tls(host: host, port: port) }
        return .tcp(host: host, port: port)
    }

    private func open(_ endpoint: RedisEndpoint, timeout: Duration?, isSentinel: Bool = false) throws -> RedisConnection {
        let connection = try RedisConnection(endpoint: try reachable(endpoint), timeout: timeout, shownAs: endpoint)
        if let password = server.password {
            let reply = try connection.command(["AUTH", password])
            // A sentinel may run without a password while the servers have one.
            if case .error(let why) = reply, !(isSentinel && why.contains("without any password configured")) {
                throw RedisError.unavailable("Redis at \(endpoint) refused the password: \(why)")
            }
        }
        return connection
    }

    private func noteFailover(to primary: RedisEndpoint) {
        let moved = lastPrimary.withLock { last -> Bool in
            defer { last = primary }
            return last != nil && last != primary
        }
        if moved {
            Counter(label: "clonecode_redis_failovers_total", dimensions: [("server", "\(server.endpoint)")]).increment()
        }
    }

    private func reachable(_ endpoint: RedisEndpoint) throws -> RedisEndpoint {
        guard case .tls(let host, let port) = endpoint else { return endpoint }
        return try relays.withLock { relays in
            if let relay = relays["\(host):\(port)"] { return .unix(path: relay.path) }
            guard let files = server.tls else {
                throw RedisError.unavailable("\(endpoint) needs TLS files (tls-ca-file) to connect")
            }
            do {
                let started = try TLSRelay(host: host, port: port, context: try files.clientContext())
                relays["\(host):\(port)"] = started
                return .unix(path: started.path)
            } catch {
                throw RedisError.unavailable("\(error)")
            }
        }
    }
}
