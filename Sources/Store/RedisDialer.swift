import Synchronization
import TLS

/// Makes authenticated connections to one Redis server; for TLS, through a relay started on first use.
/// Thread-safe; `connect` blocks (call it on a pool thread).
final class RedisDialer: Sendable {
    let server: RedisServer
    private let relay = Mutex<TLSRelay?>(nil)

    init(server: RedisServer) {
        self.server = server
    }

    func connect(timeout: Duration?) throws -> RedisConnection {
        let connection = try RedisConnection(endpoint: try reachable(), timeout: timeout, shownAs: server.endpoint)
        if let password = server.password {
            let reply = try connection.command(["AUTH", password])
            if case .error(let why) = reply { throw RedisError.unavailable("Redis at \(server.endpoint) refused the password: \(why)") }
        }
        return connection
    }

    /// Stops the relay, if one was started.
    func close() {
        relay.withLock { relay in
            relay?.close()
            relay = nil
        }
    }

    private func reachable() throws -> RedisEndpoint {
        guard case .tls(let host, let port) = server.endpoint else { return server.endpoint }
        return try relay.withLock { relay in
            if let relay { return .unix(path: relay.path) }
            guard let files = server.tls else {
                throw RedisError.unavailable("\(server.endpoint) needs TLS files (tls-ca-file) to connect")
            }
            do {
                let started = try TLSRelay(host: host, port: port, context: try files.clientContext())
                relay = started
                return .unix(path: started.path)
            } catch {
                throw RedisError.unavailable("\(error)")
            }
        }
    }
}
