import ArgumentParser
import Foundation
import RPC

/// `clonecode`: the CloneCode command-line client.
@main
struct CloneCode: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clonecode",
        abstract: "Browse CloneCode's questions, submit solutions and follow their runs.",
        discussion: """
            Exit status: 0 when the call succeeded (for submit and run: the verdict is Accepted), \
            1 for any other verdict, 2 for usage, connection and server errors.
            """,
        subcommands: [
            Questions.self, QuestionCommand.self, Submit.self, TryRun.self, Status.self, Watch.self, Workers.self,
            Languages.self, Stats.self, SignUp.self, Login.self, Logout.self, WhoAmI.self, ChangePassword.self, Tokens.self,
            Submissions.self, ProfileCommand.self, Admin.self, Bench.self,
        ])

    /// Parses and runs a subcommand; every failure exits 2 with its message on stderr.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as RPCError {
            FileHandle.standardError.write(Data("error: \(error.code): \(error.message)\n".utf8))
            if error.code == .unauthenticated { FileHandle.standardError.write(Data("(sign in with: clonecode login NAME)\n".utf8)) }
            Foundation.exit(2)
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// A failure of the client itself (a file it cannot read, a language it cannot infer).
struct CLIError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
