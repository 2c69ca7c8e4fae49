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

    /// A time in ms since the epoch, as UTC to the minute.
    static func date(_ ms: Int64) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
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
    /// Long inputs, outputs and printed text are shortened to their start and end unless `full`.
    static func text(_ run: Run, full: Bool = false) -> String {
        let field = { (label: String, text: String) in Output.field(label, full ? text : shortened(text)) }
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
            lines += field("Input:    ", failed.input)
            if !failed.expected.isEmpty { lines += field("Expected: ", failed.expected) }
            if !failed.actual.isEmpty { lines += field("Output:   ", failed.actual) }
            if !failed.stdout.isEmpty { lines.append("Stdout:\n\(failed.stdout)") }
        }
        for (index, output) in run.outputs.enumerated() {
            lines.append("Case \(index + 1): \(output.passed ? "ok" : "differs")")
            lines += field("  Input:    ", output.input)
            lines += field("  Output:   ", output.actual)
            lines += field("  Expected: ", output.expected)
            if !output.stdout.isEmpty { lines += field("  Stdout:   ", output.stdout) }
        }
        lines.append("Run: \(run.runID)")
        return lines.joined(separator: "\n")
    }

    /// `text` when it is short; else its start and its end, with its size between them, as LeetCode
    /// shortens a long input (`--full` and `--json` show it whole).
    static func shortened(_ text: String, maxCharacters: Int = 600, maxLines: Int = 30) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let note = "(\(text.utf8.count) bytes\(lines.count > 1 ? " in \(lines.count) lines" : ""); --full shows it whole)"
        if lines.count > maxLines {
            return (lines.prefix(maxLines * 2 / 3) + ["… \(note) …"] + lines.suffix(maxLines / 6)).joined(separator: "\n")
        }
        guard text.count > maxCharacters else { return text }
        return "\(text.prefix(maxCharacters / 2)) … \(note) … \(text.suffix(maxCharacters / 4))"
    }

    /// A labelled value on one line, or, when it has several lines (a program's input or output),
    /// the label alone and the text indented below it.
    static func field(_ label: String, _ text: String) -> [String] {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        guard body.contains("\n") else { return [label + body] }
        let indent = String(repeating: " ", count: label.prefix { $0 == " " }.count + 4)
        return [String(label.reversed().drop { $0 == " " }.reversed())] + body.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
    }
}
