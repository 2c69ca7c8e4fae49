import Docker
import Foundation
public import Logging
import Judge
import Model
import RPC
import Sandbox
public import ServiceLifecycle
import Store
import Systemd
import Wire

/// The worker daemon: takes jobs from the stream, judges each in a slot's sandbox, stores the
/// verdict, and answers for itself on its own RPC socket.
public struct WorkerDaemon: Service {
    let config: WorkerConfig
    let logger: Logger
    let notifier = SystemdNotifier()

    public init(config: WorkerConfig, logger: Logger) {
        self.config = config
        self.logger = logger.with("worker", config.id)
    }

    public func run() async throws {
        let docker = DockerClient(socketPath: config.dockerSocket)
        try await retrying("check Docker") { try await checkDocker(docker) }
        let questionsDB = RedisClient(server: config.questionsDB)
        let metadataDB = RedisClient(server: config.metadataDB)
        let reader = RedisClient(server: config.metadataDB, poolSize: 1, timeout: .seconds(10))
        try await waitFor(questionsDB, "QuestionsDB")
        try await waitFor(metadataDB, "MetadataDB")
        try await RunStore(redis: metadataDB).prepareQueue()

        notifier.status("starting \(config.slots) sandboxes")
        let slots = try await retrying("start the sandboxes") { try await startSlots(docker) }
        let state = WorkerState(config: config, slots: slots)
        let listener = try await RPCListener.bind(config.listen, socketMode: 0o660)
        let server = RPCServer(router: makeRouter(state), logger: logger)
        let directory = WorkerDirectory(redis: metadataDB)
        let pool = JobPool(config: config, state: state, slots: slots,
                           queue: JobQueue(redis: metadataDB, reader: reader, consumer: config.id),
                           runs: RunStore(redis: metadataDB), judge: JudgeRun(questions: QuestionStore(redis: questionsDB), logger: logger),
                           logger: logger)
        try await heartbeat(directory, state)
        notifier.ready(status: "judging with \(config.slots) slots")
        logger.info("ready", metadata: ["slots": "\(config.slots)", "listen": "\(listener.name)"])

        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask { await server.run([listener]) }
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(5))
                        try? await heartbeat(directory, state)
                    }
                }
                group.addTask { await watchdog(state, own: listener.localEndpoint) }
                await pool.run()
                // Drained: stop serving and the helpers.
                server.beginShutdown()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            notifier.stopping(status: "draining: finishing jobs in flight")
            logger.info("stopping: finishing jobs in flight")
            Task { await state.drain() }
        }
        try? await directory.remove(id: config.id)
        for slot in slots { await slot.shutdown() }
        await questionsDB.shutdown()
        await metadataDB.shutdown()
        await reader.shutdown()
        logger.info("stopped")
    }

    /// Fails closed when Docker or an image is missing; removes containers of an earlier run of this worker.
    func checkDocker(_ docker: DockerClient) async throws {
        guard await docker.ping() else {
            throw DockerError("the Docker Engine does not answer at \(config.dockerSocket) (scripts/start-docker starts it)")
        }
        for language in config.languages {
            guard let runtime = LanguageRuntime.all[language] else { throw DockerError("no runtime for \(language.rawValue)") }
            let image = try await docker.request(.GET, "/images/\(runtime.image)/json", timeout: .seconds(10))
            guard image.status == 200 else {
                throw DockerError("the image \(runtime.image) is missing: run scripts/build-images")
            }
        }
        let filter = "{\"label\":[\"org.clonecode.worker=\(config.id)\"]}"
        let listed = try await docker.expect(.GET, "/containers/json?all=1&filters=\(filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
        for container in (listed.json as? [[String: Any]]) ?? [] {
            if let id = container["Id"] as? String {
                logger.info("removing a container of an earlier run", metadata: ["container": "\(id.prefix(12))"])
                // A container whose attach stream dockerd still holds can keep its lock for minutes:
                // give up on it after a while (the next start tries again) rather than never get ready.
                do {
                    _ = try await docker.request(.DELETE, "/containers/\(id)?force=1", timeout: .seconds(10))
                } catch {
                    logger.warning("cannot remove a container of an earlier run yet: \(error)", metadata: ["container": "\(id.prefix(12))"])
                }
            }
        }
    }

    func startSlots(_ docker: DockerClient) async throws -> [Slot] {
        let image = LanguageRuntime.all[config.languages.first ?? .python3]!.image
        var slots: [Slot] = []
        for index in 0..<config.slots {
            let spec = SandboxSpec(image: image, cpu: config.cpus[index % config.cpus.count], uidBase: config.uidBase + index * 100,
                                   worker: config.id, slot: index, jobsPerContainer: config.jobsPerContainer)
            let slot = Slot(spec: spec, docker: docker, logger: logger)
            // Docker may refuse for a moment (a container of an earlier run being removed): try a
            // few times, then fail closed.
            for attempt in 1...3 {
                do {
                    try await slot.prepare()
                    break
                } catch where attempt < 3 {
                    logger.warning("cannot start the sandbox of slot \(index) yet: \(error)")
                    try await Task.sleep(for: .seconds(1))
                }
            }
            slots.append(slot)
        }
        return slots
    }

    func makeRouter(_ state: WorkerState) -> RPCRouter {
        var router = RPCRouter()
        router.unary(Method.Worker.status) { (_: Empty, _) in await state.info() }
        router.unary(Method.Worker.drain) { (_: Empty, context) in
            guard case .unix = context.peer else { throw RPCError(.permissionDenied, "drain is allowed over the Unix socket only") }
            await state.drain()
            return await state.info()
        }
        router.unary(Method.Health.check) { (_: Empty, _) in HealthResponse(serving: true) }
        return router
    }

    func heartbeat(_ directory: WorkerDirectory, _ state: WorkerState) async throws {
        let info = await state.info()
        try await directory.heartbeat(id: config.id, fields: [
            "host": config.host, "address": config.listen.description, "slots": String(config.slots),
            "languages": config.languages.map(\.rawValue).joined(separator: ","),
            "images": config.languages.compactMap { LanguageRuntime.all[$0]?.image }.joined(separator: ","),
            "busy": String(info.busy), "jobs_done": String(info.jobsDone),
        ], ttl: .seconds(15))
    }

    /// Sends WATCHDOG=1 while the worker answers its own Health call on its own socket.
    func watchdog(_ state: WorkerState, own: Endpoint?) async {
        let interval = notifier.watchdogInterval ?? .seconds(5)
        var last = ""
        while !Task.isCancelled {
            let info = await state.info()
            if let own, let client = try? await RPCClient.connect(to: own) {
                if (try? await client.call(Method.Health.check, Empty(), timeout: .seconds(2)))?.serving == true {
                    notifier.watchdog()
                }
                client.close()
            }
            let status = "\(info.draining ? "draining" : "judging"): \(info.busy) of \(info.slots) slots busy, \(info.jobsDone) jobs done"
            if status != last {
                notifier.status(status)
                last = status
            }
            try? await Task.sleep(for: interval)
        }
    }

    /// Runs a start-up step, again after a transient failure (Docker busy, a connection dropped);
    /// fails closed with the step's name after the last attempt.
    func retrying<T: Sendable>(_ step: String, attempts: Int = 4, _ body: () async throws -> T) async throws -> T {
        for attempt in 1... {
            do {
                return try await body()
            } catch let error as DockerError where error.description.contains("is missing") {
                throw error
            } catch {
                guard attempt < attempts else { throw DockerError("cannot \(step): \(error)") }
                logger.warning("cannot \(step) yet (attempt \(attempt)): \(error)")
                try await Task.sleep(for: .seconds(attempt))
            }
        }
        fatalError("unreachable")
    }

    func waitFor(_ redis: RedisClient, _ name: String) async throws {
        var attempt = 0
        while !(await redis.ping()) {
            attempt += 1
            if attempt == 1 { notifier.status("waiting for the \(name) at \(redis.endpoint)") }
            try await Task.sleep(for: .milliseconds(250))
        }
    }
}

extension Logger {
    func with(_ key: String, _ value: String) -> Logger {
        var copy = self
        copy[metadataKey: key] = "\(value)"
        return copy
    }
}
