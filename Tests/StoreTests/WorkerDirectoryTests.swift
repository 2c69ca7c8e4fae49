import Store
import TestSupport
import Testing

/// Workers' registrations: alive while their heartbeat lasts, gone at once on a clean stop.
@Suite struct WorkerDirectoryTests {
    let redis: TestRedis
    let directory: WorkerDirectory

    init() async throws {
        redis = try await TestRedis.start()
        directory = WorkerDirectory(redis: redis.client)
    }

    @Test func aWorkerIsLiveUntilItsHeartbeatExpiresAndThenPruned() async throws {
        try await directory.heartbeat(id: "w1", fields: ["host": "h1", "slots": "2"], ttl: .seconds(2))
        try await directory.heartbeat(id: "w2", fields: ["host": "h2"], ttl: .seconds(30))
        let live = try await directory.live()
        #expect(live.map(\.id) == ["w1", "w2"])
        #expect(live.first?.fields["host"] == "h1" && live.first?.fields["slots"] == "2")
        #expect(Int64(live.first?.fields["last_seen_ms"] ?? "") ?? 0 > 0)
        try await Task.sleep(for: .milliseconds(2_100))
        #expect(try await directory.live().map(\.id) == ["w2"])
        #expect(try await redis.client.command("ZRANGE", Keys.workers, "0", "-1") == .array([.string("w2")]))
        // A heartbeat brings an expired worker back.
        try await directory.heartbeat(id: "w1", fields: ["host": "h1"], ttl: .seconds(30))
        #expect(try await directory.live().count == 2)
    }

    @Test func aRemovedWorkerIsGoneAtOnce() async throws {
        try await directory.heartbeat(id: "w1", fields: ["host": "h1"], ttl: .seconds(30))
        try await directory.remove(id: "w1")
        #expect(try await directory.live().isEmpty)
        #expect(try await redis.client.command("EXISTS", Keys.worker("w1")).int == 0)
    }
}
