/// Where a Redis server listens: `unix:/run/clonecode/questions.sock`, `127.0.0.1:6380`,
/// `redis://host:port`, or `rediss://host:port` for TLS.
public enum RedisEndpoint: Sendable, Equatable, CustomStringConvertible {
    case unix(path: String)
    case tcp(host: String, port: Int)
    /// TLS over TCP, checked against the fleet's CA (`RedisServer.tls`).
    case tls(host: String, port: Int)

    public init?(_ text: String) {
        if text.hasPrefix("unix:") {
            guard text.count > 5 else { return nil }
            self = .unix(path: String(text.dropFirst(5)))
        } else if text.hasPrefix("/") {
            self = .unix(path: text)
        } else {
            let secure = text.hasPrefix("rediss://")
            let rest = secure ? String(text.dropFirst(9)) : text.hasPrefix("redis://") ? String(text.dropFirst(8)) : text
            guard let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]),
                  (1...65535).contains(port), colon > rest.startIndex else { return nil }
            let host = String(rest[..<colon])
            self = secure ? .tls(host: host, port: port) : .tcp(host: host, port: port)
        }
    }

    public var description: String {
        switch self {
        case .unix(let path): "unix:\(path)"
        case .tcp(let host, let port): "\(host):\(port)"
        case .tls(let host, let port): "rediss://\(host):\(port)"
        }
    }
}
