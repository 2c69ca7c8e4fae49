import Docker
import Foundation
import Logging
import Model
import RPC
import Sandbox
import Store
import TestSupport
import Testing
import Wire
@testable import Worker

/// The worker's job pool in this process: jobs from a real Redis judged in a real sandbox of the
/// runner image, verdicts stored once, a drain, and the worker's own RPC called without a socket.
@Suite(.serialized) struct JobPoolTests {
    static let worker = "worker-module-tests"
    let questionsDB: TestRedis
    let metadataDB: TestRedis
    let logger = Logger(label: "test.worker", factory: { _ in SwiftLogNoOpLogHandler() })

    init() async throws {
        questionsDB = try await TestRedis.start()
        metadataDB = try await TestRedis.start()
        let entry = try BankFixture.entry("two-sum")
        _ = try await QuestionStore(redis: questionsDB.client).put(entry.question, tests: entry.tests, reference: entry.reference)
        try await RunStore(redis: metadataDB.client).prepareQueue()
    }

    func config(maxDeliveries: Int = 3, leaseMs: Int = 60_000) -> WorkerConfig {
        WorkerConfig(id: Self.worker, host: "test", slots: 1, cpus: [0], questionsDB: questionsDB.server, metadataDB: metadataDB.server,
                     listen: .unix(path: "\(metadataDB.directory)/worker.sock"), leaseMs: leaseMs, maxDeliveries: maxDeliveries,
                     uidBase: 1_950_000)
    }

    /// Runs a pool with one slot until `done` holds of the runs, then drains it.
    func judge(_ config: WorkerConfig, until done: @escaping @Sendable (RunStore) async throws -> Bool) async throws -> WorkerState {
        let slot = Slot(spec: SandboxSpec(image: "clonecode-runner:r4", cpu: 0, uidBase: config.uidBase, worker: config.id, slot: 0),
                        docker: DockerClient(), logger: logger)
        try await slot.prepare()
        let state = WorkerState(config: config)
        let reader = RedisClient(server: metadataDB.server, poolSize: 1, timeout: .seconds(10))
        let runs = RunStore(redis: metadataDB.client)
        let pool = JobPool(config: config, state: state, slots: [slot],
                           queue: JobQueue(redis: metadataDB.client, reader: reader, consumer: config.id), runs: runs,
                           judge: JudgeRun(questions: QuestionStore(redis: questionsDB.client), cache: TestsCache(), logger: logger), logger: logger)
        let running = Task { await pool.run() }
        var waited: (any Error)?
        do {
            for _ in 0..<1500 {
                if try await done(runs) { break }
                try await Task.sleep(for: .milliseconds(20))
            }
        } catch {
            waited = error
        }
        await state.drain()
        await running.value
        await slot.shutdown()
        await reader.shutdown()
        await Containers.remove(worker: Self.worker)
        if let waited { throw waited }
        return state
    }

    func submit(_ source: String) async throws -> String {
        let run = Run(runID: RunID.make(), question: "two-sum", language: .python3, source: source, createdAtMs: 1)
        try await RunStore(redis: metadataDB.client).create(run, maxDepth: 100)
        return run.runID
    }

    @Test func queuedRunsAreJudgedStoredOnceAndTheirJobsAcknowledged() async throws {
        let accepted = try await submit(try String(contentsOfFile: "\(Paths.root)/questions/two-sum/reference.py", encoding: .utf8))
        let wrong = try await submit("class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n")
        let state = try await judge(config()) { runs in
            let finished = [try await runs.get(accepted)?.status, try await runs.get(wrong)?.status]
            return finished == [.finished, .finished]
        }
        let runs = RunStore(redis: metadataDB.client)
        let first = try #require(try await runs.get(accepted))
        #expect(first.verdict == .accepted && first.worker == Self.worker && first.attempts == 1 && first.passed == first.total)
        #expect(first.percentile == 100 && first.startedAtMs > 0 && first.finishedAtMs >= first.startedAtMs)
        let second = try #require(try await runs.get(wrong))
        #expect(second.verdict == .wrongAnswer && second.failedTest != nil)
        #expect(try await runs.counters("two-sum") == (submitted: 2, accepted: 1))
        #expect(try await runs.queueFigures().length == 0)
        let info = await state.info()
        #expect(info.jobsDone == 2 && info.busy == 0 && info.draining)
    }

    @Test func aJobDeliveredTooOftenEndsAsAnInternalErrorWithoutBeingJudged() async throws {
        let runID = try await submit("class Solution: pass\n")
        // A worker that took the job and died: its lease runs out, and the delivery count is spent.
        let dead = RedisClient(server: metadataDB.server, poolSize: 1)
        defer { Task { await dead.shutdown() } }
        _ = try await JobQueue(redis: dead, reader: dead, consumer: "dead").next(count: 1, blockMs: 100)
        try await Task.sleep(for: .milliseconds(100))
        _ = try await judge(config(maxDeliveries: 1, leaseMs: 50)) { runs in try await runs.get(runID)?.status == .finished }
        let run = try #require(try await RunStore(redis: metadataDB.client).get(runID))
        #expect(run.verdict == .internalError && run.message == "judging failed 1 times; giving up" && run.attempts == 2)
    }

    @Test func theWorkersOwnRPCTellsItsStateAndDrainsOnlyForLocalCallers() async throws {
        let config = config()
        let state = WorkerState(config: config)
        let client = LocalClient(router: WorkerDaemon(config: config, logger: logger).makeRouter(state))
        let info = try await client.call(Method.Worker.status, Empty())
        #expect(info.id == Self.worker && info.slots == 1 && info.languages == ["python3"] && !info.draining && info.reachable)
        #expect(info.address == "unix:\(metadataDB.directory)/worker.sock")
        await #expect(throws: RPCError(.permissionDenied, "drain is allowed over the Unix socket only")) {
            try await client.as(.tcp(address: "192.0.2.1:1")).call(Method.Worker.drain, Empty())
        }
        #expect(await !state.draining)
        #expect(try await client.call(Method.Worker.drain, Empty()).draining)
        #expect(try await client.call(Method.Health.check, Empty()).serving)
    }
}
