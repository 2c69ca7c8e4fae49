public import Model

// The JSON shapes of runs and questions that scripts (`clonecode --json`) and the web page read:
// stable keys in snake_case, `verdict` null until a run is finished, `failed_test` always an object.

/// A run as JSON.
public struct RunJSON: Encodable, Sendable {
    public struct Failed: Encodable, Sendable {
        var input, expected, actual, stdout: String
    }
    var run_id, status, question, language, mode, message, compile_output, worker: String
    /// null until the run is finished.
    var verdict: JSONValue
    var passed, total, runtime_ms, memory_kb, current_test, attempts, program_ms: Int
    var percentile: Double
    var created_at_ms, started_at_ms, finished_at_ms: Int64
    var failed_test: Failed
    var outputs: [TestOutput]

    public init(_ run: Run) {
        run_id = run.runID
        status = run.status.rawValue
        question = run.question
        language = run.language.rawValue
        mode = run.mode.rawValue
        message = run.message
        compile_output = run.compileOutput
        worker = run.worker
        verdict = run.verdict.map { .string($0.rawValue) } ?? .null
        passed = run.passed
        total = run.total
        runtime_ms = run.runtimeMs
        memory_kb = run.memoryKb
        current_test = run.currentTest
        attempts = run.attempts
        program_ms = run.programMs
        percentile = run.percentile
        created_at_ms = run.createdAtMs
        started_at_ms = run.startedAtMs
        finished_at_ms = run.finishedAtMs
        let f = run.failedTest ?? FailedTest()
        failed_test = Failed(input: f.input, expected: f.expected, actual: f.actual, stdout: f.stdout)
        outputs = run.outputs
    }
}

/// A question as JSON: the question, the offered languages and a stub.
public struct QuestionJSON: Encodable, Sendable {
    var question: Question
    var languages: [Language]
    var stub_language: String
    var stub: String
    var accepted, submitted: UInt64
    public init(_ d: QuestionDetail) {
        question = d.question
        languages = d.languages
        stub_language = d.stubLanguage?.rawValue ?? ""
        stub = d.stub
        accepted = d.accepted
        submitted = d.submitted
    }
}
