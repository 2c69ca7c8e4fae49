import Model
import Wire

/// A question as the page uses it.
struct QuestionView: Encodable {
    var question: Question
    var languages: [String]
    var stub_language: String
    var stub: String
    var accepted: UInt64
    var submitted: UInt64

    init(_ d: QuestionDetail) {
        question = d.question
        languages = d.languages.map(\.rawValue)
        stub_language = d.stubLanguage?.rawValue ?? ""
        stub = d.stub
        accepted = d.accepted
        submitted = d.submitted
    }
}

/// A run as the page uses it (the CLI's JSON shape).
struct RunView: Encodable {
    var run_id, status, question, language, mode, message, compile_output: String
    var verdict: String?
    var passed, total, runtime_ms, memory_kb, current_test: Int
    var percentile: Double
    var failed_test: FailedTest?
    var outputs: [TestOutput]

    init(_ run: Run) {
        run_id = run.runID
        status = run.status.rawValue
        question = run.question
        language = run.language.rawValue
        mode = run.mode.rawValue
        message = run.message
        compile_output = run.compileOutput
        verdict = run.verdict?.rawValue
        passed = run.passed
        total = run.total
        runtime_ms = run.runtimeMs
        memory_kb = run.memoryKb
        current_test = run.currentTest
        percentile = run.percentile
        failed_test = run.failedTest
        outputs = run.outputs
    }
}
