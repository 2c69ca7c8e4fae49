import Daemon
import Foundation
public import Logging
import Metrics
import Model
package import RPC
import ServiceLifecycle
package import Store
import Systemd
import Telemetry
import Wire

/// The API daemon: binds its sockets and waits for both Redis servers, then runs as small services
/// (run-change feed, watchdog, RPC server, readiness) until a graceful stop drains its calls.
public struct APIDaemon: Sendable {
    let config: APIConfig
    let logger: Logger
    let notifier = SystemdNotifier()

    public init(config: APIConfig, logger: Logger) {
        self.config = config
        self.logger = logger
    }

    /// Runs until SIGTERM or SIGINT, then drains calls in flight for at most `config.drainTimeout`.
    public func run() async throws {
        let questionsDB = RedisClient(server: config.questionsDB)
        let metadataDB = RedisClient(server: config.metadataDB)
        try await Daemon.run(logger: logger, maximumGracefulShutdownDuration: config.drainTimeout) {
            var metrics: MetricsEndpoint?
            if let address = config.metrics {
                metrics = try await MetricsEndpoint.bind(address, logger: logger) { await Self.refreshQueueGauges(RunStore(redis: metadataDB)) }
            }
            let listeners = try await bindListeners()
            do {
                try await questionsDB.waitUntilAnswering("QuestionsDB", notifier: notifier, logger: logger)
                try await metadataDB.waitUntilAnswering("MetadataDB", notifier: notifier, logger: logger)
                try await RunStore(redis: metadataDB).prepareQueue()
            } catch {
                listeners.forEach { $0.close() }
                throw error
            }
            let hub = RunWatchHub()
            let queueWatch = config.maxQueueWait > .zero
                ? QueueWatch(runs: RunStore(redis: metadataDB), maxWait: config.maxQueueWait, logger: logger) : nil
            let server = RPCServer(router: makeRouter(questionsDB: questionsDB, metadataDB: metadataDB, hub: hub, queueWatch: queueWatch),
                                   logger: logger,
                                   networkTokens: config.clientToken.map { [$0] + (config.adminToken.map { [$0] } ?? []) })
            let serving = "serving on \(listeners.map(\.name).joined(separator: ", "))"
            return [
                .init(service: RunEventFeed(subscriber: RedisSubscriber(server: config.metadataDB, channels: [Keys.runEvents], logger: logger),
                                            hub: hub)),
                .init(service: Watchdog(notifier: notifier, logger: logger) { await probe(listeners, serving: serving) }),
                .init(service: RPCServing(server, on: listeners)),
            ] + (queueWatch.map { [.init(service: $0)] } ?? []) + (metrics.map { [.init(service: $0)] } ?? []) + [
                .init(service: SystemdReadiness(status: serving, stopping: "draining calls in flight", logger: logger)),
            ]
        }
        await questionsDB.shutdown()
        await metadataDB.shutdown()
        logger.info("stopped")
    }

    package func makeRouter(questionsDB: RedisClient, metadataDB: RedisClient, hub: RunWatchHub, queueWatch: QueueWatch? = nil) -> RPCRouter {
        let questions = QuestionStore(redis: questionsDB)
        let runs = RunStore(redis: metadataDB, waitReplicas: config.waitReplicas, waitTimeout: config.waitTimeout)
        let accounts = AccountStore(redis: metadataDB)
        let auth = Authenticator(accounts: accounts, admin: AdminPolicy(token: config.adminToken, serviceUID: config.serviceUID))
        let questionService = QuestionService(questions: questions, runs: runs, languages: config.languages, auth: auth, accounts: accounts)
        var router = RPCRouter()
        questionService.register(in: &router)
        JudgeService(questionService: questionService, runs: runs, hub: hub, maxQueueDepth: config.maxQueueDepth, queueWatch: queueWatch,
                     auth: auth, accounts: accounts, anonymousSubmit: config.anonymousSubmit, quota: config.quota)
            .register(in: &router)
        AccountService(accounts: accounts, questions: questions, auth: auth).register(in: &router)
        FleetService(directory: WorkerDirectory(redis: metadataDB), runs: runs, questions: questions,
                     maxQueueDepth: config.maxQueueDepth).register(in: &router)
        router.unary(Method.Health.check) { (_: Empty, _) in
            var problems: [String] = []
            if !(await questionsDB.ping()) { problems.append("QuestionsDB at \(questionsDB.endpoint) does not answer") }
            if !(await metadataDB.ping()) { problems.append("MetadataDB at \(metadataDB.endpoint) does not answer") }
            return HealthResponse(serving: problems.isEmpty, problems: problems)
        }
        return router
    }

    /// The queue's gauges, read from the MetadataDB at each scrape (left as they were when it does not answer).
    static func refreshQueueGauges(_ runs: RunStore) async {
        guard let figures = try? await runs.queueFigures() else { return }
        Gauge(label: "clonecode_queue_length").record(figures.length)
        Gauge(label: "clonecode_queue_pending").record(figures.pending)
        Gauge(label: "clonecode_queue_consumers").record(figures.consumers)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let age = figures.oldestQueuedMs.map { max(0, now - $0) } ?? 0
        Gauge(label: "clonecode_queue_oldest_job_age_seconds").record(Double(age) / 1000)
    }

    /// The sockets systemd passed, or else the configured endpoints.
    /// TCP listeners speak TLS when the config names a certificate.
    func bindListeners() async throws -> [RPCListener] {
        let tls = try config.tls.map { try $0.serverContext(verifyClients: config.verifyClients) }
        let passed = ListenFDs.take()
        if !passed.isEmpty {
            var listeners: [RPCListener] = []
            for socket in passed {
                listeners.append(try await RPCListener.adopt(descriptor: socket.descriptor, name: socket.name,
                                                             maxFrameSize: config.maxFrameSize, tls: tls))
            }
            return listeners
        }
        var listeners: [RPCListener] = []
        for endpoint in config.listen {
            // The Unix socket is for local users (mode 0666); admin calls are still checked by uid.
            listeners.append(try await RPCListener.bind(endpoint, maxFrameSize: config.maxFrameSize, socketMode: 0o666, tls: tls))
        }
        return listeners
    }

    /// The watchdog's check: the daemon answers its own Health call through its own listener. A Redis
    /// outage shows in STATUS= but does not stop the keep-alive: restarting this daemon would not
    /// bring Redis back.
    func probe(_ listeners: [RPCListener], serving: String) async -> Watchdog.Probe {
        // Through the Unix socket if there is one (no token or certificate needed there).
        let endpoints = listeners.compactMap(\.localEndpoint)
        let unix = endpoints.first { if case .unix = $0 { true } else { false } }
        guard let own = unix ?? (config.tls == nil && config.clientToken == nil ? endpoints.first : nil) else {
            return Watchdog.Probe(alive: true, status: serving)
        }
        do {
            let health = try await SelfCheck.health(at: own)
            guard health.serving else {
                return Watchdog.Probe(alive: true, status: "degraded: " + health.problems.joined(separator: "; "), degraded: true)
            }
            return Watchdog.Probe(alive: true, status: serving)
        } catch {
            logger.error("self health check failed: \(error)")
            return Watchdog.Probe(alive: false, status: serving)
        }
    }
}
