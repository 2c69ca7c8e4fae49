import ArgumentParser
import Config
import Daemon
import Foundation
import Logging
import RPC
import Telemetry
import TLS
import Web

/// `clonecode-web`: the web page's gateway.
@main
struct WebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clonecode-web",
        abstract: "The CloneCode web page: serves the page and a small JSON API that talks to clonecode-api over RPC.")

    @Option(help: "A config file of `key = value` lines (e.g. /etc/clonecode/web.conf); repeat for more.") var config: [String] = []
    @Option(help: "Address to listen on (ignored when systemd passes a socket). (default: 127.0.0.1)") var host: String?
    @Option(help: "Port to listen on. (default: 8080)") var port: Int?
    @Option(help: "clonecode-api: unix:PATH, tcp://HOST:PORT or tls://HOST:PORT. (default: unix:/run/clonecode/api.sock)") var api: String?
    @Option(help: "A file holding the API's client token, for a TCP API that asks for one. (default: none)") var apiTokenFile: String?
    @Option(help: "The fleet's CA certificate (PEM), to check a tls:// API. (default: none)") var tlsCaFile: String?
    @Option(help: "This host's certificate (PEM), for an API that checks clients. (default: none)") var tlsCertFile: String?
    @Option(help: "The key of --tls-cert-file (PEM). (default: none)") var tlsKeyFile: String?
    @Option(help: "The page's files. (default: /usr/local/share/clonecode/web)") var assets: String?
    @Option(help: "Debian's CodeMirror. (default: /usr/share/javascript/codemirror)") var codemirror: String?
    @Option(help: "Submissions (and runs) a client may make at once before being slowed down. (default: 10)") var submitBurst: Int?
    @Option(help: "Submissions per second a client may make in the long run. (default: 1)") var submitRate: Double?
    @Flag(help: "The page is served over TLS (by a proxy in front): the session cookie is Secure. A proxy's `X-Forwarded-Proto: https` says so as well. (default: off)")
    var cookieSecure = false
    @Option(help: "Serve Prometheus metrics at http://HOST:PORT/metrics. (default: none)") var metrics: String?
    @Option(help: "Log to auto, journal or stderr. (default: auto)") var log: String?

    static let keys: Set<String> = [
        "host", "port", "api", "api-token-file", "tls-ca-file", "tls-cert-file", "tls-key-file", "assets", "codemirror",
        "submit-burst", "submit-rate", "cookie-secure", "metrics", "log",
    ]

    func run() async throws {
        let settings = try Settings(configs: config, keys: Self.keys)
        func setting(_ flag: String?, _ key: String) -> String? { settings.string(flag, key) }
        try settings.bootstrapLogging(log: log, identifier: "clonecode-web")
        let logger = Logger(label: "clonecode.web")
        guard let endpoint = Endpoint(setting(api, "api") ?? "unix:/run/clonecode/api.sock") else {
            throw ValidationError("--api takes unix:PATH or tcp://HOST:PORT")
        }
        let tls = try TLSFiles.configured(ca: setting(tlsCaFile, "tls-ca-file"), certificate: setting(tlsCertFile, "tls-cert-file"),
                                          key: setting(tlsKeyFile, "tls-key-file"))
        let token = try settings.secret(apiTokenFile, "api-token-file", what: "client token") ?? ""
        let gateway = Gateway(
            api: endpoint, token: token, tls: tls, assets: setting(assets, "assets") ?? "/usr/local/share/clonecode/web",
            codemirror: setting(codemirror, "codemirror") ?? "/usr/share/javascript/codemirror",
            submitBurst: Int(setting(submitBurst.map(String.init), "submit-burst") ?? "") ?? 10,
            submitsPerSecond: Double(setting(submitRate.map { String($0) }, "submit-rate") ?? "") ?? 1,
            cookieSecure: try settings.bool(cookieSecure ? "yes" : nil, "cookie-secure", default: false), logger: logger)
        try await WebDaemon(gateway: gateway, host: setting(host, "host") ?? "127.0.0.1",
                            port: try settings.int(port, "port", default: 8080, in: 0...65535),
                            metrics: try settings.metricsAddress(metrics), logger: logger).run()
    }
}
