import API
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

/// `clonecode-api`: the API daemon.
@main
struct APICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clonecode-api",
        abstract: "The CloneCode API daemon: questions, submissions and runs over framed protobuf RPC.",
        discussion: """
            Settings come from --config files (lines of `key = value`, keys named as the long options \
            without dashes; later files win) and then from the command line, which wins. Sockets passed \
            by systemd (socket activation) replace every --listen. Secrets are read from files that \
            others may not read.
            """)

    @Option(help: "A config file of `key = value` lines; repeat for more, later ones win; a leading - means it may be missing.")
    var config: [String] = []

    @Option(help: "Where to listen: unix:PATH, tcp://HOST:PORT or tls://HOST:PORT; repeat for more. (default: unix:/run/clonecode/api.sock)")
    var listen: [String] = []

    @Option(help: "The QuestionsDB Redis: unix:PATH, HOST:PORT, rediss://HOST:PORT (TLS), or sentinel://HOST:PORT,HOST:PORT,.../NAME (the primary Redis Sentinels name; sentinels:// for TLS). (default: 127.0.0.1:6380)")
    var questionsDb: String?

    @Option(help: "The MetadataDB Redis, as --questions-db. (default: 127.0.0.1:6381)")
    var metadataDb: String?

    @Option(help: "A file holding both Redis servers' password (requirepass). (default: none)")
    var redisPasswordFile: String?

    @Option(help: "A file holding the admin token; without it admin calls are refused over TCP. (default: none)")
    var adminTokenFile: String?

    @Option(help: "A file holding the client token: when set, every call over TCP must carry it. (default: none)")
    var clientTokenFile: String?

    @Option(help: "The fleet's CA certificate (PEM): checks Redis servers and, with --verify-clients, TCP clients. (default: none)")
    var tlsCaFile: String?

    @Option(help: "This host's certificate (PEM): TCP listeners speak TLS when set. (default: none)")
    var tlsCertFile: String?

    @Option(help: "The key of --tls-cert-file (PEM). (default: none)")
    var tlsKeyFile: String?

    @Option(help: "yes: TCP clients must present a certificate signed by the CA. (default: no)")
    var verifyClients: String?

    @Option(help: "Submit answers RESOURCE_EXHAUSTED past this many queued jobs. (default: 10000)")
    var maxQueueDepth: Int?

    @Option(help: "Submit answers RESOURCE_EXHAUSTED when a run would wait longer than this many seconds at the fleet's judging rate; 0 turns it off. (default: 30)")
    var maxQueueWait: Int?

    @Option(help: "Submit is acknowledged only once this many MetadataDB replicas hold the run (Redis WAIT). (default: 1 when --metadata-db is sentinel://, else 0)")
    var waitReplicas: Int?

    @Option(help: "Milliseconds Submit waits for --wait-replicas before answering UNAVAILABLE. (default: 1000)")
    var waitTimeoutMs: Int?

    @Option(help: "yes: people who are not signed in may Run and Submit (browsing is always open). (default: no)")
    var anonymousSubmit: String?

    @Option(help: "Runs (Run and Submit) an account may make in a minute; 0 for no limit. (default: 20)")
    var submissionsPerMinute: Int?

    @Option(help: "Runs of an account that may wait to be judged at once; 0 for no limit. (default: 3)")
    var waitingPerAccount: Int?

    @Option(help: "Languages the fleet judges, comma-separated. (default: every supported language)")
    var languages: String?

    @Option(help: "Seconds a graceful stop waits for calls in flight. (default: 10)")
    var drainTimeout: Int?

    @Option(help: "Serve Prometheus metrics at http://HOST:PORT/metrics. (default: none)")
    var metrics: String?

    @Option(help: "Log to auto, journal or stderr. (default: auto: journald when stderr is the journal)")
    var log: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical. (default: info)")
    var logLevel: String?

    static let keys: Set<String> = [
        "listen", "questions-db", "metadata-db", "redis-password-file", "admin-token-file", "client-token-file",
        "tls-ca-file", "tls-cert-file", "tls-key-file", "verify-clients", "max-queue-depth", "max-queue-wait", "wait-replicas", "wait-timeout-ms", "languages",
        "anonymous-submit", "submissions-per-minute", "waiting-per-account", "drain-timeout", "metrics", "log", "log-level",
    ]

    func run() async throws {
        let settings = try Settings(configs: config, keys: Self.keys)
        try settings.bootstrapLogging(log: log, logLevel: logLevel, identifier: "clonecode-api")
        let logger = Logger(label: "clonecode.api")

        let endpoints = try (settings.list(listen, "listen") ?? ["unix:/run/clonecode/api.sock"]).map { text in
            guard let endpoint = Endpoint(text) else {
                throw ValidationError("--listen '\(text)' is not unix:PATH, tcp://HOST:PORT or tls://HOST:PORT")
            }
            return endpoint
        }
        let tls = try TLSFiles.configured(ca: settings.string(tlsCaFile, "tls-ca-file"),
                                      certificate: settings.string(tlsCertFile, "tls-cert-file"),
                                      key: settings.string(tlsKeyFile, "tls-key-file"))
        let verify = try settings.bool(verifyClients, "verify-clients", default: false)
        if verify, tls?.certificateFile == nil { throw ValidationError("--verify-clients needs --tls-cert-file and --tls-key-file") }
        let password = try settings.secret(redisPasswordFile, "redis-password-file", what: "Redis password")
        let questions = try RedisServer(parsing: settings.string(questionsDb, "questions-db") ?? "127.0.0.1:6380",
                                        setting: "questions-db", password: password, tls: tls)
        let metadata = try RedisServer(parsing: settings.string(metadataDb, "metadata-db") ?? "127.0.0.1:6381",
                                       setting: "metadata-db", password: password, tls: tls)
        let adminToken = try settings.secret(adminTokenFile, "admin-token-file", what: "admin token").flatMap(Token.init)
        let clientToken = try settings.secret(clientTokenFile, "client-token-file", what: "client token").flatMap(Token.init)
        let offered = try Language.list(settings.string(languages, "languages"))
        let depth = try settings.int(maxQueueDepth, "max-queue-depth", default: 10_000, in: 1...10_000_000)
        let wait = try settings.int(maxQueueWait, "max-queue-wait", default: 30, in: 0...86_400)
        let replicated = if case .sentinel = metadata.endpoint { true } else { false }
        let replicas = try settings.int(waitReplicas, "wait-replicas", default: replicated ? 1 : 0, in: 0...100)
        let replicaTimeout = try settings.int(waitTimeoutMs, "wait-timeout-ms", default: 1000, in: 1...60_000)
        let drain = try settings.int(drainTimeout, "drain-timeout", default: 10, in: 0...3600)
        let anonymous = try settings.bool(anonymousSubmit, "anonymous-submit", default: false)
        let perMinute = try settings.int(submissionsPerMinute, "submissions-per-minute", default: 20, in: 0...100_000)
        let waiting = try settings.int(waitingPerAccount, "waiting-per-account", default: 3, in: 0...100_000)
        let metricsAddress = try settings.metricsAddress(metrics)

        try await APIDaemon(
            config: APIConfig(listen: endpoints, questionsDB: questions, metadataDB: metadata, adminToken: adminToken,
                              clientToken: clientToken, tls: tls?.certificateFile == nil ? nil : tls, verifyClients: verify,
                              serviceUID: getuid(), maxQueueDepth: depth, maxQueueWait: .seconds(wait),
                              waitReplicas: replicas, waitTimeout: .milliseconds(replicaTimeout), languages: offered, drainTimeout: .seconds(drain),
                              metrics: metricsAddress, anonymousSubmit: anonymous,
                              quota: RunStore.Quota(perMinute: perMinute, waiting: waiting)),
            logger: logger).run()
    }
}
