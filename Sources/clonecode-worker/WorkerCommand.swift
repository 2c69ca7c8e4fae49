import ArgumentParser
import Config
import Daemon
import Foundation
import Logging
import Model
import RPC
import Store
import Telemetry
import TLS
import Worker

/// `clonecode-worker`: the worker daemon.
@main
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clonecode-worker",
        abstract: "The CloneCode worker daemon: judges queued submissions in Docker sandboxes.",
        discussion: """
            Needs a running Docker Engine and the runner images (scripts/build-images). Settings come \
            from --config files (`key = value` lines, keys named as the long options; later files win; \
            a leading - marks a file that may be missing) and then the command line.
            """)

    @Option(help: "A config file of `key = value` lines; repeat for more.") var config: [String] = []
    @Option(help: "The worker's id, unique in the fleet. (default: HOSTNAME-1)") var id: String?
    @Option(help: "Slots: submissions judged at once, one per CPU. (default: the number of CPUs in --cpus)") var slots: Int?
    @Option(help: "CPUs the slots are pinned to, comma-separated. (default: every CPU)") var cpus: String?
    @Option(help: "The QuestionsDB Redis: unix:PATH, HOST:PORT, rediss://HOST:PORT (TLS), or sentinel://HOST:PORT,HOST:PORT,.../NAME (the primary Redis Sentinels name; sentinels:// for TLS). (default: 127.0.0.1:6380)") var questionsDb: String?
    @Option(help: "The MetadataDB Redis, as --questions-db. (default: 127.0.0.1:6381)") var metadataDb: String?
    @Option(help: "A file holding both Redis servers' password (requirepass). (default: none)") var redisPasswordFile: String?
    @Option(help: "The fleet's CA certificate (PEM), to check rediss:// servers. (default: none)") var tlsCaFile: String?
    @Option(help: "This host's certificate (PEM), shown to Redis servers that check clients. (default: none)") var tlsCertFile: String?
    @Option(help: "The key of --tls-cert-file (PEM). (default: none)") var tlsKeyFile: String?
    @Option(help: "Where the worker's own RPC listens. (default: unix:/run/clonecode/worker-ID.sock)") var listen: String?
    @Option(help: "The Docker Engine's socket. (default: /var/run/docker.sock)") var dockerSocket: String?
    @Option(help: "Milliseconds after which a silent worker's job is taken over. (default: 60000)") var leaseMs: Int?
    @Option(help: "The first uid for jobs; each slot uses 100 uids from here; workers on one host need apart ranges. (default: 1200000)") var uidBase: Int?
    @Option(help: "Languages to judge, comma-separated. (default: every supported language)") var languages: String?
    @Option(help: "Megabytes of disk for compiled programs kept for later submissions of the same source, shared by the slots; 0 turns the cache off. (default: 1024)") var compileCacheMb: Int?
    @Option(help: "Serve Prometheus metrics at http://HOST:PORT/metrics. (default: none)") var metrics: String?
    @Option(help: "Log to auto, journal or stderr. (default: auto)") var log: String?
    @Option(help: "Log level. (default: info)") var logLevel: String?

    static let keys: Set<String> = [
        "id", "slots", "cpus", "questions-db", "metadata-db", "redis-password-file", "tls-ca-file", "tls-cert-file",
        "tls-key-file", "listen", "docker-socket", "lease-ms", "uid-base", "languages", "log", "log-level",
        "compile-cache-mb", "metrics",
    ]

    func run() async throws {
        let settings = try Settings(configs: config, keys: Self.keys)
        try settings.bootstrapLogging(log: log, logLevel: logLevel, identifier: "clonecode-worker")
        let host = ProcessInfo.processInfo.hostName
        let id = settings.string(id, "id") ?? "\(host)-1"
        guard Slug.isValid(id.lowercased().replacingOccurrences(of: ".", with: "-")) else {
            throw ValidationError("--id '\(id)' must be letters, digits, dots and dashes")
        }
        let online = ProcessInfo.processInfo.activeProcessorCount
        let pinned = try (settings.string(cpus, "cpus").map { text in
            try text.split(separator: ",").map { part in
                guard let cpu = Int(part.trimmingCharacters(in: .whitespaces)), (0..<online).contains(cpu) else {
                    throw ValidationError("--cpus '\(text)': each CPU must be a number from 0 to \(online - 1)")
                }
                return cpu
            }
        }) ?? Array(0..<max(1, online))
        let slotCount = try settings.int(slots, "slots", default: pinned.count, in: 1...256)
        let tls = try TLSFiles.configured(ca: settings.string(tlsCaFile, "tls-ca-file"),
                                          certificate: settings.string(tlsCertFile, "tls-cert-file"),
                                          key: settings.string(tlsKeyFile, "tls-key-file"))
        let password = try settings.secret(redisPasswordFile, "redis-password-file", what: "Redis password")
        let questions = try RedisServer(parsing: settings.string(questionsDb, "questions-db") ?? "127.0.0.1:6380",
                                        setting: "questions-db", password: password, tls: tls)
        let metadata = try RedisServer(parsing: settings.string(metadataDb, "metadata-db") ?? "127.0.0.1:6381",
                                       setting: "metadata-db", password: password, tls: tls)
        guard let endpoint = Endpoint(settings.string(listen, "listen") ?? "unix:/run/clonecode/worker-\(id).sock") else {
            throw ValidationError("--listen takes unix:PATH or tcp://HOST:PORT")
        }
        let judged = try Language.list(settings.string(languages, "languages"))
        let logger = Logger(label: "clonecode.worker")
        try await WorkerDaemon(config: WorkerConfig(
            id: id, host: host, slots: slotCount, cpus: pinned, questionsDB: questions, metadataDB: metadata, listen: endpoint,
            dockerSocket: settings.string(dockerSocket, "docker-socket") ?? "/var/run/docker.sock",
            leaseMs: try settings.int(leaseMs, "lease-ms", default: 60_000, in: 100...3_600_000),
            languages: judged, uidBase: try settings.int(uidBase, "uid-base", default: 1_200_000, in: 100_000...2_000_000_000),
            compileCacheMB: try settings.int(compileCacheMb, "compile-cache-mb", default: 1024, in: 0...1_048_576),
            metrics: try settings.metricsAddress(metrics)),
            logger: logger).run()
    }
}
