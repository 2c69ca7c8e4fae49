import Daemon
import Docker
public import Logging
import Judge
import Model
import RPC
import Sandbox
import ServiceLifecycle
import Store
import Systemd
import Telemetry
import Wire

/// The worker daemon: checks Docker, waits for both Redis servers and starts its sandboxes, then
/// runs as small services (heartbeat, watchdog, its own RPC server, the job pool, readiness) until a
/// drain or a graceful stop has let the jobs in flight finish.
public struct WorkerDaemon: Sendable {
    let config: WorkerConfig
    let logger: Logger
    let notifier = SystemdNotifier()

    public init(config: WorkerConfig, logger: Logger) {
        self.config = config
        var logger = logger
        logger[metadataKey: "worker"] = "\(config.id)"
        self.logger = logger
    }

    /// Runs until SIGTERM, SIGINT or the Drain call, each of which lets the jobs in flight finish.
    public func run() async throws {
        let docker = DockerClient(socketPath: config.dockerSocket)
        let questionsDB = RedisClient(server: config.questionsDB)
        let metadataDB = RedisClient(server: config.metadataDB)
        let reader = RedisClient(server: config.metadataDB, poolSize: 1, timeout: .seconds(10))
        let sandboxes = Sandboxes()
        try await Daemon.run(logger: logger) {
            var metrics: MetricsEndpoint?
            if let address = config.metrics { metrics = try await MetricsEndpoint.bind(address, logger: logger) }
            try await retrying("check Docker") { try await checkDocker(docker) }
            try await questionsDB.waitUntilAnswering("QuestionsDB", notifier: notifier, logger: logger)
            try await metadataDB.waitUntilAnswering("MetadataDB", notifier: notifier, logger: logger)
            try await RunStore(redis: metadataDB).prepareQueue()

            notifier.status("starting \(config.slots) sandboxes")
            let slots = try await retrying("start the sandboxes") { try await startSlots(docker, into: sandboxes) }
            let state = WorkerState(config: config)
            let listener = try await RPCListener.bind(config.listen, socketMode: 0o660)
            let heartbeat = Heartbeat(config: config, state: state, directory: WorkerDirectory(redis: metadataDB))
            try await heartbeat.beat()
            let pool = JobPool(config: config, state: state, slots: slots,
                               queue: JobQueue(redis: metadataDB, reader: reader, consumer: config.id),
                               runs: RunStore(redis: metadataDB),
                               judge: JudgeRun(questions: QuestionStore(redis: questionsDB), cache: TestsCache(), logger: logger), logger: logger)
            let own = listener.localEndpoint
            return [
                .init(service: heartbeat),
                .init(service: Watchdog(notifier: notifier, logger: logger) { await probe(state, own: own) }),
                .init(service: RPCServing(RPCServer(router: makeRouter(state), logger: logger), on: [listener])),
                // A drain ends the pool, and with it the daemon.
                .init(service: pool, successTerminationBehavior: .gracefullyShutdownGroup),
            ] + (metrics.map { [.init(service: $0)] } ?? []) + [
                .init(service: SystemdReadiness(status: "judging with \(config.slots) slots",
                                                stopping: "draining: finishing jobs in flight", logger: logger)),
            ]
        }
        for slot in await sandboxes.slots { await slot.shutdown() }
        await questionsDB.shutdown()
        await metadataDB.shutdown()
        await reader.shutdown()
        logger.info("stopped")
    }

    /// Fails closed when Docker or an image is missing; removes containers of an earlier run of this worker.
    func checkDocker(_ docker: DockerClient) async throws {
        guard await docker.ping() else { throw WorkerStartError.dockerNotAnswering(socket: config.dockerSocket) }
        for language in config.languages {
            guard let runtime = LanguageRuntime.all[language] else { throw WorkerStartError.noRuntime(language) }
            guard try await docker.hasImage(runtime.image) else { throw WorkerStartError.imageMissing(runtime.image) }
        }
        for id in try await docker.containers(label: SandboxSpec.workerLabel, value: config.id) {
            logger.info("removing a container of an earlier run", metadata: ["container": "\(id.prefix(12))"])
            // A container whose attach stream dockerd still holds can keep its lock for minutes:
            // give up on it after a while (the next start tries again) rather than never get ready.
            do {
                try await docker.removeContainer(id, timeout: .seconds(10))
            } catch {
                logger.warning("cannot remove a container of an earlier run yet: \(error)", metadata: ["container": "\(id.prefix(12))"])
            }
        }
    }

