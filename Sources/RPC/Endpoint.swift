/// Where an RPC server listens or a client connects: `unix:/run/clonecode/api.sock`,
/// `tcp://127.0.0.1:7070`, or `tls://api.example:7443` for TCP with TLS.
public enum Endpoint: Sendable, Equatable, CustomStringConvertible {
    case unix(path: String)
    case tcp(host: String, port: Int)
    /// TCP with TLS: a client checks the server's certificate against the fleet's CA; a listener
    /// needs its certificate and key.
    case tls(host: String, port: Int)

    /// Parses `unix:PATH`, `tcp://HOST:PORT`, `tls://HOST:PORT`, `HOST:PORT` or a path starting with `/` or `.`.
    public init?(_ text: String) {
        if text.hasPrefix("unix:") {
            let path = String(text.dropFirst(5))
            guard !path.isEmpty else { return nil }
            self = .unix(path: path)
        } else if text.hasPrefix("/") || text.hasPrefix(".") {
            self = .unix(path: text)
        } else {
            let secure = text.hasPrefix("tls://")
            let rest = text.hasPrefix("tcp://") || secure ? String(text.dropFirst(6)) : text
            guard let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]),
                  (0...65535).contains(port) else { return nil }
            var host = String(rest[..<colon])
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            guard !host.isEmpty else { return nil }
            self = secure ? .tls(host: host, port: port) : .tcp(host: host, port: port)
        }
    }

    public var description: String {
        switch self {
        case .unix(let path): "unix:\(path)"
        case .tcp(let host, let port): host.contains(":") ? "tcp://[\(host)]:\(port)" : "tcp://\(host):\(port)"
        case .tls(let host, let port): host.contains(":") ? "tls://[\(host)]:\(port)" : "tls://\(host):\(port)"
        }
    }
}
