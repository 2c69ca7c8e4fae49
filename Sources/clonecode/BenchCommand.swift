import ArgumentParser
import Foundation
import Model
import RPC
import Wire

/// `clonecode bench`: submits a solution many times and measures the whole path, submit to verdict.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput and submit-to-verdict latency (median, p95) against a running fleet.",
        discussion: """
            Submits --file (e.g. Tests/solutions/python3/two-sum.py) to --question. `overhead` is each \
            run's latency minus the wall time of the program's own processes, as the sandbox measured \
            it: the time spent in the judge itself. A source that was judged before is not compiled \
            again (the workers' compile cache): --cold makes every submission's source new, to \
            measure compiles. --rate offers submissions at a fixed rate (an overload when above the \
            fleet's judging rate) and reports how many were accepted, refused (RESOURCE_EXHAUSTED, with \
            when to retry) and lost, the accepted runs' latency, the longest queue, and how soon after \
            the load a submission is judged as fast as when idle.
            """)

    @OptionGroup var options: ServerOptions
    @Option(help: "The question to submit to.") var question = "palindrome-number"
    @Option(help: "The solution to submit.") var file: String
    @Option(help: "The solution's language (default: from the file's extension, else python3).") var language: String?
    @Option(help: "Submissions in all.") var count = 200
    @Option(help: "Submissions in flight at once.") var concurrency = 4
    @Option(help: "Submissions before measuring starts (warm-up).") var warmup = 10
    @Flag(help: "End each submission's source with a comment of its own, so that every one is compiled.") var cold = false
    @Option(help: "Offer submissions at this many per second for --duration, whatever the answers (open loop), instead of --count.") var rate: Double?
    @Option(help: "Seconds of --rate.") var duration = 60
    @Option(help: "Instead: submit once, then read the run this many times (GetRun, one at a time) and report a call's latency; signed in, each call pays the session check, as an operator none.")
    var reads: Int?

    struct Sample {
        var latencyMs: Double
        var programMs: Double
        var verdict: Verdict?
    }

    func run() async throws {
        guard count > 0, concurrency > 0, warmup >= 0 else { throw CLIError("--count and --concurrency must be above 0") }
        guard let source = try? String(contentsOfFile: file, encoding: .utf8) else { throw CLIError("cannot read \(file)") }
        let languageName = language ?? Language(fileName: file)?.rawValue ?? "python3"
        let client = try await options.connect()
        defer { client.close() }
        let comment = ["python3", "ruby"].contains(languageName) ? "#" : "//"
        let request: @Sendable () -> SubmitRequest = { [cold, question] in
            SubmitRequest(slug: question, language: languageName, source: cold ? source + "\n\(comment) \(UUID().uuidString)\n" : source)
        }
        if let rate {
            try await runLoad(rate: rate, client: client, request: request)
            return
        }
        if let reads {
            try await measureReads(reads, client: client, request: request())
            return
        }
        _ = try await Self.measure(client, request, count: warmup, concurrency: concurrency)
        let started = ContinuousClock.now
        let samples = try await Self.measure(client, request, count: count, concurrency: concurrency)
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let latencies = samples.map(\.latencyMs).sorted()
        let overheads = samples.map { max(0, $0.latencyMs - $0.programMs) }.sorted()
        let programs = samples.map(\.programMs).sorted()
        let verdicts = Dictionary(grouping: samples, by: { $0.verdict?.rawValue ?? "none" }).mapValues(\.count)
        let report: [String: Any] = [
            "question": question, "language": languageName, "count": count, "concurrency": concurrency, "cold": cold,
            "throughput_per_s": (Double(count) / seconds * 10).rounded() / 10,
            "latency_ms": ["median": Self.percentile(latencies, 50), "p95": Self.percentile(latencies, 95)],
            "program_ms": ["median": Self.percentile(programs, 50), "p95": Self.percentile(programs, 95)],
            "overhead_ms": ["median": Self.percentile(overheads, 50), "p95": Self.percentile(overheads, 95)],
            "verdicts": verdicts,
        ]
        if options.json {
            let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("""
            \(count) submissions of \(question) (\(languageName)\(cold ? ", each source new" : "")), \(concurrency) in flight, after \(warmup) to warm up
            throughput:  \(report["throughput_per_s"]!) submissions/s
            latency:     median \(Self.percentile(latencies, 50)) ms, p95 \(Self.percentile(latencies, 95)) ms  (submit to verdict)
            program:     median \(Self.percentile(programs, 50)) ms, p95 \(Self.percentile(programs, 95)) ms  (its own processes)
            overhead:    median \(Self.percentile(overheads, 50)) ms, p95 \(Self.percentile(overheads, 95)) ms  (the judge's part)
            verdicts:    \(verdicts.map { "\($0.key) \($0.value)" }.sorted().joined(separator: ", "))
            """)
    }

    static func measure(_ client: RPCClient, _ request: @escaping @Sendable () -> SubmitRequest, count: Int, concurrency: Int) async throws -> [Sample] {
        try await withThrowingTaskGroup(of: [Sample].self) { group in
            let perWorker = (0..<concurrency).map { count / concurrency + ($0 < count % concurrency ? 1 : 0) }
            for n in perWorker where n > 0 {
                group.addTask {
                    var samples: [Sample] = []
                    for _ in 0..<n {
                        let started = ContinuousClock.now
                        let runID = try await client.call(Method.Judge.submit, request()).runID
                        var last: Run?
                        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) {
                            last = run
                        }
                        let elapsed = (ContinuousClock.now - started).components
                        samples.append(Sample(latencyMs: Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15,
                                              programMs: Double(last?.programMs ?? 0), verdict: last?.verdict))
                    }
                    return samples
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
    }

    /// A unary call's latency, with and without a session as the caller chose.
    func measureReads(_ reads: Int, client: RPCClient, request: SubmitRequest) async throws {
        guard reads > 0 else { throw CLIError("--reads must be above 0") }
        let runID = try await client.call(Method.Judge.submit, request).runID
        for try await _ in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) {}
        var latencies: [Double] = []
        for index in 0..<(reads + warmup) {
            let started = ContinuousClock.now
            _ = try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID))
            let elapsed = (ContinuousClock.now - started).components
            if index >= warmup { latencies.append(Double(elapsed.seconds) * 1_000_000 + Double(elapsed.attoseconds) / 1e12) }
        }
        latencies.sort()
        let signedIn = !client.userToken.isEmpty
        if options.json {
            return Output.json(["reads": Double(reads), "signed_in": signedIn ? 1 : 0,
                                "median_us": Self.percentile(latencies, 50), "p95_us": Self.percentile(latencies, 95)])
        }
        print("\(reads) reads of one run (GetRun), \(signedIn ? "signed in: each call checks the session" : "no session"), after \(warmup) to warm up")
        print("latency:     median \(Self.percentile(latencies, 50)) µs, p95 \(Self.percentile(latencies, 95)) µs")
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p / 100).rounded()))
        return (sorted[index] * 10).rounded() / 10
    }
}
