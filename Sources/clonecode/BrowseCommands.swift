import ArgumentParser
import Foundation
import Model
import RPC
import Wire

/// `clonecode questions`
struct Questions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the questions.")

    @OptionGroup var options: ServerOptions
    @Option(help: "Only this difficulty: easy, medium or hard.") var difficulty: String?
    @Option(help: "Only questions with this tag.") var tag: String?
    @Option(help: "Only titles containing this text.") var search: String?

    func run() async throws {
        let level = try difficulty.map { name in
            guard let level = Difficulty(rawValue: name.lowercased()) else {
                throw CLIError("--difficulty must be easy, medium or hard")
            }
            return level
        }
        let client = try await options.connect()
        defer { client.close() }
        let list = try await client.call(
            Method.Questions.list, ListQuestionsRequest(difficulty: level, tag: tag ?? "", search: search ?? ""),
            as: ListQuestionsResponse.self)
        if options.json { return Output.json(list.questions) }
        for q in list.questions {
            let rate = q.submitted > 0 ? String(format: "%5.1f%%", Double(q.accepted) * 100 / Double(q.submitted)) : "    -"
            let title = q.title.padding(toLength: max(q.title.count, 48), withPad: " ", startingAt: 0)
            let number = String(q.number).leftPadded(to: 4)
            let level = q.difficulty.displayName.padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(number)  \(title)  \(level) \(rate)  \(q.slug)")
        }
    }
}

/// `clonecode question SLUG`
struct QuestionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "question", abstract: "Show a question: statement, examples, constraints and a code stub.")

    @OptionGroup var options: ServerOptions
    @Argument(help: "The question's slug, e.g. two-sum.") var slug: String
    @Option(help: "The language of the stub (default: python3).") var language: String?

    func run() async throws {
        let client = try await options.connect()
        defer { client.close() }
        let detail = try await client.call(Method.Questions.get, GetQuestionRequest(slug: slug, language: language ?? ""),
                                           as: QuestionDetail.self)
        if options.json { return Output.json(QuestionJSON(detail)) }
        let q = detail.question
        var lines = ["\(q.number). \(q.title)  [\(q.difficulty.displayName)]  \(q.tags.joined(separator: ", "))", "", q.statement]
        for (index, example) in q.examples.enumerated() {
            lines += ["", "Example \(index + 1):", "  Input:  \(example.input)", "  Output: \(example.output)"]
            if !example.explanation.isEmpty { lines.append("  Explanation: \(example.explanation)") }
        }
        lines += ["", "Constraints:"] + q.constraints.map { "  - \($0)" }
        lines += ["", "Time limit: \(q.timeLimitMs) ms, memory limit: \(q.memoryLimitMb) MB",
                  "Languages: \(detail.languages.map(\.rawValue).joined(separator: ", "))",
                  "", "Code (\(detail.stubLanguage?.rawValue ?? "")):", detail.stub]
        print(lines.joined(separator: "\n"))
    }
}

/// `clonecode workers`
struct Workers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the live workers.")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        let client = try await options.connect()
        defer { client.close() }
        let list = try await client.call(Method.Fleet.listWorkers, Empty(), as: ListWorkersResponse.self)
        if options.json { return Output.json(list.workers) }
        if list.workers.isEmpty { return print("no live workers") }
        for w in list.workers {
            let state = !w.reachable ? "unreachable" : w.draining ? "draining" : "serving"
            print("\(w.id)  \(w.host)  \(state)  slots \(w.busy)/\(w.slots) busy  jobs \(w.jobsDone)  \(w.languages.joined(separator: ","))")
        }
    }
}

/// `clonecode stats`
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the job queue's figures.")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        let client = try await options.connect()
        defer { client.close() }
        let stats = try await client.call(Method.Fleet.queueStats, Empty(), as: QueueStatsResponse.self)
        if options.json { return Output.json(stats) }
        print("""
            queued jobs:   \(stats.length) (limit \(stats.maxDepth))
            being judged:  \(stats.pending)
            consumers:     \(stats.consumers)
            runs recorded: \(stats.runs)
            """)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
