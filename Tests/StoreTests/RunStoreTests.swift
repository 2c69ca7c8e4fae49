import Foundation
import Logging
import Model
import Store
import TestSupport
import Testing

/// Runs in a real Redis: a run and its job made together, updates announced, a verdict stored once.
@Suite struct RunStoreTests {
    let redis: TestRedis
    let runs: RunStore

    init() async throws {
        redis = try await TestRedis.start()
        runs = RunStore(redis: redis.client)
        try await runs.prepareQueue()
    }

    static func run(_ question: String = "two-sum", mode: RunMode = .submit, at createdAtMs: Int64 = 1_000) -> Run {
        Run(runID: RunID.make(), question: question, language: .python3, mode: mode, source: "class Solution: pass\n",
            customInput: mode == .try ? "[[[1,2],3]]" : "", createdAtMs: createdAtMs)
    }

    /// The job a worker would read next.
    func nextJob() async throws -> JobQueue.Job {
        let queue = JobQueue(redis: redis.client, reader: redis.client, consumer: "w1")
        return try #require(try await queue.next(count: 1, blockMs: 100).first)
    }

    @Test func aCreatedRunReadsBackAsItWasWithItsJobAndIndexEntry() async throws {
        let run = Self.run()
        try await runs.create(run, maxDepth: 10)
        #expect(try await runs.get(run.runID) == run)
        #expect(try await nextJob().runID == run.runID)
        #expect(try await redis.client.command("ZSCORE", Keys.runsOf("two-sum"), run.runID).int == 1_000)
        #expect(try await runs.get(RunID.make()) == nil)
        // Preparing the queue again leaves the group and its jobs as they are.
        try await runs.prepareQueue()
        let figures = try await runs.queueFigures()
        #expect((figures.length, figures.pending, figures.consumers) == (1, 1, 1))
        // The oldest unfinished job's time comes from its entry id: just now.
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        #expect(try #require(figures.oldestQueuedMs) <= now && now - figures.oldestQueuedMs! < 60_000)
    }

    @Test func creatingARunTwiceFailsAndLeavesTheFirst() async throws {
        let run = Self.run()
        try await runs.create(run, maxDepth: 10)
        var again = run
        again.source = "other"
        let error = await #expect(throws: RedisError.self) { try await runs.create(again, maxDepth: 10) }
        #expect(error?.description.contains("exists") == true)
        #expect(try await runs.get(run.runID)?.source == run.source)
        #expect(try await runs.queueFigures().length == 1)
    }

    @Test func atTheMaximumDepthNothingOfTheRunIsWritten() async throws {
        try await runs.create(Self.run(), maxDepth: 2)
        try await runs.create(Self.run(), maxDepth: 2)
        let refused = Self.run()
        await #expect(throws: RunStore.CreateError.queueFull(depth: 2)) { try await runs.create(refused, maxDepth: 2) }
        #expect(try await runs.get(refused.runID) == nil)
        #expect(try await runs.runCount(questions: ["two-sum"]) == 2)
        #expect(try await runs.queueFigures().length == 2)
    }

    @Test func anUpdateChangesTheNamedFieldsAndIsAnnounced() async throws {
        let run = Self.run()
        try await runs.create(run, maxDepth: 10)
        let subscriber = RedisSubscriber(server: redis.server, channels: [Keys.runEvents], logger: .init(label: "test"))
        subscriber.start()
        defer { subscriber.stop() }
        var events = subscriber.events.makeAsyncIterator()
        #expect(await events.next() == .resubscribed)
        var changed = run
        changed.status = .running
        changed.currentTest = 3
        changed.message = "not among the fields named"
        #expect(try await runs.update(changed, [.status, .currentTest]))
        guard case .message(let channel, let notice)? = await events.next() else { Issue.record("no notice"); return }
        #expect(channel == Keys.runEvents)
        // The notice carries the change, so that a watcher need not read the run again.
        let change = try #require(RunChange(notice: notice))
        #expect(change.runID == run.runID && change.version == 1 && change.fields == ["status": "Running", "current_test": "3"])
        var applied = run
        change.apply(to: &applied)
        let read = try #require(try await runs.get(run.runID))
        #expect(read == applied && read.message.isEmpty && read.source == run.source)
        // What clients see: the version the next notice follows, and neither source nor custom input.
        let snapshot = try #require(try await runs.snapshot(run.runID))
        #expect(snapshot.version == 1 && snapshot.run.status == .running && snapshot.run.source.isEmpty)
        changed.runID = RunID.make()
        #expect(try await !runs.update(changed, [.status]))
    }

