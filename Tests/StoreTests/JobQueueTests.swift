import Foundation
import Model
import Store
import TestSupport
import Testing

/// The job stream as workers use it: delivery once, pending jobs after a restart, reclaiming a dead
/// worker's jobs, keep-alives.
@Suite struct JobQueueTests {
    let redis: TestRedis
    let runs: RunStore
    let reader: RedisClient

    init() async throws {
        redis = try await TestRedis.start()
        runs = RunStore(redis: redis.client)
        reader = RedisClient(endpoint: redis.endpoint, poolSize: 1)
        try await runs.prepareQueue()
    }

    func queue(_ consumer: String) -> JobQueue { JobQueue(redis: redis.client, reader: reader, consumer: consumer) }

    func submit(_ count: Int) async throws -> [String] {
        var ids: [String] = []
        for _ in 0..<count {
            let run = Run(runID: RunID.make(), question: "two-sum", language: .python3, source: "x", createdAtMs: 1)
            try await runs.create(run, maxDepth: 100)
            ids.append(run.runID)
        }
        return ids
    }

    @Test func eachJobIsDeliveredOnceAndStaysPendingUntilDropped() async throws {
        let ids = try await submit(3)
        let first = try await queue("w1").next(count: 2, blockMs: 100)
        #expect(first.map(\.runID) == Array(ids.prefix(2)))
        let rest = try await queue("w2").next(count: 10, blockMs: 100)
        #expect(rest.map(\.runID) == [ids[2]])
        #expect(try await queue("w1").next(count: 10, blockMs: 50).isEmpty, "an empty stream answers after the block time")
        #expect(try await queue("w1").deliveries(first[0]) == 1)
        // After a restart, w1 finds what it had been given; reading it again counts as a delivery.
        #expect(try await queue("w1").ownPending() == first)
        #expect(try await queue("w1").deliveries(first[0]) == 2)
        for job in first { try await queue("w1").drop(job) }
        #expect(try await queue("w1").ownPending().isEmpty)
        let figures = try await runs.queueFigures()
        #expect((figures.length, figures.pending, figures.consumers) == (1, 1, 2))
    }

    @Test func aDeadWorkersJobsAreReclaimedAndCountedAsDeliveredAgain() async throws {
        _ = try await submit(2)
        let taken = try await queue("dead").next(count: 2, blockMs: 100)
        #expect(taken.count == 2)
        try await Task.sleep(for: .milliseconds(120))
        #expect(try await queue("alive").reclaim(minIdleMs: 10_000, count: 10).isEmpty, "not idle long enough")
        let reclaimed = try await queue("alive").reclaim(minIdleMs: 100, count: 10)
        #expect(reclaimed == taken)
        #expect(try await queue("alive").deliveries(reclaimed[0]) == 2)
        #expect(try await queue("dead").ownPending().isEmpty)
    }

    @Test func aKeepAliveStopsOthersFromReclaimingAJobStillBeingJudged() async throws {
        _ = try await submit(1)
        let taken = try await queue("busy").next(count: 1, blockMs: 100)
        try await Task.sleep(for: .milliseconds(300))
        try await queue("busy").keepAlive(taken)
        try await queue("busy").keepAlive([])
        #expect(try await queue("other").reclaim(minIdleMs: 250, count: 10).isEmpty)
        #expect(try await queue("busy").ownPending() == taken)
    }
}
