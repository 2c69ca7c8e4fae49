import Foundation
import Judge
import Logging
import Model
import Sandbox
import SandboxProtocol
import Store

/// Judges one run in a slot: reads the question and its tests, runs the job, decides the verdict.
struct JudgeRun: Sendable {
    let questions: QuestionStore
    let cache: TestsCache
    let logger: Logger

    /// The outcome; throws only when the sandbox failed (the job is then tried again).
    func judge(_ run: Run, in slot: Slot, progress: @escaping @Sendable (_ done: Int, _ total: Int) async -> Void = { _, _ in }) async throws -> Outcome {
        guard let question = try await questions.get(run.question), let (testsID, stored) = try await cache.identifiedTests(run.question, in: questions) else {
            return Outcome(verdict: .internalError, message: "question '\(run.question)' no longer exists")
        }
        guard let runtime = LanguageRuntime.all[run.language] else {
            return Outcome(verdict: .internalError, message: "this worker cannot judge \(run.language.rawValue)")
        }
        var tests = run.mode == .try ? try tryTests(run, question: question, stored: stored) : stored
        if tests.contains(where: { $0.expected.isEmpty }) {
            tests = try await answerWithReference(tests, question: question, in: slot)
        }
        let builder = JobBuilder(runtime: runtime)
        // The stored tests are the same bytes for every submission: the runner keeps them.
        let testsKey = run.mode == .try ? nil : testsID.map { "\(question.slug)@\($0)" }
        let job = builder.job(source: run.source, question: question, inputs: tests.map(\.input), testsKey: testsKey)
        let total = tests.count
        await progress(0, total)
        let result = try await slot.run(job, timeout: builder.answerTimeout(job)) { done in await progress(done, total) }
        guard result.error.isEmpty else { throw SandboxFailure(result.error) }
        var outcome: Outcome
        if question.isProgram {
            let verdicts = Verdicts(question: question, tests: tests, timeLimitMs: builder.programLimitMs(question),
                                    memoryLimitKb: builder.memoryLimitKb(question))
            outcome = run.mode == .try ? verdicts.decideProgramTry(result) : verdicts.decideProgram(result)
        } else {
            var verdicts = Verdicts(question: question, tests: tests, timeLimitMs: builder.timeLimitMs(question),
                                    memoryLimitKb: builder.memoryLimitKb(question))
            if question.compare == .checker {
                verdicts.checked = try await check(CheckerJob.cases(of: result, tests: tests), question: question, in: slot)
            }
            outcome = run.mode == .try ? verdicts.decideTry(result) : verdicts.decide(result)
        }
        outcome.programMs = Int((result.compile?.wallMs ?? 0) + (result.run?.wallMs ?? 0) + result.runs.reduce(0) { $0 + $1.wallMs })
        return outcome
    }

    /// The question's checker's verdicts on answers that differ from the reference's, from a
    /// sandbox run of its own. Without a checker every such answer is an Internal Error.
    func check(_ cases: [CheckerJob.Case], question: Question, in slot: Slot) async throws -> [Int: Verdicts.Checked] {
        guard !cases.isEmpty else { return [:] }
        guard let checker = try await questions.checker(question.slug) else {
            return Dictionary(uniqueKeysWithValues: cases.map { ($0.index, .failed("question '\(question.slug)' has no checker")) })
        }
        let job = CheckerJob(checker: checker, cases: cases)
        let result = try await slot.run(job.job, timeout: job.timeout)
        guard result.error.isEmpty else { throw SandboxFailure(result.error) }
        return job.verdicts(result)
    }

    /// Fills in the expected answers of custom inputs by running the reference solution on them in
    /// the same sandbox. Without a reference (or when it fails on an input) the answer stays unknown.
    func answerWithReference(_ tests: [TestCase], question: Question, in slot: Slot) async throws -> [TestCase] {
        guard let reference = try await questions.reference(question.slug), let runtime = LanguageRuntime.all[reference.language] else {
            return tests
        }
        let builder = JobBuilder(runtime: runtime)
        let job = builder.job(source: reference.source, question: question, inputs: tests.map(\.input))
        let result = try await slot.run(job, timeout: builder.answerTimeout(job))
        let answers: [Int: String] = if question.isProgram {
            Dictionary(uniqueKeysWithValues: result.runs.enumerated().compactMap { index, run in
                run.ran && run.exitCode == 0 && run.signal == 0 && !run.timedOut && !run.outputExceeded
                    ? (index, String(decoding: run.stdout, as: UTF8.self)) : nil
            })
        } else {
            Dictionary(Verdicts.records(result.run?.progress ?? []).compactMap { record in
                record.i.flatMap { i in record.out.map { (i, $0) } }
            }, uniquingKeysWith: { first, _ in first })
        }
        return tests.enumerated().map { index, test in
            test.expected.isEmpty ? TestCase(input: test.input, expected: answers[index] ?? "") : test
        }
    }

    /// A `try` run's tests: the examples (the first stored tests), or the custom inputs, whose
    /// reference answers are those of matching stored tests when known.
    func tryTests(_ run: Run, question: Question, stored: [TestCase]) throws -> [TestCase] {
        let examples = Array(stored.prefix(max(1, question.examples.count)))
        guard !run.customInput.isEmpty, case .array(let inputs) = try JSONValue(parsing: run.customInput) else { return examples }
        if question.isProgram {
            // A program's custom inputs are JSON strings: the text for standard input.
            let known = Dictionary(stored.map { ($0.input, $0.expected) }, uniquingKeysWith: { first, _ in first })
            return inputs.map { value in
                let text = if case .string(let text) = value { text } else { value.text }
                return TestCase(input: text, expected: known[text] ?? "")
            }
        }
        let known = Dictionary(stored.map { (Self.canonical($0.input), $0.expected) }, uniquingKeysWith: { first, _ in first })
        return inputs.map { TestCase(input: $0.text, expected: known[$0.text] ?? "") }
    }

    static func canonical(_ json: String) -> String { (try? JSONValue(parsing: json).text) ?? json }
}

/// The sandbox could not run a job (the job is tried again, elsewhere or later).
struct SandboxFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
