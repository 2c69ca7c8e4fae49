import API
import ArgumentParser
import Foundation
import Logging
import Model
import RPC
import ServiceLifecycle
import Store
import Systemd

/// `clonecode-api`: the API daemon.
@main
struct APICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clonecode-api",
        abstract: "The CloneCode API daemon: questions, submissions and runs over framed protobuf RPC.",
        discussion: """
            Settings come from --config (lines of `key = value`, keys named as the long options \
            without dashes) and then from the command line, which wins. Sockets passed by systemd \
            (socket activation) replace every --listen.
            """)

    @Option(help: "A config file of `key = value` lines (e.g. /etc/clonecode/api.conf).")
    var config: String?

    @Option(help: "Where to listen: unix:PATH or tcp://HOST:PORT; repeat for more. (default: unix:/run/clonecode/api.sock)")
    var listen: [String] = []

    @Option(help: "The QuestionsDB Redis: unix:PATH or HOST:PORT. (default: 127.0.0.1:6380)")
    var questionsDb: String?

    @Option(help: "The MetadataDB Redis: unix:PATH or HOST:PORT. (default: 127.0.0.1:6381)")
    var metadataDb: String?

    @Option(help: "A file holding the admin token; without it admin calls are refused over TCP.")
    var adminTokenFile: String?

    @Option(help: "Submit answers RESOURCE_EXHAUSTED past this many queued jobs. (default: 10000)")
    var maxQueueDepth: Int?

    @Option(help: "Languages the fleet judges, comma-separated. (default: python3)")
    var languages: String?

    @Option(help: "Seconds a graceful stop waits for calls in flight. (default: 10)")
    var drainTimeout: Int?

    @Option(help: "Log to auto, journal or stderr. (default: auto: journald when stderr is the journal)")
    var log: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical. (default: info)")
    var logLevel: String?

    func run() async throws {
        let file = try config.map(ConfigFile.load) ?? [:]
        func setting(_ flag: String?, _ key: String) -> String? { flag ?? file[key] }

        guard let destination = LogDestination(rawValue: setting(log, "log") ?? "auto"),
              let level = Logger.Level(rawValue: setting(logLevel, "log-level") ?? "info") else {
            throw ValidationError("--log must be auto, journal or stderr; --log-level one of trace…critical")
        }
        destination.bootstrap(identifier: "clonecode-api", level: level)
        let logger = Logger(label: "clonecode.api")

        let listenTexts = !listen.isEmpty ? listen
            : (file["listen"]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? ["unix:/run/clonecode/api.sock"])
        let endpoints = try listenTexts.map { text in
            guard let endpoint = Endpoint(text) else { throw ValidationError("--listen '\(text)' is not unix:PATH or tcp://HOST:PORT") }
            return endpoint
        }
        let questions = try redis(setting(questionsDb, "questions-db") ?? "127.0.0.1:6380", "questions-db")
        let metadata = try redis(setting(metadataDb, "metadata-db") ?? "127.0.0.1:6381", "metadata-db")
        let token = try setting(adminTokenFile, "admin-token-file").map(Self.readToken)
        let languageNames = (setting(languages, "languages") ?? "python3").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let offered = try languageNames.map { name in
            guard let language = Language(rawValue: name) else { throw ValidationError("unknown language '\(name)'") }
            return language
        }
        guard let depth = Int(setting(maxQueueDepth.map(String.init), "max-queue-depth") ?? "10000"), depth > 0,
              let drain = Int(setting(drainTimeout.map(String.init), "drain-timeout") ?? "10"), drain >= 0 else {
            throw ValidationError("--max-queue-depth must be above 0 and --drain-timeout at least 0")
        }

        let daemon = APIDaemon(
            config: APIConfig(listen: endpoints, questionsDB: questions, metadataDB: metadata, adminToken: token,
                              serviceUID: getuid(), maxQueueDepth: depth, languages: offered,
                              drainTimeout: .seconds(drain)),
            logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: daemon, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    func redis(_ text: String, _ name: String) throws -> RedisEndpoint {
        guard let endpoint = RedisEndpoint(text) else { throw ValidationError("--\(name) '\(text)' is not unix:PATH or HOST:PORT") }
        return endpoint
    }

    /// Reads a token file: one line, at least 16 characters.
    static func readToken(_ path: String) throws -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("cannot read the admin token file \(path)")
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard token.count >= 16 else { throw ValidationError("the admin token in \(path) is shorter than 16 characters") }
        return token
    }
}
