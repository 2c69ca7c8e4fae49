import ArgumentParser
import Foundation
import Model
import RPC
import Wire

/// `clonecode submit SLUG FILE`
struct Submit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Submit a solution and wait for its verdict.")

    @OptionGroup var options: ServerOptions
    @Argument(help: "The question's slug.") var slug: String
    @Argument(help: "The source file; its extension names the language unless --language does.") var file: String
    @Option(help: "The language, as LeetCode names it (python3, cpp, java, ...).") var language: String?
    @Flag(help: "Print the run id and return without waiting.") var noWait = false
    @Option(help: ArgumentHelp(
        "The submission's request id (default: a new UUID). Sent again with the same id, the submission queues nothing new and answers the first run's id, for a day."))
    var requestId: String?

    func run() async throws {
        try await SubmitFlow(options: options, slug: slug, file: file, language: language, noWait: noWait,
                             mode: .submit, customInput: "", requestID: requestId).run()
    }
}

/// `clonecode run SLUG FILE` (LeetCode's "Run")
struct TryRun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a solution on the examples or on your own input, without the hidden tests.")

    @OptionGroup var options: ServerOptions
    @Argument(help: "The question's slug.") var slug: String
    @Argument(help: "The source file.") var file: String
    @Option(help: "The language (default: from the file's extension).") var language: String?
    @Option(help: ArgumentHelp(
        "A file with one JSON array of arguments per line, e.g. [[2,7,11,15],9]; for a program question, a file given whole as standard input (repeat for more inputs)."))
    var input: [String] = []

    func run() async throws {
        guard !input.isEmpty else {
            return try await SubmitFlow(options: options, slug: slug, file: file, language: language, noWait: false,
                                        mode: .try, customInput: "").run()
        }
        let texts = try input.map { path in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError("cannot read \(path)") }
            return text
        }
        // One connection: the question's kind tells how the inputs are sent, then the run goes on it.
        let client = try await options.connect()
        defer { client.close() }
        let detail = try await client.call(Method.Questions.get, GetQuestionRequest(slug: slug))
        let custom = detail.question.isProgram ? CustomInput.standardInputs(texts) : CustomInput.argumentLines(texts.joined(separator: "\n"))
        try await SubmitFlow(options: options, slug: slug, file: file, language: language, noWait: false,
                             mode: .try, customInput: custom).run(on: client)
    }
}

/// What submit and run share: read the file, submit, follow the run, print, exit by verdict.
struct SubmitFlow {
    let options: ServerOptions
    let slug: String
    let file: String
    let language: String?
    let noWait: Bool
    let mode: RunMode
    let customInput: String
    var requestID: String?

    /// Submits on `client`, or on a connection of its own when none is given.
    func run(on client: RPCClient? = nil) async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
        guard let source = String(data: data, encoding: .utf8) else { throw CLIError("\(file) is not UTF-8 text") }
        guard let languageName = language ?? Language(fileName: file)?.rawValue else {
            throw CLIError("cannot tell the language of \(file) from its extension: pass --language")
        }
        let request = SubmitRequest(slug: slug, language: languageName, source: source, mode: mode, customInput: customInput,
                                    requestID: requestID ?? UUID().uuidString.lowercased())
        var owned: [RPCClient] = []
        defer { owned.forEach { $0.close() } }
        let (response, client) = try await Self.submit(request, on: client, options: options) { owned.append($0) }
        if noWait {
            if options.json { Output.json(["run_id": response.runID, "status": RunStatus.queued.rawValue]) } else { print(response.runID) }
            return
        }
        let run = try await follow(response.runID, client: client, options: options)
        try finish(run, options: options)
    }

    /// Sends `request` on `given` (or a new connection), and again on a new connection when the
    /// connection fails or the API is unavailable: up to 5 tries over about 3 s. The request id makes
    /// a repeat harmless: a request the API had taken answers the same run. `opened` gets each
    /// connection made here, for the caller to close.
    static func submit(_ request: SubmitRequest, on given: RPCClient?, options: ServerOptions,
                       opened: (RPCClient) -> Void) async throws -> (SubmitResponse, RPCClient) {
        var client = given
        var attempt = 0
        while true {
            do {
                let current: RPCClient
                if let client { current = client } else {
                    current = try await options.connect()
                    opened(current)
                }
                return (try await current.call(Method.Judge.submit, request), current)
            } catch let error as RPCError where error.code == .unavailable && attempt < 4 {
                client = nil
                try await Task.sleep(for: .milliseconds(200 << attempt))
                attempt += 1
            }
        }
    }
}

/// Watches a run until it is finished, showing progress on stderr when it is a terminal.
func follow(_ runID: String, client: RPCClient, options: ServerOptions) async throws -> Run {
    let showProgress = !options.json && isatty(2) == 1
    var last: Run?
    for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) {
        if showProgress && run.status != .finished { Output.error(Output.progress(run)) }
        last = run
    }
    guard let last, last.status == .finished else { throw RPCError(.unavailable, "the watch ended before the run finished") }
    return last
}

/// Prints a run and exits 1 unless it was accepted (or is not finished).
func finish(_ run: Run, options: ServerOptions) throws {
    if options.json { Output.json(run) } else { print(Output.text(run, full: options.full)) }
    if run.status == .finished && run.verdict != .accepted { throw ExitCode(1) }
}

/// `clonecode status RUN_ID`
struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a run.")
    @OptionGroup var options: ServerOptions
    @Argument(help: "The run id.") var runID: String

    func run() async throws {
        try finish(try await options.call(Method.Judge.getRun, GetRunRequest(runID: runID)), options: options)
    }
}

/// `clonecode watch RUN_ID`
struct Watch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Follow a run until it is finished.")
    @OptionGroup var options: ServerOptions
    @Argument(help: "The run id.") var runID: String

    func run() async throws {
        let client = try await options.connect()
        defer { client.close() }
        var last: Run?
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) {
            if run.status != .finished {
                if options.json { Output.json(run) } else { print(Output.progress(run)) }
            }
            last = run
        }
        guard let last else { throw RPCError(.unavailable, "the watch ended without news of the run") }
        try finish(last, options: options)
    }
}
