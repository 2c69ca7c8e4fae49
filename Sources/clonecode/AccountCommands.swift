import ArgumentParser
import Foundation
import RPC
import Wire

/// Where a password comes from: a prompt without echo, a file, or standard input (for scripts).
struct PasswordOptions: ParsableArguments {
    @Option(help: "Read the password from the first line of this file.") var passwordFile: String?
    @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

    func read(prompt: String = "Password: ", confirm: Bool = false) throws -> String {
        if let passwordFile {
            guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else { throw CLIError("cannot read \(passwordFile)") }
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        if passwordStdin {
            guard let line = readLine(strippingNewline: true) else { throw CLIError("no password on standard input") }
            return line
        }
        let first = try Self.prompt(prompt)
        if confirm, try Self.prompt("Again: ") != first { throw CLIError("the two passwords differ") }
        return first
    }

    /// Asks on the terminal with echo off.
    static func prompt(_ text: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CLIError("no terminal to ask for the password: use --password-file or --password-stdin")
        }
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}

/// `clonecode signup` and `clonecode login` share this.
private func signIn(_ method: UnaryMethod<Credentials, Session>, username: String, password: String, options: ServerOptions) async throws {
    let client = try await options.connect(signedIn: false)
    defer { client.close() }
    let session = try await client.call(method, Credentials(username: username, password: password))
    try options.session.write(session.token)
    if options.json { return Output.json(session.account ?? Account()) }
    print("signed in as \(session.account?.username ?? username) (session kept in \(options.session.path))")
}

/// `clonecode signup`
struct SignUp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "signup", abstract: "Make an account and sign in.")
    @OptionGroup var options: ServerOptions
    @OptionGroup var password: PasswordOptions
    @Argument(help: "3 to 32 of a-z 0-9 _ -, starting with a letter.") var username: String

    func run() async throws {
        try await signIn(Method.Accounts.signUp, username: username, password: password.read(confirm: true), options: options)
    }
}

/// `clonecode login`
struct Login: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sign in; the session is kept for the next commands.")
    @OptionGroup var options: ServerOptions
    @OptionGroup var password: PasswordOptions
    @Argument(help: "Your username.") var username: String

    func run() async throws {
        try await signIn(Method.Accounts.signIn, username: username, password: password.read(), options: options)
    }
}

/// `clonecode logout`
struct Logout: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sign out: end this session (or every one) and forget it.")
    @OptionGroup var options: ServerOptions
    @Flag(help: "End every session of the account, on every device.") var everywhere = false

    func run() async throws {
        guard !options.session.read().isEmpty else { throw CLIError("not signed in") }
        defer { options.session.remove() }
        do {
            _ = try await options.call(Method.Accounts.signOut, SignOutRequest(everywhere: everywhere))
        } catch let error as RPCError where error.code == .unauthenticated {
            // The session had already ended: forgetting it is all there is to do.
        }
        if !options.json { print(everywhere ? "signed out everywhere" : "signed out") }
    }
}

/// `clonecode whoami`
struct WhoAmI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "whoami", abstract: "Show who you are signed in as.")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        let account = try await options.call(Method.Accounts.whoAmI, Empty())
        if options.json { return Output.json(account) }
        if account.username.isEmpty {
            print("not signed in; an operator of this server (the Unix socket's root or service user, or the admin token)")
        } else {
            print("\(account.username) (\(account.role == .admin ? "admin" : "user"))")
        }
    }
}

/// `clonecode passwd`
struct ChangePassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd", abstract: "Change your password; your other sessions end.")
    @OptionGroup var options: ServerOptions
    @Option(help: "Read the current password from this file.") var oldPasswordFile: String?
    @Option(help: "Read the new password from this file.") var newPasswordFile: String?

    func run() async throws {
        let old = try PasswordOptions(passwordFile: oldPasswordFile).read(prompt: "Current password: ")
        let new = try PasswordOptions(passwordFile: newPasswordFile).read(prompt: "New password: ", confirm: true)
        let session = try await options.call(Method.Accounts.changePassword, ChangePasswordRequest(oldPassword: old, newPassword: new))
        try options.session.write(session.token)
        if !options.json { print("password changed; other sessions ended") }
    }
}

extension PasswordOptions {
    init(passwordFile: String?) {
        self.init()
        self.passwordFile = passwordFile
    }
}

