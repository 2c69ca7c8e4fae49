import Foundation
public import Model
public import SandboxProtocol

/// A question's checker (checker.py, compare: checker) run on the answers that differ from the
/// reference's, in a sandbox run of its own: never in the submission's process, which could
/// otherwise reach it. runtime/python3/check.py runs it and reports one line per answer.
public struct CheckerJob: Sendable {
    /// One answer to check: the test's index, input, the reference's answer and the submission's.
    public struct Case: Sendable {
        public var index: Int
        public var input: String
        public var expected: String
        public var actual: String

        public init(index: Int, input: String, expected: String, actual: String) {
            self.index = index
            self.input = input
            self.expected = expected
            self.actual = actual
        }
    }

    public let checker: String
    public let cases: [Case]

    public init(checker: String, cases: [Case]) {
        self.checker = checker
        self.cases = cases
    }

    /// The answers of `result` (a function question's run) that the checker must decide: those that
    /// differ from the reference's, up to the first test the program did not answer.
    public static func cases(of result: RunnerResult, tests: [TestCase]) -> [Case] {
        var cases: [Case] = []
        for (index, record) in Verdicts.records(result.run?.progress ?? []).enumerated() {
            guard record.i == index, index < tests.count, let out = record.out else { break }
            let test = tests[index]
            if !test.expected.isEmpty, !Comparator.matches(out, test.expected, mode: .exact, tolerance: 0) {
                cases.append(Case(index: index, input: test.input, expected: test.expected, actual: out))
            }
        }
        return cases
    }

    /// The runner's job: checker.py and cases.json, run by the Python runtime's check.py.
    public var job: RunnerJob {
        // The answers are JSON already: spliced in as they are.
        let items = cases.map { c in
            "{\"i\":\(c.index),\"args\":\(c.input),\"expected\":\(c.expected),\"actual\":\(c.actual)}"
        }
        let limits = RunnerLimits(cpuMs: 20_000, wallMs: 20_000, idleMs: 20_000, outputBytes: 8 << 20, processes: 16,
                                  fileBytes: 1 << 20, memoryBytes: 0, stackBytes: 64 << 20)
        return RunnerJob(
            id: 0,
            files: [RunnerFile(path: "checker.py", content: Array(checker.utf8)),
                    RunnerFile(path: "cases.json", content: Array(("{\"cases\":[" + items.joined(separator: ",") + "]}").utf8))],
            run: RunnerStep(argv: ["/usr/bin/python3", "-I", "-S", "/opt/clonecode/python3/check.py", "checker.py", "cases.json"],
                            limits: limits))
    }

    /// How long to wait for the checker's answers.
    public var timeout: Duration { .seconds(35) }

    /// The checker's verdicts by test index; a case it did not answer is missing (an Internal Error).
    public func verdicts(_ result: RunnerResult) -> [Int: Verdicts.Checked] {
        struct Line: Decodable {
            var i: Int
            var ok: Bool?
            var message: String?
            var error: String?
        }
        var out: [Int: Verdicts.Checked] = [:]
        for line in (result.run?.progress ?? []).split(separator: UInt8(ascii: "\n")) {
            guard let line = try? JSONDecoder().decode(Line.self, from: Data(line)) else { continue }
            if let error = line.error {
                out[line.i] = .failed("the question's checker failed: \(error)")
            } else if let ok = line.ok {
                out[line.i] = ok ? .right : .wrong(line.message ?? "")
            }
        }
        if out.count < cases.count, let run = result.run, run.timedOut || run.exitCode != 0 || run.signal != 0 {
            let why = run.timedOut ? "took too long" : "stopped (exit \(run.exitCode), signal \(run.signal))"
            for c in cases where out[c.index] == nil {
                out[c.index] = .failed("the question's checker \(why): \(String(decoding: run.stderr.suffix(2000), as: UTF8.self))")
            }
        }
        return out
    }
}