    /// Starts every slot's sandbox; on a failure (or cancellation) removes those it started.
    func startSlots(_ docker: DockerClient, into sandboxes: Sandboxes) async throws -> [Slot] {
        let image = LanguageRuntime.runnerImage
        var slots: [Slot] = []
        do {
            // One compile cache per image: a rebuilt image (a new toolchain) starts with an empty
            // one, and the caches of images no longer used go (those still mounted stay).
            var compileCache: SandboxSpec.CompileCacheVolume?
            if config.compileCacheMB > 0, let id = try await docker.imageID(image) {
                compileCache = .init(imageID: id, megabytes: config.compileCacheMB)
                for (name, owner) in (try? await docker.volumes(label: SandboxSpec.CompileCacheVolume.label)) ?? [:] where owner != id {
                    try? await docker.removeVolume(name)
                }
            }
            for index in 0..<config.slots {
                let spec = SandboxSpec(image: image, cpu: config.cpus[index % config.cpus.count], uidBase: config.uidBase + index * 100,
                                       worker: config.id, slot: index, jobsPerContainer: config.jobsPerContainer,
                                       compileCache: compileCache)
                let slot = Slot(spec: spec, docker: docker, logger: logger)
                slots.append(slot)
                // Docker may refuse for a moment (a container of an earlier run being removed): try a
                // few times, then fail closed.
                for attempt in 1...3 {
                    do {
                        try await slot.prepare()
                        break
                    } catch where attempt < 3 && !(error is CancellationError) {
                        logger.warning("cannot start the sandbox of slot \(index) yet: \(error)")
                        try await Task.sleep(for: .seconds(1))
                    }
                }
            }
        } catch {
            for slot in slots { await slot.shutdown() }
            throw error
        }
        await sandboxes.set(slots)
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

    /// The watchdog's check: the worker answers its own Health call on its own socket; STATUS= says
    /// how busy it is.
    func probe(_ state: WorkerState, own: Endpoint?) async -> Watchdog.Probe {
        let info = await state.info()
        let alive = if let own { (try? await SelfCheck.health(at: own))?.serving == true } else { false }
        return Watchdog.Probe(alive: alive, status: "\(info.draining ? "draining" : "judging"): \(info.busy) of \(info.slots) slots busy, \(info.jobsDone) jobs done")
    }

    /// Runs a start-up step, again after a transient failure (Docker busy, a connection dropped);
    /// fails closed with the step's name after the last attempt. A missing image is not transient.
    func retrying<T: Sendable>(_ step: String, attempts: Int = 4, _ body: () async throws -> T) async throws -> T {
        for attempt in 1... {
            do {
                return try await body()
            } catch let error as WorkerStartError where !error.isTransient {
                throw error
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                guard attempt < attempts else { throw WorkerStartError.failed(step: step, error: "\(error)") }
                logger.warning("cannot \(step) yet (attempt \(attempt)): \(error)")
                try await Task.sleep(for: .seconds(attempt))
            }
        }
        fatalError("unreachable")
    }
}

/// The slots once started, to be shut down when the daemon ends.
actor Sandboxes {
    private(set) var slots: [Slot] = []
    func set(_ slots: [Slot]) { self.slots = slots }
}

/// Why a worker cannot start.
enum WorkerStartError: Error, CustomStringConvertible {
    case dockerNotAnswering(socket: String)
    case noRuntime(Language)
    /// The runner image of a judged language is not built: trying again will not help.
    case imageMissing(String)
    /// A start-up step failed after its last attempt.
    case failed(step: String, error: String)

    var isTransient: Bool {
        switch self {
        case .dockerNotAnswering: true
        case .noRuntime, .imageMissing, .failed: false
        }
    }

    var description: String {
        switch self {
        case .dockerNotAnswering(let socket): "the Docker Engine does not answer at \(socket) (scripts/start-docker starts it)"
        case .noRuntime(let language): "no runtime for \(language.rawValue)"
        case .imageMissing(let image): "the image \(image) is missing: run scripts/build-images"
        case .failed(let step, let error): "cannot \(step): \(error)"
        }
    }
}
