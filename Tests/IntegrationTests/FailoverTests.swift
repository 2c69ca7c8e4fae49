import Foundation
import Model
import RPC
import Store
import Synchronization
import Testing
import Wire

/// The MetadataDB replicated under Redis Sentinel (a primary, two replicas, three sentinels), the
/// real API and worker reaching it through the sentinels, and its primary killed with SIGKILL in the
/// middle of 1,000 submissions.
@Suite("Redis failover", .serialized)
struct FailoverTests {
    /// What became of one submission, as its client saw it.
    struct Outcome: Sendable {
        var requestID: String
        var runID: String
        /// Refusals before the acknowledgement (UNAVAILABLE, RESOURCE_EXHAUSTED), each retried with
        /// the same request id.
        var refusals: Int
        var acknowledgedAt: ContinuousClock.Instant
        var firstRefusalAt: ContinuousClock.Instant?
    }

    @Test("1,000 submissions with the MetadataDB's primary killed among them: none acknowledged is lost, none judged more than twice")
    func theMetadataPrimaryKilledMidLoad() async throws {
        let metadata = try await TestSentinels.start(name: "metadata", replicas: 2)
        let cluster = try Cluster()
        let passwordFile = try TestPKI.secret(metadata.password, at: "\(cluster.dir)/redis.password")
        cluster.questionsRedis = try await cluster.startRedis("questions", extra: ["--requirepass", metadata.password],
                                                              password: metadata.password)
        let redis = (questions: "unix:\(cluster.questionsSocket)", metadata: metadata.setting)
        let apiMetrics = Ports.free(), workerMetrics = Ports.free()
        try await cluster.startAPI(extra: ["--redis-password-file", passwordFile, "--wait-timeout-ms", "1000",
                                           "--metrics", "127.0.0.1:\(apiMetrics)"], redis: redis)
        try await cluster.loadBank()
        _ = try await cluster.startWorker(id: "failover", extra: ["--redis-password-file", passwordFile, "--languages", "python3",
                                                                  "--lease-ms", "10000", "--metrics", "127.0.0.1:\(workerMetrics)"],
                                          redis: redis)
        let client = try await cluster.client()
        defer { client.close() }
        let source = try String(contentsOfFile: "\(Paths.root)/Tests/solutions/python3/two-sum.py", encoding: .utf8)

        // 1,000 submissions at 12 per second; each retried with its request id until acknowledged.
        let total = 1_000, rate = 12.0
        let started = ContinuousClock.now
        let killedAt = Mutex<ContinuousClock.Instant?>(nil)
        let oldPrimary = metadata.serverPorts[0]
        let killer = Task {
            try await Task.sleep(for: .seconds(25))
            metadata.kill(server: oldPrimary)
            killedAt.withLock { $0 = .now }
            return try await metadata.waitForFailover(from: oldPrimary)
        }
        let outcomes = try await withThrowingTaskGroup(of: Outcome.self) { group in
            for index in 0..<total {
                try await Task.sleep(until: started + .milliseconds(Int(Double(index) / rate * 1000)), clock: .continuous)
                group.addTask {
                    let request = SubmitRequest(slug: "two-sum", language: "python3", source: source, requestID: "failover-\(index)")
                    var refusals = 0
                    var firstRefusal: ContinuousClock.Instant?
                    while true {
                        do {
                            let runID = try await client.call(Method.Judge.submit, request, timeout: .seconds(10)).runID
                            return Outcome(requestID: request.requestID, runID: runID, refusals: refusals,
                                           acknowledgedAt: .now, firstRefusalAt: firstRefusal)
                        } catch let error as RPCError where [.unavailable, .resourceExhausted, .deadlineExceeded].contains(error.code) {
                            refusals += 1
                            firstRefusal = firstRefusal ?? .now
                            guard ContinuousClock.now - started < .seconds(600) else { throw error }
                            try await Task.sleep(for: error.retryAfter ?? .milliseconds(250))
                        }
                    }
                }
            }
            return try await group.reduce(into: [Outcome]()) { $0.append($1) }
        }
        let promoted = try await killer.value
        let killed = try #require(killedAt.withLock { $0 })

        // Every submission was acknowledged once, with a run of its own.
        #expect(outcomes.count == total)
        #expect(Set(outcomes.map(\.runID)).count == total, "duplicate run ids")
        // Submissions were refused while no primary was known, then accepted again.
        let refusedAfterKill = outcomes.filter { ($0.firstRefusalAt ?? started) > killed }
        let firstRefusal = try #require(refusedAfterKill.compactMap(\.firstRefusalAt).min(), "no submission was refused after the kill")
        let backAt = try #require(outcomes.map(\.acknowledgedAt).filter { $0 > firstRefusal }.min())
        let unavailable = (backAt - killed).tenthsOfSeconds
        #expect(unavailable < 30, "submissions were refused for \(unavailable) s after the kill")

        // Every acknowledged run is judged: Accepted, by at most two deliveries of its job.
        var attempts: [Int: Int] = [:]
        var notAccepted: [String] = []
        for outcome in outcomes {
            let run = try await FaultTests.finish(client, outcome.runID)
            attempts[run.attempts, default: 0] += 1
            if run.status != .finished || run.verdict != .accepted {
                notAccepted.append("\(outcome.requestID): \(run.status) \(run.verdict?.rawValue ?? "-") \(run.message)")
            }
        }
        #expect(notAccepted.isEmpty, "\(notAccepted.prefix(5))")
        #expect(attempts.keys.allSatisfy { (1...2).contains($0) }, "deliveries per run: \(attempts)")

        // The new primary holds exactly these runs (nothing half-made), and no job is left.
        let store = RedisClient(server: metadata.server)
        defer { Task { await store.shutdown() } }
        #expect(try await store.command("ZCARD", Keys.runsOf("two-sum")).int == total)
        #expect(try await store.command("XLEN", Keys.jobs).int == 0)
        // Both daemons followed the failover, and say so.
        for port in [apiMetrics, workerMetrics] {
            let followed = try MetricsTests.scrape(port).value("clonecode_redis_failovers_total", ["server": metadata.setting])
            #expect((followed ?? 0) >= 1, "port \(port): \(followed ?? 0) failovers followed")
        }
        let refusals = outcomes.map(\.refusals).reduce(0, +)
        print("""
            failover figures: primary \(oldPrimary) killed \((killed - started).tenthsOfSeconds) s into the load, \
            \(promoted) promoted; submissions accepted again \(unavailable) s after the kill; \
            \(refusedAfterKill.count) submissions refused at least once after it (\(refusals) refusals in all, each retried); \
            \(outcomes.count) acknowledged, 0 lost; deliveries per run \(attempts.sorted { $0.key < $1.key })
            """)
    }
}

extension Duration {
    /// Seconds, to a tenth.
    fileprivate var tenthsOfSeconds: Double {
        ((Double(components.seconds) + Double(components.attoseconds) / 1e18) * 10).rounded() / 10
    }
}
