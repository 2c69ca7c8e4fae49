public import Logging
import Model
import RPC
public import ServiceLifecycle
import Store
import Systemd
import Wire

/// The API daemon: binds its sockets, waits for both Redis servers, serves the RPC services, keeps
/// systemd informed, and drains on a graceful stop.
public struct APIDaemon: Service {
    let config: APIConfig
    let logger: Logger
    let notifier = SystemdNotifier()

    public init(config: APIConfig, logger: Logger) {
        self.config = config
        self.logger = logger
    }

    public func run() async throws {
        let questionsDB = RedisClient(server: config.questionsDB)
        let metadataDB = RedisClient(server: config.metadataDB)
        let subscriber = RedisSubscriber(server: config.metadataDB, channels: [Keys.runEvents], logger: logger)
        defer { subscriber.stop() }

        let listeners = try await bindListeners()
        defer { listeners.forEach { $0.close() } }
        try await waitForRedis(questionsDB, name: "QuestionsDB")
        try await waitForRedis(metadataDB, name: "MetadataDB")
        let runs = RunStore(redis: metadataDB)
        try await runs.prepareQueue()

        let hub = RunWatchHub()
        subscriber.start()
        let server = RPCServer(router: makeRouter(questionsDB: questionsDB, metadataDB: metadataDB, hub: hub), logger: logger,
                               networkTokens: config.clientToken.map { [$0] + (config.adminToken.map { [$0] } ?? []) })
        let names = listeners.map(\.name).joined(separator: ", ")
        notifier.ready(status: "serving on \(names)")
        logger.info("ready", metadata: ["listeners": "\(names)"])

        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    for await event in subscriber.events {
                        switch event {
                        case .message(_, let notice): await hub.changed(notice)
                        case .resubscribed: await hub.changedAll()
                        }
                    }
                }
                group.addTask { await watchdog(listeners: listeners, questionsDB: questionsDB, metadataDB: metadataDB) }
                await server.run(listeners)
                // The server has drained: stop the helpers.
                subscriber.stop()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            notifier.stopping(status: "draining")
            logger.info("stopping: draining calls in flight")
            server.beginShutdown()
            Task {
                try? await Task.sleep(for: config.drainTimeout)
                server.cancelAll()
            }
        }
        await questionsDB.shutdown()
        await metadataDB.shutdown()
        logger.info("stopped")
    }

    func makeRouter(questionsDB: RedisClient, metadataDB: RedisClient, hub: RunWatchHub) -> RPCRouter {
        let questions = QuestionStore(redis: questionsDB)
        let runs = RunStore(redis: metadataDB)
        let questionService = QuestionService(
            questions: questions, runs: runs, languages: config.languages,
            admin: AdminPolicy(token: config.adminToken, serviceUID: config.serviceUID))
        var router = RPCRouter()
        questionService.register(in: &router)
        JudgeService(questionService: questionService, runs: runs, hub: hub, maxQueueDepth: config.maxQueueDepth)
            .register(in: &router)
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

    /// Waits until `redis` answers, telling systemd and the log what it waits for.
    func waitForRedis(_ redis: RedisClient, name: String) async throws {
        var attempt = 0
        while !(await redis.ping()) {
            attempt += 1
            if attempt == 1 || attempt % 20 == 0 {
                notifier.status("waiting for the \(name) at \(redis.endpoint)")
                logger.warning("waiting for the \(name) at \(redis.endpoint)")
            }
            try await Task.sleep(for: .milliseconds(250))
        }
    }

    /// Sends WATCHDOG=1 while the daemon answers its own Health call through its own listener, and
    /// keeps STATUS= current. A Redis outage shows in STATUS= but does not stop the keep-alive:
    /// restarting this daemon would not bring Redis back.
    func watchdog(listeners: [RPCListener], questionsDB: RedisClient, metadataDB: RedisClient) async {
        let interval = notifier.watchdogInterval ?? .seconds(5)
        // Through the Unix socket if there is one (no token or certificate needed there).
        let endpoints = listeners.compactMap(\.localEndpoint)
        let own = endpoints.first { if case .unix = $0 { true } else { false } } ?? (config.tls == nil && config.clientToken == nil ? endpoints.first : nil)
        var lastStatus = ""
        while !Task.isCancelled {
            var alive = true
            var status = "serving on \(listeners.map(\.name).joined(separator: ", "))"
            if let own {
                do {
                    let client = try await RPCClient.connect(to: own)
                    defer { client.close() }
                    let health = try await client.call(Method.Health.check, Empty(),
                                                       timeout: .seconds(2))
                    if !health.serving { status = "degraded: " + health.problems.joined(separator: "; ") }
                } catch {
                    alive = false
                    logger.error("self health check failed: \(error)")
                }
            }
            if alive { notifier.watchdog() }
            if status != lastStatus {
                notifier.status(status)
                if status.hasPrefix("degraded") { logger.warning("\(status)") }
                lastStatus = status
            }
            try? await Task.sleep(for: interval)
        }
    }
}
