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

    public func job(source: String, question: Question, inputs: [String]) -> RunnerJob {
        let perTest = timeLimitMs(question)
        // The inputs are JSON already: they are spliced in as they are, not re-encoded.
        let header: [String: Any] = [
            "function": question.signature.functionName,
            "params": question.signature.params.map(\.type),
            "returns": question.signature.returnType,
        ]
        let head = String(decoding: (try? JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
        let testsJSON = Array(head.dropLast().utf8) + Array(",\"inputs\":[".utf8) + Array(inputs.joined(separator: ",").utf8) + Array("]}".utf8)
        let wall = min(runtime.startupMs + perTest * max(1, inputs.count), 60_000)
        let limits = RunnerLimits(
            cpuMs: UInt32(wall), wallMs: UInt32(wall), idleMs: UInt32(runtime.startupMs + perTest),
            outputBytes: 32 << 20, processes: 64, fileBytes: 16 << 20, memoryBytes: 0, stackBytes: 256 << 20)
        let program: [RunnerFile] = switch runtime.layout {
        case .file(let name): [RunnerFile(path: name, content: Array(source.utf8))]
        case .generated(let make): make(source, question.signature).map { RunnerFile(path: $0.name, content: Array($0.text.utf8)) }
        }
        // Compilers get their own, larger allowance; a compile that loops or floods is stopped too.
        let compileLimits = RunnerLimits(cpuMs: 30_000, wallMs: 30_000, outputBytes: 1 << 20, processes: 64,
                                         fileBytes: 256 << 20, memoryBytes: 0, stackBytes: 0)
        return RunnerJob(
            id: 0,
            files: program + [RunnerFile(path: "tests.json", content: testsJSON)],
            compile: runtime.compile.map { RunnerStep(argv: $0, limits: compileLimits) },
            run: RunnerStep(argv: runtime.run, limits: limits))
    }

    /// How long to wait for the runner's answer before giving the container up.
    public func answerTimeout(_ job: RunnerJob) -> Duration {
        .milliseconds(Int(job.run.limits.wallMs) * (job.compile == nil ? 1 : 2) + 15_000)
    }
}
