import Foundation
public import Model
public import SandboxProtocol

/// Decides a verdict from what the runner reported. Expected outputs never left the worker: the
/// program's answers are compared here, so nothing it prints or returns can forge a pass.
public struct Verdicts: Sendable {
    public let question: Question
    public let tests: [TestCase]
    /// Per-test time limit, already scaled for the language.
    public let timeLimitMs: Int
    public let memoryLimitKb: Int
    /// The question's checker's verdicts (compare: checker), by test index: for answers that differ
    /// from the reference's. A test without one is an Internal Error, never an Accepted.
    public var checked: [Int: Checked]

    /// What a question's checker said of one answer.
    public enum Checked: Sendable, Equatable {
        case right
        case wrong(String)
        /// The checker itself failed (raised, returned nonsense, or did not run).
        case failed(String)
    }

    /// - Parameter memoryLimitKb: already raised for the language's VM (default: the question's).
    public init(question: Question, tests: [TestCase], timeLimitMs: Int, memoryLimitKb: Int? = nil, checked: [Int: Checked] = [:]) {
        self.question = question
        self.tests = tests
        self.timeLimitMs = timeLimitMs
        self.memoryLimitKb = memoryLimitKb ?? question.memoryLimitMb * 1024
        self.checked = checked
    }

    /// One line of the driver's report on descriptor 3.
    public struct Record: Sendable {
        public var i: Int?
        public var ms: Double?
        public var out: String?
        var stdout: String?
        var error: String?
        var output_limit: Bool?
        var compile_error: String?
        /// The driver found the answer wrong by itself (a "copy" made of the input's own nodes).
        var wrong: String?

        /// A report line's record; nil when the line is not one.
        init?(line: ArraySlice<UInt8>) {
            guard let fields = try? JSONValue.fields(parsing: Array(line)) else { return nil }
            func string(_ name: String) -> String? { if case .string(let text)? = fields[name] { text } else { nil } }
            switch fields["i"] {
            case .int(let value)?: i = Int(value)
            case nil, .null?: i = nil
            default: return nil
            }
            switch fields["ms"] {
            case .int(let value)?: ms = Double(value)
            case .double(let value)?: ms = value
            default: ms = nil
            }
            out = string("out")
            stdout = string("stdout")
            error = string("error")
            compile_error = string("compile_error")
            wrong = string("wrong")
            if case .bool(let value)? = fields["output_limit"] { output_limit = value } else { output_limit = nil }
        }
    }

    /// Whether a test's answer is right; nil when it is, else the message of its Wrong Answer
    /// (maybe empty); an Internal Error's message when the question's checker failed.
    enum Judgement { case right, wrong(String), checkerFailed(String) }

    func judge(_ record: Record, _ out: String, test: TestCase, index: Int) -> Judgement {
        if let wrong = record.wrong { return .wrong(wrong) }
        // A custom input of a `try` run may have no known answer: nothing to compare with.
        if test.expected.isEmpty || Comparator.matches(out, test.expected, mode: question.compare, tolerance: question.tolerance) {
            return .right
        }
        if question.compare == .checker {
            switch checked[index] {
            case .right?: return .right
            case .wrong(let message)?: return .wrong(message)
            case .failed(let message)?: return .checkerFailed(message)
            case nil: return .checkerFailed("the question's checker gave no verdict for test \(index + 1)")
            }
        }
        if question.signature?.isDesign == true {
            return .wrong(Comparator.firstDifferentCall(out, test.expected, input: test.input) ?? "")
        }
        return .wrong("")
    }

    static let stdoutShown = 4096

