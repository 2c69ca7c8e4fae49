import ArgumentParser
import Bank
import Foundation
import Model
import RPC
import Wire

/// `clonecode admin ...`: change the question bank.
struct Admin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Change the question bank and accounts (root or the service user on the Unix socket; the admin token over TCP; "
            + "or an admin's session).",
        subcommands: [PutQuestion.self, Load.self, DeleteQuestion.self, Render.self, AdminAccount.self])
}

/// Options of admin commands.
struct AdminOptions: ParsableArguments {
    @OptionGroup var server: ServerOptions
    @Option(help: "A file holding the admin token, needed over TCP (default: $CLONECODE_ADMIN_TOKEN_FILE).") var adminTokenFile: String?

    func connect() async throws -> RPCClient {
        let path = adminTokenFile ?? ProcessInfo.processInfo.environment["CLONECODE_ADMIN_TOKEN_FILE"]
        return try await server.connect(token: try path.map(readSecret))
    }
}

func put(_ entry: QuestionBank.Entry, client: RPCClient) async throws -> String {
    let response = try await client.call(Method.Questions.put, PutQuestionRequest(question: entry.question, tests: entry.tests, reference: entry.reference, checker: entry.checker))
    return switch response.change {
    case .created: "created"
    case .updated: "updated"
    case .unchanged, .unspecified: "unchanged"
    }
}

struct PutQuestion: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "put-question", abstract: "Create or replace one question from its question.yaml.")
    @OptionGroup var options: AdminOptions
    @Argument(help: "A question.yaml (its tests.json beside it).") var file: String

    func run() async throws {
        let entry: QuestionBank.Entry
        do { entry = try QuestionBank.loadQuestion(file) } catch { throw CLIError("\(error)") }
        let client = try await options.connect()
        defer { client.close() }
        let change = try await put(entry, client: client)
        if options.server.json { Output.json([entry.question.slug: change]) } else { print("\(change) \(entry.question.slug)") }
    }
}

struct Load: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load every question below a folder (idempotent: loading twice changes nothing).")
    @OptionGroup var options: AdminOptions
    @Argument(help: "The bank's folder, e.g. questions/.") var directory: String

    func run() async throws {
        let entries: [QuestionBank.Entry]
        do { entries = try QuestionBank.load(directory: directory) } catch { throw CLIError("\(error)") }
        let client = try await options.connect()
        defer { client.close() }
        var changes: [String: String] = [:]
        for entry in entries {
            let change = try await put(entry, client: client)
            changes[entry.question.slug] = change
            if !options.server.json { print("\(change) \(entry.question.slug)") }
        }
        if options.server.json { Output.json(changes) }
    }
}

struct DeleteQuestion: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete-question", abstract: "Delete a question and its tests.")
    @OptionGroup var options: AdminOptions
    @Argument(help: "The question's slug.") var slug: String

    func run() async throws {
        let client = try await options.connect()
        defer { client.close() }
        _ = try await client.call(Method.Questions.delete, DeleteQuestionRequest(slug: slug))
        if options.server.json { Output.json(["deleted": slug]) } else { print("deleted \(slug)") }
    }
}
