import Foundation
import Model

/// A run as a Redis hash: one field per property, nested values as JSON.
enum RunRecord {
    static func fields(of run: Run) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("run_id", run.runID), ("status", run.status.rawValue), ("question", run.question),
            ("language", run.language.rawValue), ("mode", run.mode.rawValue), ("source", run.source),
            ("custom_input", run.customInput), ("created_at_ms", String(run.createdAtMs)),
            ("started_at_ms", String(run.startedAtMs)), ("finished_at_ms", String(run.finishedAtMs)),
            ("worker", run.worker), ("verdict", run.verdict?.rawValue ?? ""), ("passed", String(run.passed)),
            ("total", String(run.total)), ("runtime_ms", String(run.runtimeMs)), ("memory_kb", String(run.memoryKb)),
            ("message", run.message), ("compile_output", run.compileOutput), ("percentile", String(run.percentile)),
            ("current_test", String(run.currentTest)), ("attempts", String(run.attempts)), ("program_ms", String(run.programMs)),
        ]
        if let failed = run.failedTest, let json = try? QuestionStore.json(failed) { fields.append(("failed_test", json)) }
        if !run.outputs.isEmpty, let json = try? QuestionStore.json(run.outputs) { fields.append(("outputs", json)) }
        return fields
    }

    static func run(from f: [String: String]) throws -> Run {
        guard let id = f["run_id"], let language = f["language"].flatMap(Language.init(rawValue:)),
              let status = f["status"].flatMap(RunStatus.init(rawValue:)) else {
            throw RedisError.server("run record is incomplete: \(f.keys.sorted())")
        }
        var run = Run(runID: id, status: status, question: f["question"] ?? "", language: language,
                      mode: f["mode"].flatMap(RunMode.init(rawValue:)) ?? .submit, source: f["source"] ?? "",
                      customInput: f["custom_input"] ?? "", createdAtMs: Int64(f["created_at_ms"] ?? "") ?? 0)
        run.startedAtMs = Int64(f["started_at_ms"] ?? "") ?? 0
        run.finishedAtMs = Int64(f["finished_at_ms"] ?? "") ?? 0
        run.worker = f["worker"] ?? ""
        run.verdict = f["verdict"].flatMap(Verdict.init(rawValue:))
        run.passed = Int(f["passed"] ?? "") ?? 0
        run.total = Int(f["total"] ?? "") ?? 0
        run.runtimeMs = Int(f["runtime_ms"] ?? "") ?? 0
        run.memoryKb = Int(f["memory_kb"] ?? "") ?? 0
        run.message = f["message"] ?? ""
        run.compileOutput = f["compile_output"] ?? ""
        run.percentile = Double(f["percentile"] ?? "") ?? 0
        run.currentTest = Int(f["current_test"] ?? "") ?? 0
        run.attempts = Int(f["attempts"] ?? "") ?? 0
        run.programMs = Int(f["program_ms"] ?? "") ?? 0
        if let json = f["failed_test"] { run.failedTest = try? QuestionStore.decode(FailedTest.self, json) }
        if let json = f["outputs"] { run.outputs = (try? QuestionStore.decode([TestOutput].self, json)) ?? [] }
        return run
    }
}
