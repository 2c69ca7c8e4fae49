public import TLS

/// How to reach one Redis server: where it listens, its password, and the TLS files for `rediss://`.
public struct RedisServer: Sendable, Equatable, CustomStringConvertible {
    public var endpoint: RedisEndpoint
    /// Sent with AUTH on every new connection (Redis's `requirepass`).
    public var password: String?
    /// Needed for a `.tls` endpoint: the CA that signed the server's certificate, and this side's
    /// certificate when the server checks clients (Redis's default `tls-auth-clients yes`).
    public var tls: TLSFiles?

    public init(_ endpoint: RedisEndpoint, password: String? = nil, tls: TLSFiles? = nil) {
        self.endpoint = endpoint
        self.password = password
        self.tls = tls
    }

    public var description: String { endpoint.description }
}

extension RedisServer {
    /// Parses a setting's value (`unix:PATH`, `HOST:PORT`, `rediss://HOST:PORT`, `sentinel://HOST:PORT,.../NAME`,
    /// `sentinels://...`); a TLS endpoint needs `tls`.
    public init(parsing text: String, setting: String, password: String?, tls: TLSFiles?) throws {
        guard let endpoint = RedisEndpoint(text) else {
            throw RedisError.badSetting(
                "\(setting) '\(text)' is not unix:PATH, HOST:PORT, rediss://HOST:PORT or sentinel://HOST:PORT,HOST:PORT,.../NAME")
        }
        if endpoint.usesTLS, tls == nil {
            throw RedisError.badSetting("\(setting) '\(text)' uses TLS: set tls-ca-file (and tls-cert-file, tls-key-file)")
        }
        self.init(endpoint, password: password, tls: tls)
    }
}
