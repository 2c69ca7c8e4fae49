import Foundation
import Model
import Wire

/// How the CLI prints things.
enum Output {
    static func json(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A run as the CLI's JSON: stable keys, `failed_test` always an object.
    struct RunJSON: Encodable {
        struct Failed: Encodable {
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

        init(_ run: Run) {
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

    /// One line for a run that is not finished yet.
    static func progress(_ run: Run) -> String {
        switch run.status {
        case .queued: "Queued"
        case .running: run.total > 0 && run.currentTest > 0 ? "Running test \(run.currentTest) of \(run.total)" : "Running"
        case .finished: run.verdict?.rawValue ?? "Finished"
        }
    }

    /// A run in words, as LeetCode shows a result.
    static func text(_ run: Run) -> String {
        guard run.status == .finished, let verdict = run.verdict else {
            return "\(progress(run))\nRun: \(run.runID)"
        }
        var lines = ["\(verdict.rawValue)" + (run.total > 0 ? "  (\(run.passed)/\(run.total) tests passed)" : "")]
        switch verdict {
        case .accepted:
            if run.mode == .submit {
                lines.append("Runtime: \(run.runtimeMs) ms, beats \(String(format: "%.1f", run.percentile))% of \(run.language.rawValue) submissions")
                lines.append("Memory: \(String(format: "%.1f", Double(run.memoryKb) / 1024)) MB")
            }
        case .compileError:
            lines.append(run.compileOutput)
        default:
            if !run.message.isEmpty { lines.append(run.message) }
        }
        if let failed = run.failedTest, !failed.input.isEmpty {
            lines.append("Input:    \(failed.input)")
            if !failed.expected.isEmpty { lines.append("Expected: \(failed.expected)") }
            if !failed.actual.isEmpty { lines.append("Output:   \(failed.actual)") }
            if !failed.stdout.isEmpty { lines.append("Stdout:\n\(failed.stdout)") }
        }
        for (index, output) in run.outputs.enumerated() {
            lines.append("Case \(index + 1): \(output.passed ? "ok" : "differs")")
            lines.append("  Input:    \(output.input)")
            lines.append("  Output:   \(output.actual)")
            lines.append("  Expected: \(output.expected)")
            if !output.stdout.isEmpty { lines.append("  Stdout:   \(output.stdout)") }
        }
        lines.append("Run: \(run.runID)")
        return lines.joined(separator: "\n")
    }
}
