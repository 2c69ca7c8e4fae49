/// The test a run failed first: its input, the expected and the actual answer, and what the
/// program printed.
public struct FailedTest: Codable, Equatable, Sendable {
    public var input: String
    public var expected: String
    public var actual: String
    public var stdout: String

    public init(input: String = "", expected: String = "", actual: String = "", stdout: String = "") {
        self.input = input
        self.expected = expected
        self.actual = actual
        self.stdout = stdout
    }
}

/// One test's outcome in a `try` run, beside the reference solution's answer.
public struct TestOutput: Codable, Equatable, Sendable {
    public var input: String
    public var expected: String
    public var actual: String
    public var stdout: String
    public var passed: Bool

    public init(input: String, expected: String, actual: String, stdout: String, passed: Bool) {
        self.input = input
        self.expected = expected
        self.actual = actual
        self.stdout = stdout
        self.passed = passed
    }
}

/// A submission and, once judged, its result.
///
/// The API daemon creates it `queued`; a worker moves it to `running` and then `finished` with a verdict.
public struct Run: Codable, Equatable, Sendable {
    public var runID: String
    public var status: RunStatus
    public var question: String
    public var language: Language
    public var mode: RunMode
    /// The solution's source; empty in listings.
    public var source: String
    /// For `try` runs: a JSON array of argument lists; empty means the examples.
    public var customInput: String
    public var createdAtMs: Int64
    public var startedAtMs: Int64
    public var finishedAtMs: Int64
    public var worker: String
    public var verdict: Verdict?
    public var passed: Int
    public var total: Int
    public var runtimeMs: Int
    public var memoryKb: Int
    /// The runtime error's or internal error's message.
    public var message: String
    public var compileOutput: String
    public var failedTest: FailedTest?
    /// The share (0 to 100) of accepted runs of this question and language that this one beats.
    public var percentile: Double
    /// While running: the test being judged, from 1.
    public var currentTest: Int
    /// How many times the job was handed to a worker.
    public var attempts: Int
    public var outputs: [TestOutput]
    /// Wall time of the program's own processes (compile and run), as the sandbox measured it.
    public var programMs: Int

    public init(
        runID: String, status: RunStatus = .queued, question: String, language: Language, mode: RunMode = .submit,
        source: String, customInput: String = "", createdAtMs: Int64
    ) {
        self.runID = runID
        self.status = status
        self.question = question
        self.language = language
        self.mode = mode
        self.source = source
        self.customInput = customInput
        self.createdAtMs = createdAtMs
        self.startedAtMs = 0
        self.finishedAtMs = 0
        self.worker = ""
        self.verdict = nil
        self.passed = 0
        self.total = 0
        self.runtimeMs = 0
        self.memoryKb = 0
        self.message = ""
        self.compileOutput = ""
        self.failedTest = nil
        self.percentile = 0
        self.currentTest = 0
        self.attempts = 0
        self.outputs = []
        self.programMs = 0
    }

    enum CodingKeys: String, CodingKey {
        case runID = "run_id"
        case status, question, language, mode, source, worker, verdict, passed, total, message, percentile, attempts
        case outputs
        case customInput = "custom_input"
        case createdAtMs = "created_at_ms"
        case startedAtMs = "started_at_ms"
        case finishedAtMs = "finished_at_ms"
        case runtimeMs = "runtime_ms"
        case memoryKb = "memory_kb"
        case compileOutput = "compile_output"
        case failedTest = "failed_test"
        case currentTest = "current_test"
        case programMs = "program_ms"
    }
}
