import Foundation
public import Model
public import SandboxProtocol

/// Turns a run into the runner's job: the source, the tests' inputs (never their expected
/// outputs), and the commands with their limits.
public struct JobBuilder: Sendable {
    public let runtime: LanguageRuntime

    public init(runtime: LanguageRuntime) { self.runtime = runtime }

    /// The per-test time limit for this language.
    public func timeLimitMs(_ question: Question) -> Int { Int(Double(question.timeLimitMs) * runtime.timeFactor) }

    /// The memory limit for this language: the question's, plus what its VM needs to start.
    public func memoryLimitKb(_ question: Question) -> Int { (question.memoryLimitMb + runtime.memoryExtraMb) * 1024 }

    /// The per-run time limit of a program question: the question's, scaled, plus the time the
    /// language's interpreter or VM takes to start.
    public func programLimitMs(_ question: Question) -> Int { timeLimitMs(question) + runtime.program.launchMs }

    /// The job of a solution. `testsKey` names `inputs` (the question's stored tests, by their
    /// identifier): tests.json then goes to the runner once, to be kept for later jobs.
    public func job(source: String, question: Question, inputs: [String], testsKey: String? = nil) -> RunnerJob {
        guard let signature = question.signature else { return programJob(source: source, question: question, inputs: inputs) }
        let perTest = timeLimitMs(question)
        // The inputs are JSON already: they are spliced in as they are, not re-encoded.
        let head = String(decoding: (try? JSONSerialization.data(withJSONObject: Self.header(signature), options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
        let testsJSON = Array(head.dropLast().utf8) + Array(",\"inputs\":[".utf8) + Array(inputs.joined(separator: ",").utf8) + Array("]}".utf8)
        // The whole run's budget: the start, then all tests together as long as `budgetTests` tests
        // at the limit; each test at most its limit and a second once the first has answered.
        let wall = min(runtime.startupMs + perTest * min(max(1, inputs.count), Self.budgetTests), 60_000)
        let limits = RunnerLimits(
            cpuMs: UInt32(wall), wallMs: UInt32(wall), idleMs: UInt32(runtime.startupMs + perTest),
            outputBytes: 32 << 20, processes: 64, fileBytes: 16 << 20, memoryBytes: 0, stackBytes: runtime.stackBytes,
            nextIdleMs: UInt32(perTest + Self.graceMs))
        let program = runtime.files(solution: source, signature: signature).map { RunnerFile(path: $0.name, content: Array($0.text.utf8)) }
        return RunnerJob(
            id: 0,
            files: program + [RunnerFile(path: "tests.json", content: testsJSON, key: testsKey.map { "\($0)/\(FNV1a.digest(head))" } ?? "", data: true)],
            compile: runtime.compile.map { RunnerStep(argv: $0, limits: Self.compileLimits, server: runtime.compileServer ?? []) },
            run: RunnerStep(argv: runtime.run, limits: limits, standby: runtime.standby ?? []))
    }

    /// What tests.json says of the signature, for drivers that read it (docs/QUESTIONS.md): the
    /// function, its parameters' and return types, the judged parameter (`inplace`, `prefix`) and the
    /// builder; or the class, its constructor's parameter types and its methods.
    static func header(_ signature: Signature) -> [String: Any] {
        if signature.isDesign {
            return [
                "class": signature.className,
                "params": signature.params.map(\.type),
                "methods": Dictionary(signature.methods.map { ($0.name, ["params": $0.params.map(\.type), "returns": $0.returnType] as [String: Any]) },
                                      uniquingKeysWith: { first, _ in first }),
            ]
        }
        var header: [String: Any] = [
            "function": signature.functionName,
            "params": signature.params.map(\.type),
            "returns": signature.returnType,
        ]
        if let index = signature.outputIndex { header[signature.inPlace.isEmpty ? "prefix" : "inplace"] = index }
        if !signature.build.isEmpty { header["build"] = signature.build }
        return header
    }

    /// A program question's job: the source as the language's program file, compiled if the
    /// language compiles, then run once per test with the test's input on standard input.
    func programJob(source: String, question: Question, inputs: [String]) -> RunnerJob {
        let limit = UInt32(programLimitMs(question))
        let limits = RunnerLimits(cpuMs: limit, wallMs: limit, outputBytes: 32 << 20, processes: 64, fileBytes: 16 << 20,
                                  memoryBytes: 0, stackBytes: runtime.stackBytes)
        let program = runtime.program
        return RunnerJob(
            id: 0, files: [RunnerFile(path: program.file, content: Array(source.utf8))],
            compile: program.compile.map { RunnerStep(argv: $0, limits: Self.compileLimits, server: runtime.compileServer ?? []) },
            run: RunnerStep(argv: program.run, limits: limits), inputs: inputs.map { Array($0.utf8) })
    }

    /// All of a run's tests together may take as long as this many tests at the question's limit
    /// (as LeetCode's limit is for the whole run): a slow solution cannot hold a core for 32 times
    /// the limit. The bank's slowest accepted solutions take 0.2 to 0.5 s for all their tests
    /// (Python, Scala, Kotlin, Ruby) against limits of 1 to 4 s per test.
    static let budgetTests = 3

    /// How far past a test's limit a program may go before it is stopped, once it has answered a
    /// test (the first test's allowance also covers starting the interpreter or VM).
    static let graceMs = 1000

    /// Compilers get their own, larger allowance; a compile that loops or floods is stopped too.
    static let compileLimits = RunnerLimits(cpuMs: 30_000, wallMs: 30_000, outputBytes: 1 << 20, processes: 64,
                                            fileBytes: 256 << 20, memoryBytes: 0, stackBytes: 0)

    /// How long to wait for the runner's answer before giving the container up.
    public func answerTimeout(_ job: RunnerJob) -> Duration {
        let running = Int(job.run.limits.wallMs) * max(1, job.inputs.count)
        return .milliseconds(running + (job.compile == nil ? 0 : Int(Self.compileLimits.wallMs)) + 15_000)
    }
}
