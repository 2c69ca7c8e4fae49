public import Model
public import SandboxProtocol

/// Program questions: the runner ran the program once per test (`RunnerResult.runs`); each run's
/// standard output is the answer, compared as text.
extension Verdicts {
    /// Submit mode: the first failing test decides, as for function questions.
    public func decideProgram(_ result: RunnerResult) -> Outcome {
        let total = tests.count
        if let failed = compileFailure(result) { return failed }
        var passed = 0, runtime = 0, memory = 0
        for (index, test) in tests.enumerated() {
            guard index < result.runs.count else { break }
            let run = result.runs[index]
            guard run.ran else {
                return Outcome(verdict: .internalError, total: total, message: "the program could not be started: \(Self.text(run.stderr))")
            }
            memory = max(memory, Int(run.maxRssKb))
            let output = String(decoding: run.stdout, as: UTF8.self)
            let failed = FailedTest(input: Self.shown(test.input), expected: Self.shown(test.expected), actual: Self.shown(output))
            if let verdict = failure(run) {
                var outcome = Outcome(verdict: verdict, passed: passed, total: total, memoryKb: memory, failedTest: failed)
                if verdict == .runtimeError {
                    outcome.message = run.signal != 0
                        ? "killed by signal \(run.signal) (\(Self.signalName(run.signal)))\n" + Self.tail(run.stderr)
                        : "exit code \(run.exitCode)\n" + Self.tail(run.stderr)
                }
                return outcome
            }
            if !test.expected.isEmpty, !Comparator.matchesOutput(output, test.expected, mode: question.compare, tolerance: question.tolerance) {
                return Outcome(verdict: .wrongAnswer, passed: passed, total: total, memoryKb: memory, failedTest: failed)
            }
            runtime += Int(run.wallMs)
            passed += 1
        }
        guard passed == total else {
            return Outcome(verdict: .internalError, passed: passed, total: total, message: "the runner answered \(result.runs.count) of \(total) tests")
        }
        return Outcome(verdict: .accepted, passed: passed, total: total, runtimeMs: runtime, memoryKb: memory)
    }

    /// `try` mode: every test's output beside the expected one; the verdict as for a submission.
    public func decideProgramTry(_ result: RunnerResult) -> Outcome {
        var outcome = decideProgram(result)
        outcome.outputs = tests.enumerated().map { index, test in
            let run = index < result.runs.count ? result.runs[index] : nil
            let output = run.map { String(decoding: $0.stdout, as: UTF8.self) } ?? ""
            let ok = run.map { failure($0) == nil } ?? false
            return TestOutput(input: Self.shown(test.input), expected: Self.shown(test.expected), actual: Self.shown(output),
                              stdout: run.map { Self.tail($0.stderr) } ?? "",
                              passed: ok && Comparator.matchesOutput(output, test.expected, mode: question.compare, tolerance: question.tolerance))
        }
        return outcome
    }

    /// The verdict a run earns on its own (before its output is compared), or nil when it ran clean.
    func failure(_ run: RunnerStepResult) -> Verdict? {
        if run.outputExceeded { return .outputLimitExceeded }
        if run.oomKilled || Int(run.maxRssKb) > memoryLimitKb { return .memoryLimitExceeded }
        if run.timedOut || run.idleTimedOut || Int(run.wallMs) > timeLimitMs { return .timeLimitExceeded }
        if run.signal != 0 || run.exitCode != 0 { return .runtimeError }
        return nil
    }

    /// A program's input or output as shown with a failed test: the first 4 KB.
    static func shown(_ text: String) -> String {
        text.utf8.count <= stdoutShown ? text : String(decoding: text.utf8.prefix(stdoutShown), as: UTF8.self) + "\n…"
    }
}
