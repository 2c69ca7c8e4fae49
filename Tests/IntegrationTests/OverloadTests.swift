import Foundation
import Testing

/// Submissions offered far above the fleet's judging rate: the API refuses the excess with
/// RESOURCE_EXHAUSTED and when to retry, keeps the queue short, loses nothing it accepted, and a
/// submission is judged as fast as before soon after the load ends.
@Suite("overload", .serialized)
struct OverloadTests {
    @Test func aLoadAboveTheJudgingRateIsRefusedInTimeAndNothingAcceptedIsLost() async throws {
        let maxWait = 3
        let cluster = try await Cluster.withBank(apiArguments: ["--max-queue-wait", String(maxWait)])
        _ = try await cluster.startWorker(id: "overload", extra: ["--slots", "1", "--languages", "python3"])
        let result = try await cluster.cli([
            "bench", "--question", "two-sum", "--file", "\(Paths.root)/Tests/solutions/python3/two-sum.py",
            "--rate", "80", "--duration", "8", "--json",
        ])
        #expect(result.status == 0, "\(result.err)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any], "\(result.out)")
        let offered = try #require(report["offered"] as? Int), accepted = try #require(report["accepted"] as? Int)
        let refused = try #require(report["refused"] as? Int)
        print("overload report: \(result.out)")
        #expect(offered == 640 && accepted + refused == offered)
        #expect(refused > 0 && accepted > 0)
        // Every refusal said when to retry; nothing accepted was lost.
        #expect(report["refusals_with_retry_after"] as? Int == refused)
        #expect(report["lost"] as? Int == 0)
        // The queue stayed near what the fleet judges in maxWait, not what was offered.
        let acceptedRate = try #require(report["accepted_per_s"] as? Double)
        #expect(try #require(report["longest_queue"] as? Int) < offered / 2)
        let latency = try #require(report["latency_ms"] as? [String: Double])
        #expect(try #require(latency["p95"]) < Double(maxWait) * 1000 * 2.5, "accepted at \(acceptedRate)/s")
        let recovered = try #require(report["recovered_after_s"] as? Double)
        #expect(recovered >= 0 && recovered < 30)
    }
}
