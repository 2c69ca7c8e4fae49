import ArgumentParser
import Bank
import Foundation
import Judge
import Model

/// `clonecode admin render`: the files a worker would give the sandbox for a solution of a question
/// on disk, for trying a question or a language's driver without the fleet (scripts/try-solution).
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the sandbox job a worker makes for a solution of a question folder (for scripts/try-solution).")
    @Option(help: "The solution's language, as LeetCode names it (python3, cpp, ...).") var language: String
    @Option(help: "The folder of languages (default: the one this program belongs to).") var runtime: String?
    @Option(help: "The folder to write the job's files and job.json into.") var into: String?
    @Flag(help: "Print the question's code stub in the language instead.") var stub = false
    @Argument(help: "The question's folder (question.yaml and tests.json).") var question: String
    @Argument(help: "The solution's file.") var solution: String?

    func run() throws {
        let entry: QuestionBank.Entry
        do { entry = try QuestionBank.loadQuestion("\(question)/question.yaml") } catch { throw CLIError("\(error)") }
        guard let directory = runtime ?? LanguageCatalog.locate() else { throw CLIError("no runtime folder") }
        let declaration: LanguageDeclaration
        do { declaration = try LanguageCatalog.declaration(of: Language(id: language), in: directory) } catch { throw CLIError("\(error)") }
        if entry.question.unavailable.contains(declaration.language) {
            throw CLIError("question '\(entry.question.slug)' is not offered in \(language), as on LeetCode")
        }
        if stub { return print(Stub.make(entry.question.signature, declaration), terminator: "") }
        guard let solution, let into else { throw CLIError("give the solution's file and --into, or --stub") }
        guard let source = try? String(contentsOfFile: solution, encoding: .utf8) else { throw CLIError("cannot read \(solution)") }
        let builder = JobBuilder(runtime: LanguageRuntime(declaration))
        let job = builder.job(source: source, question: entry.question, inputs: entry.tests.map(\.input))
        try FileManager.default.createDirectory(atPath: into, withIntermediateDirectories: true)
        for file in job.files {
            try Data(file.content).write(to: URL(fileURLWithPath: "\(into)/\(file.path)"))
        }
        let description: [String: Any] = [
            "compile": job.compile?.argv ?? [],
            "run": job.run.argv,
            "program": entry.question.isProgram,
            "compare": entry.question.compare.rawValue,
            "tolerance": entry.question.tolerance,
            "time_limit_ms": builder.timeLimitMs(entry.question),
            "tests": entry.tests.map { ["input": $0.input, "expected": $0.expected] },
        ]
        try JSONSerialization.data(withJSONObject: description, options: [.sortedKeys, .prettyPrinted])
            .write(to: URL(fileURLWithPath: "\(into)/job.json"))
    }
}
