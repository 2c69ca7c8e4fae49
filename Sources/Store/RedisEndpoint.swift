/// Where a Redis server listens: `unix:/run/clonecode/questions.sock`, `127.0.0.1:6380`,
/// `redis://host:port`, or `rediss://host:port` for TLS; or which Redis Sentinels name it:
/// `sentinel://host:port,host:port,host:port/NAME` (`sentinels://` for TLS to sentinels and servers).
public enum RedisEndpoint: Sendable, Equatable, CustomStringConvertible {
    case unix(path: String)
    case tcp(host: String, port: Int)
    /// TLS over TCP, checked against the fleet's CA (`RedisServer.tls`).
    case tls(host: String, port: Int)
    /// The current primary of the master `name`, as the sentinels (each `.tcp` or `.tls`) report it;
    /// reached the same way as they are.
    case sentinel(name: String, sentinels: [RedisEndpoint])

    public init?(_ text: String) {
        if text.hasPrefix("unix:") {
            guard text.count > 5 else { return nil }
            self = .unix(path: String(text.dropFirst(5)))
        } else if text.hasPrefix("/") {
            self = .unix(path: text)
        } else if text.hasPrefix("sentinel://") || text.hasPrefix("sentinels://") {
            let secure = text.hasPrefix("sentinels://")
            let rest = text.drop { $0 != "/" }.dropFirst(2)
            guard let slash = rest.lastIndex(of: "/") else { return nil }
            let name = String(rest[rest.index(after: slash)...])
            let sentinels = rest[..<slash].split(separator: ",", omittingEmptySubsequences: false)
                .map { Self(String($0)).flatMap { address -> Self? in
                    guard case .tcp(let host, let port) = address else { return nil }
                    return secure ? .tls(host: host, port: port) : .tcp(host: host, port: port)
                } }
            guard !name.isEmpty, !name.contains(where: \.isWhitespace), !sentinels.isEmpty, !sentinels.contains(nil) else { return nil }
            self = .sentinel(name: name, sentinels: sentinels.compactMap { $0 })
        } else {
            let secure = text.hasPrefix("rediss://")
            let rest = secure ? String(text.dropFirst(9)) : text.hasPrefix("redis://") ? String(text.dropFirst(8)) : text
            guard let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]),
                  (1...65535).contains(port), colon > rest.startIndex, !rest.contains("/") else { return nil }
            let host = String(rest[..<colon])
            self = secure ? .tls(host: host, port: port) : .tcp(host: host, port: port)
        }
    }

    public var description: String {
        switch self {
        case .unix(let path): "unix:\(path)"
        case .tcp(let host, let port): "\(host):\(port)"
        case .tls(let host, let port): "rediss://\(host):\(port)"
        case .sentinel(let name, let sentinels):
            "\(usesTLS ? "sentinels" : "sentinel")://" + sentinels.map { sentinel in
                switch sentinel {
                case .tcp(let host, let port), .tls(let host, let port): "\(host):\(port)"
                default: sentinel.description
                }
            }.joined(separator: ",") + "/\(name)"
        }
    }

    /// True for TLS, directly or through TLS sentinels.
    var usesTLS: Bool {
        switch self {
        case .tls: true
        case .sentinel(_, let sentinels): sentinels.contains { $0.usesTLS }
        default: false
        }
    }
}
