public import Docker
public import Logging
import Metrics
public import SandboxProtocol

/// One slot: a CPU with its runner container, and a spare started ahead of time so that replacing
/// a container never waits for Docker on the critical path.
///
/// An actor: the job pool runs jobs in it; replacements reach it too.
public actor Slot {
    public let spec: SandboxSpec
    let docker: DockerClient
    let logger: Logger
    private var current: RunnerContainer?
    private var spare: Task<RunnerContainer, any Error>?
    private var closed = false

    public init(spec: SandboxSpec, docker: DockerClient, logger: Logger) {
        self.spec = spec
        self.docker = docker
        self.logger = logger
    }

    /// Starts the first container and a spare; throws when the sandbox cannot be set up (fail closed).
    public func prepare() async throws {
        do {
            current = try await RunnerContainer.start(spec, docker: docker, logger: logger)
        } catch let error as RunnerError {
            // A runner that did not greet (seen rarely under load) is worth one more container, as
            // takeContainer gives one; a Docker failure (no image, no engine) is not.
            logger.warning("starting another container: \(error)", metadata: ["slot": "\(spec.slot)"])
            current = try await RunnerContainer.start(spec, docker: docker, logger: logger)
        }
        refillSpare()
    }

    /// Runs a job in the current container. The container is replaced afterwards when the job hit a
    /// limit, left anything behind, or the container has served its share of jobs; and at once when
    /// it failed to answer.
    public func run(_ job: RunnerJob, timeout: Duration, progress: @Sendable (Int) async -> Void = { _ in }) async throws -> RunnerResult {
        let container = try await takeContainer()
        do {
            let result = try await container.run(job, timeout: timeout, progress: progress)
            if let (reason, kind) = Self.replacementReason(result, jobs: container.jobs, limit: spec.jobsPerContainer) {
                retire(container, because: reason, kind: kind)
            } else {
                current = container
            }
            return result
        } catch {
            retire(container, because: "it failed: \(error)", kind: "failed")
            throw error
        }
    }

    /// Why a container that ran a job is not used again, in words and as a metric label.
    static func replacementReason(_ result: RunnerResult, jobs: Int, limit: Int) -> (reason: String, kind: String)? {
        if !result.clean { return ("the job left something behind", "left_behind") }
        if !result.error.isEmpty { return ("the runner failed: \(result.error)", "runner_error") }
        for step in [result.compile, result.run].compactMap({ $0 }) {
            if step.timedOut || step.idleTimedOut { return ("a job hit its time limit", "time_limit") }
            if step.outputExceeded { return ("a job hit its output limit", "output_limit") }
            if step.oomKilled { return ("a job hit the memory limit", "memory_limit") }
            if step.signal != 0 { return ("a job was killed by signal \(step.signal)", "signal") }
        }
        if jobs >= limit { return ("it ran \(jobs) jobs", "jobs_served") }
        return nil
    }

    /// Removes the slot's containers, the spare included, and makes no more.
    public func shutdown() async {
        closed = true
        if let container = try? await spare?.value { await container.destroy() }
        spare = nil
        if let current { await current.destroy() }
        current = nil
    }

    private func takeContainer() async throws -> RunnerContainer {
        if let container = current {
            current = nil
            return container
        }
        if let spare {
            self.spare = nil
            defer { refillSpare() }
            if let container = try? await spare.value { return container }
        }
        let container = try await RunnerContainer.start(spec, docker: docker, logger: logger)
        refillSpare()
        return container
    }

    private func retire(_ container: RunnerContainer, because reason: String, kind: String) {
        Counter(label: "clonecode_container_replacements_total", dimensions: [("reason", kind)]).increment()
        logger.info("replacing container: \(reason)", metadata: ["slot": "\(spec.slot)", "container": "\(container.id.prefix(12))"])
        Task { await container.destroy() }
        if current == nil, spare == nil { refillSpare() }
    }

    private func refillSpare() {
        guard spare == nil, !closed else { return }
        let spec = spec, docker = docker, logger = logger
        spare = Task { try await RunnerContainer.start(spec, docker: docker, logger: logger) }
    }
}
