import ArgumentParser
import Foundation
import Logging
import Model
import RPC
import ServiceLifecycle
import Store
import Systemd
import Worker

/// `clonecode-worker`: the worker daemon.
@main
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clonecode-worker",
        abstract: "The CloneCode worker daemon: judges queued submissions in Docker sandboxes.",
        discussion: """
            Needs a running Docker Engine and the runner images (scripts/build-images). Settings come \
            from --config (`key = value` lines, keys named as the long options) and then the command line.
            """)

    @Option(help: "A config file of `key = value` lines (e.g. /etc/clonecode/worker.conf).") var config: String?
    @Option(help: "The worker's id, unique in the fleet. (default: HOSTNAME-1)") var id: String?
    @Option(help: "Slots: submissions judged at once, one per CPU. (default: the number of CPUs)") var slots: Int?
    @Option(help: "The QuestionsDB Redis: unix:PATH or HOST:PORT. (default: 127.0.0.1:6380)") var questionsDb: String?
    @Option(help: "The MetadataDB Redis: unix:PATH or HOST:PORT. (default: 127.0.0.1:6381)") var metadataDb: String?
    @Option(help: "Where the worker's own RPC listens. (default: unix:/run/clonecode/worker-ID.sock)") var listen: String?
    @Option(help: "The Docker Engine's socket. (default: /var/run/docker.sock)") var dockerSocket: String?
    @Option(help: "Milliseconds after which a silent worker's job is taken over. (default: 60000)") var leaseMs: Int?
    @Option(help: "The first uid for jobs; each slot uses 100 uids from here. (default: 1200000)") var uidBase: Int?
    @Option(help: "Languages to judge, comma-separated. (default: python3,cpp)") var languages: String?
    @Option(help: "Log to auto, journal or stderr. (default: auto)") var log: String?
    @Option(help: "Log level. (default: info)") var logLevel: String?

    func run() async throws {
        let file = try config.map(ConfigFile.load) ?? [:]
        func setting(_ flag: String?, _ key: String) -> String? { flag ?? file[key] }
        guard let destination = LogDestination(rawValue: setting(log, "log") ?? "auto"),
              let level = Logger.Level(rawValue: setting(logLevel, "log-level") ?? "info") else {
            throw ValidationError("--log must be auto, journal or stderr")
        }
        destination.bootstrap(identifier: "clonecode-worker", level: level)
        let host = ProcessInfo.processInfo.hostName
        let id = setting(id, "id") ?? "\(host)-1"
        guard Slug.isValid(id.lowercased().replacingOccurrences(of: ".", with: "-")) else {
            throw ValidationError("--id '\(id)' must be letters, digits, dots and dashes")
        }
        let cpus = Array(0..<max(1, ProcessInfo.processInfo.activeProcessorCount))
        let slotCount = Int(setting(slots.map(String.init), "slots") ?? "") ?? cpus.count
        guard slotCount >= 1 else { throw ValidationError("--slots must be at least 1") }
        guard let questions = RedisEndpoint(setting(questionsDb, "questions-db") ?? "127.0.0.1:6380"),
              let metadata = RedisEndpoint(setting(metadataDb, "metadata-db") ?? "127.0.0.1:6381") else {
            throw ValidationError("--questions-db and --metadata-db take unix:PATH or HOST:PORT")
        }
        guard let endpoint = Endpoint(setting(listen, "listen") ?? "unix:/run/clonecode/worker-\(id).sock") else {
            throw ValidationError("--listen takes unix:PATH or tcp://HOST:PORT")
        }
        let languageNames = (setting(languages, "languages") ?? "python3,cpp").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let judged = try languageNames.map { name in
            guard let language = Language(rawValue: name) else { throw ValidationError("unknown language '\(name)'") }
            return language
        }
        let logger = Logger(label: "clonecode.worker")
        let daemon = WorkerDaemon(config: WorkerConfig(
            id: id, host: host, slots: slotCount, cpus: cpus, questionsDB: questions, metadataDB: metadata, listen: endpoint,
            dockerSocket: setting(dockerSocket, "docker-socket") ?? "/var/run/docker.sock",
            leaseMs: Int(setting(leaseMs.map(String.init), "lease-ms") ?? "") ?? 60_000,
            languages: judged, uidBase: Int(setting(uidBase.map(String.init), "uid-base") ?? "") ?? 1_200_000), logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: daemon, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