    /// Submit mode: stop at the first failing test, as LeetCode does.
    public func decide(_ result: RunnerResult) -> Outcome {
        let total = tests.count
        if let failed = compileFailure(result) { return failed }
        guard let run = result.run, run.ran else {
            return Outcome(verdict: .internalError, total: total, message: "the program could not be started: \(Self.text(result.run?.stderr ?? []))")
        }
        let records = Self.records(run.progress)
        if let error = records.first?.compile_error {
            return Outcome(verdict: .compileError, total: total, compileOutput: error)
        }
        var passed = 0
        var runtime = 0.0
        for (index, test) in tests.enumerated() {
            guard index < records.count, records[index].i == index else { break }
            let record = records[index]
            let failed = { (actual: String) in
                FailedTest(input: self.display(test.input), expected: test.expected, actual: actual,
                           stdout: String((record.stdout ?? "").prefix(Self.stdoutShown)))
            }
            if record.output_limit == true {
                return Outcome(verdict: .outputLimitExceeded, passed: passed, total: total, failedTest: failed(""))
            }
            if let error = record.error {
                return Outcome(verdict: .runtimeError, passed: passed, total: total, message: error, failedTest: failed(""))
            }
            guard let out = record.out else { break }
            switch judge(record, out, test: test, index: index) {
            case .right: break
            case .wrong(let message):
                return Outcome(verdict: .wrongAnswer, passed: passed, total: total, message: message, failedTest: failed(out))
            case .checkerFailed(let message):
                return Outcome(verdict: .internalError, passed: passed, total: total, message: message)
            }
            if let ms = record.ms, ms > Double(timeLimitMs) {
                return Outcome(verdict: .timeLimitExceeded, passed: passed, total: total, failedTest: failed(""))
            }
            runtime += record.ms ?? 0
            passed += 1
        }
        let memory = Int(run.maxRssKb)
        if passed == total {
            if run.oomKilled || memory > memoryLimitKb {
                return Outcome(verdict: .memoryLimitExceeded, passed: passed, total: total, memoryKb: memory)
            }
            return Outcome(verdict: .accepted, passed: passed, total: total, runtimeMs: max(0, Int(runtime.rounded())),
                           memoryKb: memory)
        }
        // The program stopped before answering every test: say why, against the test it was on.
        let failed = FailedTest(input: display(tests[passed].input), expected: tests[passed].expected, actual: "",
                                stdout: String(Self.text(run.stdout).prefix(Self.stdoutShown)))
        var outcome = Outcome(verdict: .runtimeError, passed: passed, total: total, memoryKb: memory, failedTest: failed)
        if run.outputExceeded {
            outcome.verdict = .outputLimitExceeded
        } else if run.oomKilled || memory > memoryLimitKb {
            outcome.verdict = .memoryLimitExceeded
        } else if run.timedOut || run.idleTimedOut {
            outcome.verdict = .timeLimitExceeded
        } else if run.signal != 0 {
            outcome.message = "killed by signal \(run.signal) (\(Self.signalName(run.signal)))\n" + Self.tail(run.stderr)
        } else if run.exitCode != 0 {
            outcome.message = "exit code \(run.exitCode)\n" + Self.tail(run.stderr)
        } else {
            outcome.message = "the program exited before answering every test"
        }
        return outcome
    }

    /// A Compile Error with the compiler's output, when the compile step failed or took too long.
    func compileFailure(_ result: RunnerResult) -> Outcome? {
        guard let compile = result.compile, compile.exitCode != 0 || compile.signal != 0 || compile.timedOut else { return nil }
        let text = Self.text(compile.stderr + compile.stdout)
        return Outcome(verdict: .compileError, total: tests.count,
                       compileOutput: compile.timedOut ? "the compiler took too long\n" + text : text)
    }

    /// `try` mode: every test's answer beside the expected one; the verdict as for a submission.
    public func decideTry(_ result: RunnerResult) -> Outcome {
        var outcome = decide(result)
        let records = Self.records(result.run?.progress ?? [])
        outcome.outputs = tests.enumerated().map { index, test in
            let record = records.first { $0.i == index }
            let actual = record?.out ?? record?.error ?? ""
            return TestOutput(input: display(test.input), expected: test.expected, actual: actual,
                              stdout: String((record?.stdout ?? "").prefix(Self.stdoutShown)),
                              passed: record.flatMap { record in record.out.map { out in
                                  if case .right = judge(record, out, test: test, index: index) { true } else { false }
                              } } ?? false)
        }
        return outcome
    }

    func display(_ input: String) -> String { question.signature.map { Arguments.display(input, signature: $0) } ?? input }

    /// The driver's report, one record per line.
    public static func records(_ progress: [UInt8]) -> [Record] {
        // A plain scan: `split` costs milliseconds on a megabyte of answers.
        var records: [Record] = []
        progress.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                if end > start, let record = Record(line: progress[start..<end]) { records.append(record) }
                start = end + 1
            }
        }
        return records
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes.prefix(64 * 1024), as: UTF8.self) }

    /// A crashed program's standard error as shown: all of it up to 4 KB, or its first KB (where a
    /// runtime names the error, e.g. Mono's stack overflow) and its last 3 KB; the sandbox's
    /// directories left out of file names (a sanitizer's report names solution.cpp:5, not
    /// /box/j12-0f3a…/solution.cpp:5).
    static func tail(_ bytes: [UInt8]) -> String {
        let text = bytes.count > 4096
            ? String(decoding: bytes.prefix(1024), as: UTF8.self) + "\n…\n" + String(decoding: bytes.suffix(3072), as: UTF8.self)
            : String(decoding: bytes, as: UTF8.self)
        return text.replacing(#/\/box\/j[0-9]+-[0-9a-f]+\//#, with: "")
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "segmentation fault"
        case SIGABRT: "aborted"
        case SIGFPE: "floating point exception"
        case SIGKILL: "killed"
        case SIGBUS: "bus error"
        case SIGILL: "illegal instruction"
        case SIGXFSZ: "file size limit exceeded"
        default: "signal \(signal)"
        }
    }
}
