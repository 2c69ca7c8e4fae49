import Foundation
import Model
import RPC
import Wire

/// `clonecode bench --rate`: an open-loop load, submissions at a fixed rate whatever the answers,
/// then what became of them, and how soon a single submission is judged as fast as before.
extension Bench {
    struct Offered: Sendable {
        var runID: String?
        var refusal: RPCError?
    }

    func runLoad(rate: Double, client: RPCClient, request: @escaping @Sendable () -> SubmitRequest) async throws {
        guard rate > 0, duration > 0 else { throw CLIError("--rate and --duration must be above 0") }
        // Idle latency first: the figure "back to normal" is measured against.
        var idle: [Double] = []
        for _ in 0..<5 { idle.append(try await Self.probe(client, request())) }
        let baseline = Self.percentile(idle.sorted(), 50)

        let total = Int(rate * Double(duration))
        let started = ContinuousClock.now
        let queueSampler = Task {
            var longest = 0
            while !Task.isCancelled {
                if let stats = try? await client.call(Method.Fleet.queueStats, Empty()) { longest = max(longest, Int(stats.length)) }
                try? await Task.sleep(for: .milliseconds(500))
            }
            return longest
        }
        let offered = try await withThrowingTaskGroup(of: Offered.self) { group in
            for index in 0..<total {
                try await Task.sleep(until: started + .milliseconds(Int(Double(index) / rate * 1000)), clock: .continuous)
                group.addTask {
                    do {
                        return Offered(runID: try await client.call(Method.Judge.submit, request()).runID)
                    } catch let error as RPCError where error.code == .resourceExhausted {
                        return Offered(refusal: error)
                    }
                }
            }
            return try await group.reduce(into: [Offered]()) { $0.append($1) }
        }
        let loadEnded = ContinuousClock.now
        // Probes, one after another, until one is judged within twice the idle median (90 s at most).
        var recoveredAfter: Double?
        while recoveredAfter == nil, ContinuousClock.now - loadEnded < .seconds(90) {
            let latency = try await Self.probe(client, request())
            if latency <= max(2 * baseline, baseline + 100) { recoveredAfter = Self.milliseconds(ContinuousClock.now - loadEnded) / 1000 }
        }
        queueSampler.cancel()
        let longestQueue = await queueSampler.value

        // Every accepted run must finish: wait for the stragglers, then read each one's times.
        let accepted = offered.compactMap(\.runID)
        var latencies: [Double] = [], lost: [String] = []
        for runID in accepted {
            var run = try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID))
            while run.status != .finished, ContinuousClock.now - loadEnded < .seconds(300) {
                try await Task.sleep(for: .milliseconds(200))
                run = try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID))
            }
            if run.status == .finished { latencies.append(Double(run.finishedAtMs - run.createdAtMs)) } else { lost.append(runID) }
        }
        latencies.sort()
        let retries = offered.compactMap { $0.refusal?.retryAfter.map { Self.milliseconds($0) / 1000 } }.sorted()
        let report: [String: Any] = [
            "question": question, "rate_per_s": rate, "duration_s": duration, "offered": total,
            "accepted": accepted.count, "refused": total - accepted.count, "lost": lost.count,
            "refusals_with_retry_after": retries.count,
            "retry_after_s": ["median": Self.percentile(retries, 50), "max": retries.last ?? 0],
            "accepted_per_s": (Double(accepted.count) / (Self.milliseconds(loadEnded - started) / 1000) * 10).rounded() / 10,
            "latency_ms": ["median": Self.percentile(latencies, 50), "p95": Self.percentile(latencies, 95), "max": latencies.last ?? 0],
            "longest_queue": longestQueue, "idle_latency_ms": baseline,
            "recovered_after_s": recoveredAfter.map { ($0 * 10).rounded() / 10 } ?? -1,
        ]
        if options.json {
            let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("""
                \(total) submissions of \(question) offered at \(rate)/s for \(duration) s (open loop)
                accepted:    \(accepted.count) (\(report["accepted_per_s"]!)/s), refused \(total - accepted.count) with RESOURCE_EXHAUSTED \
                (\(retries.count) saying when to retry: median \(Self.percentile(retries, 50)) s), lost \(lost.count)
                latency:     median \(Self.percentile(latencies, 50)) ms, p95 \(Self.percentile(latencies, 95)) ms, max \(latencies.last ?? 0) ms \
                (accepted runs, submit to verdict)
                queue:       longest \(longestQueue) jobs
                after:       \(recoveredAfter.map { "a submission is judged within twice the idle \(baseline) ms again \(($0 * 10).rounded() / 10) s after the load" } ?? "not back to the idle \(baseline) ms within 90 s")
                """)
        }
        if !lost.isEmpty { throw CLIError("\(lost.count) accepted runs did not finish: \(lost.prefix(5).joined(separator: ", "))") }
    }

    /// Submits once and follows the run: submit-to-verdict milliseconds.
    static func probe(_ client: RPCClient, _ request: SubmitRequest) async throws -> Double {
        let started = ContinuousClock.now
        while true {
            do {
                let runID = try await client.call(Method.Judge.submit, request).runID
                for try await _ in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) {}
                return milliseconds(ContinuousClock.now - started)
            } catch let error as RPCError where error.code == .resourceExhausted {
                try await Task.sleep(for: error.retryAfter ?? .seconds(1))
            }
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
