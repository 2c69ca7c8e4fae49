public import Docker
import Foundation
public import Logging
public import SandboxProtocol
import Timeout

/// One long-lived sandbox container with our runner inside, driven over its attach stream.
///
/// Not thread-safe: its slot uses it for one job at a time.
public final class RunnerContainer: @unchecked Sendable {
    public let id: String
    let docker: DockerClient
    let attach: AttachStream
    private var events: AsyncThrowingStream<AttachEvent, any Error>.AsyncIterator
    private let logger: Logger
    /// Jobs run in it so far.
    public private(set) var jobs = 0
    private var nextJob: UInt64 = 1
    /// What the runner keeps, by the same accounting as the runner's.
    private var kept = KeepLedger()

    private init(id: String, docker: DockerClient, attach: AttachStream, logger: Logger) {
        self.id = id
        self.docker = docker
        self.attach = attach
        self.events = attach.stream.makeAsyncIterator()
        self.logger = logger
    }

    /// Creates, attaches to and starts a container, and waits for its runner's hello.
    public static func start(_ spec: SandboxSpec, docker: DockerClient, logger: Logger) async throws -> RunnerContainer {
        let id = try await docker.createContainer(spec.containerConfig)
        do {
            let attach: AttachStream
            do {
                attach = try await AttachStream.open(docker, container: id, maxMessage: 256 << 20)
            } catch {
                throw DockerError("cannot attach to container \(id.prefix(12)): \(error)")
            }
            let container = RunnerContainer(id: id, docker: docker, attach: attach, logger: logger)
            do {
                try await docker.startContainer(id)
            } catch {
                throw DockerError("cannot start container \(id.prefix(12)): \(error)")
            }
            // The runner greets within milliseconds; a greeting that has not come by now will not
            // (seen rarely under load): give the container up so that the caller can try another.
            let hello: RunnerResult
            do {
                hello = try await container.receive(timeout: .seconds(15))
            } catch {
                throw RunnerError("the runner in container \(id.prefix(12)) did not greet: \(error)")
            }
            guard hello.id == 0, hello.version == RunnerVersion.current else {
                throw RunnerError("the runner in \(spec.image) is \(hello.version), not \(RunnerVersion.current): run scripts/build-images")
            }
            return container
        } catch {
            try? await docker.removeContainer(id)
            throw error
        }
    }

    /// Runs a job; throws when the runner does not answer within `timeout` or the stream breaks
    /// (the container must then be destroyed).
    /// Keyed files (RunnerFile's `key`) are sent once: later jobs name the copy the runner keeps.
    public func run(_ job: RunnerJob, timeout: Duration, progress: @Sendable (Int) async -> Void = { _ in }) async throws -> RunnerResult {
        jobs += 1
        let result = try await send(job, leavingOutKept: true, timeout: timeout, progress: progress)
        guard let key = result.notKeptKey else { return result }
        // The two ledgers disagree (they should not): send the whole job.
        logger.warning("runner does not keep \(key): sending the job whole", metadata: ["container": "\(id.prefix(12))"])
        kept.remove(key)
        return try await send(job, leavingOutKept: false, timeout: timeout, progress: progress)
    }

    private func send(_ job: RunnerJob, leavingOutKept: Bool, timeout: Duration, progress: @Sendable (Int) async -> Void) async throws -> RunnerResult {
        var job = job
        job.id = nextJob
        nextJob += 1
        for index in job.files.indices where !job.files[index].key.isEmpty {
            let key = job.files[index].key
            if leavingOutKept && kept.contains(key) {
                kept.touch(key)
                job.files[index].content = []
                job.files[index].kept = true
            } else {
                _ = kept.add(key, size: job.files[index].content.count)
            }
        }
        try await attach.send(job.wireBytes())
        let deadline = ContinuousClock.now + timeout
        while true {
            let result = try await receive(timeout: deadline - ContinuousClock.now)
            guard result.id == job.id else { throw RunnerError("the runner answered job \(result.id), not \(job.id)") }
            guard result.partial else { return result }
            await progress(result.testsDone)
        }
    }

    private func receive(timeout: Duration) async throws -> RunnerResult {
        let deadline = ContinuousClock.now + timeout
        while true {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero, let event = try await withTimeout(remaining, { [self] in try await self.nextEvent() }) else {
                throw RunnerError("the runner did not answer within \(timeout)")
            }
            switch event {
            case .message(let bytes):
                return try RunnerResult(wire: bytes)
            case .stderr(let bytes):
                logger.warning("runner: \(String(decoding: bytes, as: UTF8.self))", metadata: ["container": "\(id.prefix(12))"])
            }
        }
    }

    private func nextEvent() async throws -> AttachEvent {
        guard let event = try await events.next() else { throw RunnerError("the runner's stream ended") }
        return event
    }

    /// Closes the attach stream, then removes the container (killing it).
    public func destroy() async {
        await attach.close()
        try? await docker.removeContainer(id, timeout: .seconds(30))
    }
}

/// The runner in a container broke its protocol: no greeting, a wrong version or job, no answer
/// in time, or its stream ended. The container is then given up.
public struct RunnerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