    @Test func aVerdictIsStoredOnceCountedAndItsJobAcknowledged() async throws {
        var run = Self.run()
        try await runs.create(run, maxDepth: 10)
        let job = try await nextJob()
        run.status = .finished
        run.verdict = .accepted
        run.passed = 32
        run.total = 32
        run.runtimeMs = 40
        run.failedTest = FailedTest(input: "[1]", expected: "2", actual: "3")
        run.outputs = [TestOutput(input: "[1]", expected: "2", actual: "2", stdout: "hi", passed: true)]
        try await runs.finish(run, entryID: job.entryID)
        var stored = try #require(try await runs.get(run.runID))
        #expect(stored.percentile == 100, "the first accepted runtime beats every other")
        stored.percentile = 0
        #expect(stored == run)
        #expect(try await runs.counters("two-sum") == (submitted: 1, accepted: 1))
        let figures = try await runs.queueFigures()
        #expect((figures.length, figures.pending, figures.consumers) == (0, 0, 1) && figures.oldestQueuedMs == nil)

        // The same job judged again (a worker that was thought dead): the first result stands.
        var second = run
        second.verdict = .wrongAnswer
        try await runs.finish(second, entryID: job.entryID)
        #expect(try await runs.get(run.runID)?.verdict == .accepted)
        #expect(try await runs.counters("two-sum") == (submitted: 1, accepted: 1))
    }

    @Test func percentilesCountSlowerAcceptedRunsAndTryRunsCountNothing() async throws {
        func judged(_ runtimeMs: Int, mode: RunMode = .submit, verdict: Verdict = .accepted) async throws -> Run? {
            var run = Self.run(mode: mode)
            try await runs.create(run, maxDepth: 10)
            let job = try await nextJob()
            run.status = .finished
            run.verdict = verdict
            run.runtimeMs = runtimeMs
            try await runs.finish(run, entryID: job.entryID)
            return try await runs.get(run.runID)
        }
        #expect(try await judged(50)?.percentile == 100)
        #expect(try await judged(30)?.percentile == 100)
        #expect(try await judged(40)?.percentile == 50)
        #expect(try await judged(90)?.percentile == 0)
        #expect(try await judged(10, verdict: .wrongAnswer)?.percentile == 0)
        #expect(try await judged(10, mode: .try)?.percentile == 0)
        #expect(try await runs.counters("two-sum") == (submitted: 5, accepted: 4))
        let both = try await runs.counters(["two-sum", "3sum"])
        #expect(both["two-sum"]?.accepted == 4 && both["3sum"]?.submitted == 0 && both["3sum"]?.accepted == 0)
    }

    @Test func aQuestionsRunsAreListedNewestFirstWithoutSources() async throws {
        let made = [Self.run(at: 3_000), Self.run(at: 1_000), Self.run(at: 2_000), Self.run("3sum", at: 4_000)]
        for run in made { try await runs.create(run, maxDepth: 10) }
        let listed = try await runs.list(question: "two-sum", limit: 2)
        #expect(listed.map(\.runID) == [made[0].runID, made[2].runID])
        #expect(listed.allSatisfy { $0.source.isEmpty })
        #expect(try await runs.list(question: "two-sum", limit: 20).count == 3)
        #expect(try await runs.runCount(questions: ["two-sum", "3sum", "no-runs"]) == 4)
    }
}