/// `clonecode tokens create|list|revoke`
struct Tokens: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Personal tokens for scripts (put one in a file and pass --session-file), and your sessions.",
        subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a token; it is shown once.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "What it is for.") var name: String
        @Option(help: "Days it lasts, 1 to 365.") var days: UInt32 = 90

        func run() async throws {
            let made = try await options.call(Method.Accounts.createToken, CreateTokenRequest(name: name, days: days))
            if options.json { return Output.json(made) }
            print(made.token)
            Output.error("token \(made.info?.id ?? "") made; it is shown only now")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List your sessions and personal tokens (never the tokens themselves).")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            let list = try await options.call(Method.Accounts.listTokens, Empty())
            if options.json { return Output.json(list.tokens) }
            for token in list.tokens {
                let what = token.kind == "session" ? "session since \(Output.date(token.createdAtMs))" : "token '\(token.name)'"
                print("\(token.id)  \(what)  expires \(Output.date(token.expiresAtMs))\(token.current ? "  (this one)" : "")")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End a personal token or a session (on another device).")
        @OptionGroup var options: ServerOptions
        @Argument(help: "The token's id, from `clonecode tokens list`.") var id: String

        func run() async throws {
            _ = try await options.call(Method.Accounts.revokeToken, RevokeTokenRequest(id: id))
            if !options.json { print("token \(id) revoked") }
        }
    }
}

/// `clonecode submissions`
struct Submissions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List your runs, newest first.")
    @OptionGroup var options: ServerOptions
    @Option(help: "Only runs of this question.") var question: String?
    @Option(help: "How many, 1 to 200.") var limit: Int = 20
    @Option(help: "Skip this many of the newest first.") var offset: Int = 0
    @Flag(help: "Admins: every run of --question, whoever made it.") var everyone = false

    func run() async throws {
        let list = try await options.call(Method.Judge.listRuns, ListRunsRequest(slug: question ?? "", limit: limit, offset: offset,
                                                                                 everyone: everyone))
        if options.json { return Output.json(list) }
        for run in list.runs {
            let verdict = run.status == .finished ? run.verdict?.rawValue ?? "" : Output.progress(run)
            let figures = run.status == .finished && run.verdict == .accepted ? "\(run.runtimeMs) ms  \(run.memoryKb / 1024) MB" : ""
            print("\(Output.date(run.createdAtMs))  \(run.question)  \(run.language.rawValue)  \(run.mode == .try ? "run" : "submit")  "
                  + "\(verdict)  \(figures)  \(run.runID)")
        }
        if list.more { Output.error("more: --offset \(offset + list.runs.count)") }
    }
}

/// `clonecode profile [USERNAME]`
struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "profile", abstract: "Show a profile: solved questions, languages, acceptance.")
    @OptionGroup var options: ServerOptions
    @Argument(help: "Whose (default: yours).") var username: String?

    func run() async throws {
        let profile = try await options.call(Method.Accounts.getProfile, GetProfileRequest(username: username ?? ""))
        if options.json { return Output.json(profile) }
        print(profile.account?.username ?? "")
        print("solved: " + profile.solved.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
        let rate = profile.submitted > 0 ? String(format: "%.1f%%", Double(profile.accepted) * 100 / Double(profile.submitted)) : "-"
        print("submissions: \(profile.submitted), accepted \(profile.accepted) (\(rate)); attempted, not solved: \(profile.attempted)")
        if !profile.languages.isEmpty { print("languages: " + profile.languages.map { "\($0.name) \($0.count)" }.joined(separator: ", ")) }
    }
}

/// `clonecode admin account USERNAME`
struct AdminAccount: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Change an account: make it an admin or a user, disable or enable it.")
    @OptionGroup var options: AdminOptions
    @Argument(help: "The account's username.") var username: String
    @Option(help: "admin or user.") var role: String?
    @Flag(help: "Disable the account: its sessions and tokens end, it cannot sign in.") var disable = false
    @Flag(help: "Enable a disabled account.") var enable = false

    func run() async throws {
        let wanted: Role
        switch role {
        case nil: wanted = .unspecified
        case "admin": wanted = .admin
        case "user": wanted = .user
        default: throw CLIError("--role must be admin or user")
        }
        guard !(disable && enable) else { throw CLIError("--disable or --enable, not both") }
        let client = try await options.connect()
        defer { client.close() }
        let account = try await client.call(Method.Accounts.update, UpdateAccountRequest(username: username, role: wanted,
                                                                                       setDisabled: disable || enable, disabled: disable))
        if options.server.json { return Output.json(account) }
        print("\(account.username): \(account.role == .admin ? "admin" : "user")\(account.disabled ? ", disabled" : "")")
    }
}
