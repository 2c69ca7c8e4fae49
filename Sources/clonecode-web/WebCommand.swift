import ArgumentParser
import Foundation
import Logging
import RPC
import ServiceLifecycle
import Systemd
import Web

/// `clonecode-web`: the web page's gateway.
@main
struct WebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clonecode-web",
        abstract: "The CloneCode web page: serves the page and a small JSON API that talks to clonecode-api over RPC.")

    @Option(help: "A config file of `key = value` lines (e.g. /etc/clonecode/web.conf).") var config: String?
    @Option(help: "Address to listen on (ignored when systemd passes a socket). (default: 127.0.0.1)") var host: String?
    @Option(help: "Port to listen on. (default: 8080)") var port: Int?
    @Option(help: "clonecode-api: unix:PATH or tcp://HOST:PORT. (default: unix:/run/clonecode/api.sock)") var api: String?
    @Option(help: "The page's files. (default: /usr/local/share/clonecode/web)") var assets: String?
    @Option(help: "Debian's CodeMirror. (default: /usr/share/javascript/codemirror)") var codemirror: String?
    @Option(help: "Submissions (and runs) a client may make at once before being slowed down. (default: 10)") var submitBurst: Int?
    @Option(help: "Submissions per second a client may make in the long run. (default: 1)") var submitRate: Double?
    @Option(help: "Log to auto, journal or stderr. (default: auto)") var log: String?

    func run() async throws {
        let file = try config.map(ConfigFile.load) ?? [:]
        func setting(_ flag: String?, _ key: String) -> String? { flag ?? file[key] }
        guard let destination = LogDestination(rawValue: setting(log, "log") ?? "auto") else {
            throw ValidationError("--log must be auto, journal or stderr")
        }
        destination.bootstrap(identifier: "clonecode-web", level: .info)
        let logger = Logger(label: "clonecode.web")
        guard let endpoint = Endpoint(setting(api, "api") ?? "unix:/run/clonecode/api.sock") else {
            throw ValidationError("--api takes unix:PATH or tcp://HOST:PORT")
        }
        let gateway = Gateway(
            api: endpoint, assets: setting(assets, "assets") ?? "/usr/local/share/clonecode/web",
            codemirror: setting(codemirror, "codemirror") ?? "/usr/share/javascript/codemirror",
            submitBurst: Int(setting(submitBurst.map(String.init), "submit-burst") ?? "") ?? 10,
            submitsPerSecond: Double(setting(submitRate.map { String($0) }, "submit-rate") ?? "") ?? 1, logger: logger)
        let daemon = WebDaemon(gateway: gateway, host: setting(host, "host") ?? "127.0.0.1",
                               port: Int(setting(port.map(String.init), "port") ?? "") ?? 8080, logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: daemon, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
