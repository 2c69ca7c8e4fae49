import ArgumentParser
import Foundation
import Judge
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
        let list = try await options.call(
            Method.Questions.list, ListQuestionsRequest(difficulty: level, tag: tag ?? "", search: search ?? ""))
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
        let detail = try await client.call(Method.Questions.get, GetQuestionRequest(slug: slug, language: language ?? ""))
        if options.json { return Output.json(QuestionJSON(detail)) }
        let q = detail.question
        var lines = ["\(q.number). \(q.title)  [\(q.difficulty.displayName)]  \(q.tags.joined(separator: ", "))", "", q.statement]
        if q.isProgram {
            lines += ["A program: it reads standard input and prints the answer, compared \(Self.comparison(q))."]
        }
        for (index, example) in q.examples.enumerated() {
            lines += ["", "Example \(index + 1):"] + Output.field("  Input:  ", example.input) + Output.field("  Output: ", example.output)
            if !example.explanation.isEmpty { lines.append("  Explanation: \(example.explanation)") }
        }
        lines += ["", "Constraints:"] + q.constraints.map { "  - \($0)" }
        lines += ["", "Time limit: \(q.timeLimitMs) ms, memory limit: \(q.memoryLimitMb) MB",
                  "Languages: \(detail.languages.map(\.rawValue).joined(separator: ", "))",
                  "", "Code (\(detail.stubLanguage?.rawValue ?? "")):",
                  detail.stub.isEmpty && !q.isProgram ? "(LeetCode does not offer this question in \(detail.stubLanguage?.rawValue ?? "this language"))" : detail.stub]
        print(lines.joined(separator: "\n"))
    }

    static func comparison(_ q: Question) -> String {
        switch q.compare {
        case .tokens: "token by token"
        case .float: "token by token, numbers within \(q.tolerance)"
        default: "exactly, line by line"
        }
    }
}

/// `clonecode workers`
struct Workers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the live workers.")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        let list = try await options.call(Method.Fleet.listWorkers, Empty())
        if options.json { return Output.json(list.workers) }
        if list.workers.isEmpty { return print("no live workers") }
        for w in list.workers {
            let state = !w.reachable ? "unreachable" : w.draining ? "draining" : "serving"
            print("\(w.id)  \(w.host)  \(state)  slots \(w.busy)/\(w.slots) busy  jobs \(w.jobsDone)  \(w.languages.joined(separator: ","))")
        }
    }
}

/// `clonecode languages`
struct Languages: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the languages: compiler or runtime, flags, and how many live workers judge each.")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        // The toolchains are this release's runner image; the workers are asked (when the API answers).
        var judging: [String: Int]?
        if let client = try? await options.connect() {
            defer { client.close() }
            if let list = try? await client.call(Method.Fleet.listWorkers, Empty()) {
                judging = [:]
                for worker in list.workers where worker.reachable {
                    for name in worker.languages { judging?[name, default: 0] += 1 }
                }
            }
        }
        let rows = Language.supported.compactMap { language in LanguageRuntime.all[language].map { (language, $0) } }
        if options.json {
            return Output.json(rows.map { language, runtime in
                LanguageJSON(language: language.rawValue, name: language.displayName, toolchain: runtime.toolchain,
                             compile: runtime.compile?.joined(separator: " ") ?? "", run: runtime.run.joined(separator: " "),
                             workers: judging?[language.rawValue] ?? (judging == nil ? nil : 0))
            })
        }
        for (language, runtime) in rows {
            let workers = judging.map { "  \($0[language.rawValue] ?? 0) workers" } ?? ""
            print("\(language.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(language.displayName.padding(toLength: 11, withPad: " ", startingAt: 0))\(runtime.toolchain)\(workers)")
        }
        if judging == nil { Output.error("(the API did not answer: live workers not counted)") }
    }
}

/// One row of `clonecode languages --json`.
struct LanguageJSON: Encodable {
    var language, name, toolchain, compile, run: String
    /// Live workers judging it; null when the API did not answer.
    var workers: Int?
}

/// `clonecode stats`
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the job queue's figures.")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        let stats = try await options.call(Method.Fleet.queueStats, Empty())
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
