import Foundation
import Model
import RPC
import Secrets
import Store
import Wire

/// The Accounts service: sign up, sign in and out, passwords, personal tokens, profiles; admins
/// change roles and disable accounts.
struct AccountService: Sendable {
    let accounts: AccountStore
    let questions: QuestionStore
    let auth: Authenticator

    /// How long a session lasts.
    static let sessionLife: Duration = .seconds(30 * 86_400)
    /// Failed sign-ins allowed in `failureWindow`, per account and per client address.
    static let failuresPerAccount = 5
    static let failuresPerAddress = 20
    static let failureWindow: Duration = .seconds(15 * 60)
    /// Accounts one address may make in an hour.
    static let signUpsPerAddress = 10

    func register(in router: inout RPCRouter) {
        router.unary(Method.Accounts.signUp) { (request: Credentials, context) in try await signUp(request, context) }
        router.unary(Method.Accounts.signIn) { (request: Credentials, context) in try await signIn(request, context) }
        router.unary(Method.Accounts.signOut) { (request: SignOutRequest, context) in
            let person = try await auth.person(context, to: "sign out")
            if request.everywhere {
                try await withStore("MetadataDB") { try await accounts.revokeAll(of: person.username, kind: "session") }
            } else {
                try await withStore("MetadataDB") { try await accounts.revoke(person.tokenDigest, of: person.username) }
            }
            context.logger.info("signed out", metadata: ["account": "\(person.username)", "everywhere": "\(request.everywhere)"])
            return Empty()
        }
        router.unary(Method.Accounts.whoAmI) { (_: Empty, context) in
            switch try await auth.caller(context) {
            case .person(let person): return try await account(person.username)
            case .operator: return Account(username: "", role: .admin)
            case .nobody: throw RPCError(.unauthenticated, "not signed in")
            }
        }
        router.unary(Method.Accounts.changePassword) { (request: ChangePasswordRequest, context) in
            try await changePassword(request, context)
        }
        router.unary(Method.Accounts.createToken) { (request: CreateTokenRequest, context) in try await createToken(request, context) }
        router.unary(Method.Accounts.listTokens) { (_: Empty, context) in
            let person = try await auth.person(context, to: "list your sessions and tokens")
            let found = try await withStore("MetadataDB") { try await accounts.tokens(of: person.username, kind: nil, nowMs: Self.now) }
            return ListTokensResponse(tokens: found.map { Self.info($0, current: $0.digest == person.tokenDigest) })
        }
        router.unary(Method.Accounts.revokeToken) { (request: RevokeTokenRequest, context) in
            let person = try await auth.person(context, to: "end a session or token")
            let found = try await withStore("MetadataDB") { try await accounts.tokens(of: person.username, kind: nil, nowMs: Self.now) }
            guard request.id.count >= 8, let token = found.first(where: { Self.id(of: $0) == request.id }) else {
                throw RPCError.notFound("you have no session or token '\(request.id.prefix(40))'")
            }
            try await withStore("MetadataDB") { try await accounts.revoke(token.digest, of: person.username) }
            context.logger.info("token revoked", metadata: ["account": "\(person.username)", "token": "\(request.id)"])
            return Empty()
        }
        router.unary(Method.Accounts.getProfile) { (request: GetProfileRequest, context) in try await profile(request, context) }
        router.unary(Method.Accounts.update) { (request: UpdateAccountRequest, context) in try await update(request, context) }
    }

    static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// 3 to 32 of a-z 0-9 _ -, starting with a letter: safe in a URL, a Redis key and a page.
    static func checkUsername(_ name: String) throws {
        let bytes = Array(name.utf8)
        guard (3...32).contains(bytes.count), let first = bytes.first, first >= 0x61 && first <= 0x7A,
              bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D })
        else {
            throw RPCError.invalidArgument("a username is 3 to 32 of a-z 0-9 _ -, starting with a letter")
        }
    }

    static func checkPassword(_ password: String) throws {
        guard (8...256).contains(password.utf8.count) else {
            throw RPCError.invalidArgument("a password is 8 to 256 bytes long")
        }
    }

    /// Where a call comes from, for per-address limits: the gateway's visitor, or the peer.
    static func address(_ context: CallContext) -> String {
        if context.relayed { return context.clientAddress.isEmpty ? "web" : context.clientAddress }
        switch context.peer {
        case .unix(let uid, _, _): return "unix-uid-\(uid)"
        case .tcp(let address):
            // "host:port" or "[v6]:port": the host.
            guard let colon = address.lastIndex(of: ":") else { return address }
            return String(address[..<colon])
        }
    }

    func account(_ username: String) async throws -> Account {
        guard let record = try await withStore("MetadataDB", { try await accounts.account(username) }) else {
            throw RPCError.notFound("no account '\(username)'")
        }
        return Self.account(record)
    }

    static func account(_ record: AccountStore.Record) -> Account {
        Account(username: record.username, role: record.role == "admin" ? .admin : .user, createdAtMs: record.createdAtMs,
                disabled: record.disabled)
    }

    func signUp(_ request: Credentials, _ context: CallContext) async throws -> Session {
        try Self.checkUsername(request.username)
        try Self.checkPassword(request.password)
        let address = Self.address(context)
        let made = try await withStore("MetadataDB") { try await accounts.counts([Keys.signUps(address: address)]) }
        if let (count, left) = made.first, count >= Self.signUpsPerAddress {
            throw RPCError(.resourceExhausted, "too many accounts made from your address; try again in \(JudgeService.seconds(left)) s",
                           retryAfter: left)
        }
        let hash = try await PasswordHash.make(request.password)
        let record = AccountStore.Record(username: request.username, passwordHash: hash.encoded, role: "user", createdAtMs: Self.now)
        guard try await withStore("MetadataDB", { try await accounts.create(record) }) else {
            throw RPCError(.alreadyExists, "the username '\(request.username)' is taken")
        }
        try await withStore("MetadataDB") { try await accounts.count(Keys.signUps(address: address), window: .seconds(3600)) }
        context.logger.info("account made", metadata: ["account": "\(request.username)"])
        return try await newSession(for: record)
    }

    func signIn(_ request: Credentials, _ context: CallContext) async throws -> Session {
        try Self.checkUsername(request.username)
        let address = Self.address(context)
        let keys = [Keys.signInFailures(account: request.username), Keys.signInFailures(address: address)]
        let failures = try await withStore("MetadataDB") { try await accounts.counts(keys) }
        for ((count, left), limit) in zip(failures, [Self.failuresPerAccount, Self.failuresPerAddress]) where count >= limit {
            context.logger.warning("sign-in throttled", metadata: ["account": "\(request.username)", "address": "\(address)"])
            throw RPCError(.resourceExhausted, "too many failed sign-ins; try again in \(JudgeService.seconds(left)) s", retryAfter: left)
        }
        let record = try await withStore("MetadataDB") { try await accounts.account(request.username) }
        // An unknown name costs the same check as a wrong password, so that the time taken does not
        // tell which names exist.
        let stored = record.map { PasswordHash(encoded: $0.passwordHash) } ?? Self.unknownAccountHash
        let right = await stored.check(request.password)
        guard right, let record else {
            for key in keys {
                try await withStore("MetadataDB") { try await accounts.count(key, window: Self.failureWindow) }
            }
            context.logger.notice("sign-in refused", metadata: ["account": "\(request.username)", "address": "\(address)"])
            throw RPCError(.unauthenticated, "wrong username or password")
        }
        guard !record.disabled else {
            throw RPCError(.permissionDenied, "the account '\(record.username)' is disabled")
        }
        try await withStore("MetadataDB") { try await accounts.reset(keys[0]) }
        context.logger.info("signed in", metadata: ["account": "\(record.username)"])
        return try await newSession(for: record)
    }

    /// A hash no password matches, checked in place of an account that does not exist.
    static let unknownAccountHash = (try? PasswordHash(hashing: (try? SecretToken.make(prefix: "")) ?? "unknown account"))
        ?? PasswordHash(encoded: "")

    func newSession(for record: AccountStore.Record) async throws -> Session {
        let token = try SecretToken.make(prefix: Authenticator.sessionPrefix)
        let now = Self.now
        let expires = now + Int64(Self.sessionLife / .milliseconds(1))
        let stored = AccountStore.TokenRecord(digest: try SecretToken.digest(token), account: record.username, role: record.role,
                                              kind: "session", name: "session", createdAtMs: now, expiresAtMs: expires)
        try await withStore("MetadataDB") { try await accounts.addToken(stored) }
        return Session(token: token, account: Self.account(record), expiresAtMs: expires)
    }

    func changePassword(_ request: ChangePasswordRequest, _ context: CallContext) async throws -> Session {
        let person = try await auth.person(context, to: "change your password")
        guard person.kind == "session" else {
            throw RPCError(.permissionDenied, "a personal token cannot change the password; sign in")
        }
        try Self.checkPassword(request.newPassword)
        guard let record = try await withStore("MetadataDB", { try await accounts.account(person.username) }),
              await PasswordHash(encoded: record.passwordHash).check(request.oldPassword)
        else {
            throw RPCError(.unauthenticated, "the old password is wrong")
        }
        let hash = try await PasswordHash.make(request.newPassword)
        try await withStore("MetadataDB") {
            try await accounts.update(person.username, [("password", hash.encoded)])
            try await accounts.revokeAll(of: person.username, kind: "session")
        }
        context.logger.info("password changed; sessions ended", metadata: ["account": "\(person.username)"])
        return try await newSession(for: record)
    }

    func createToken(_ request: CreateTokenRequest, _ context: CallContext) async throws -> CreatedToken {
        let person = try await auth.person(context, to: "create a token")
        guard person.kind == "session" else {
            throw RPCError(.permissionDenied, "a personal token cannot make another; sign in")
        }
        guard (1...64).contains(request.name.count), !request.name.contains(where: \.isNewline) else {
            throw RPCError.invalidArgument("a token's name is 1 to 64 characters on one line")
        }
        guard request.days <= 365 else { throw RPCError.invalidArgument("a token lasts at most 365 days") }
        let days = request.days == 0 ? 90 : Int64(request.days)
        let token = try SecretToken.make(prefix: Authenticator.personalPrefix)
        let now = Self.now
        let stored = AccountStore.TokenRecord(digest: try SecretToken.digest(token), account: person.username,
                                              role: person.role == .admin ? "admin" : "user", kind: "personal", name: request.name,
                                              createdAtMs: now, expiresAtMs: now + days * 86_400_000)
        try await withStore("MetadataDB") { try await accounts.addToken(stored) }
        context.logger.info("token made", metadata: ["account": "\(person.username)", "token": "\(Self.id(of: stored))"])
        return CreatedToken(token: token, info: Self.info(stored))
    }

    /// A token's public id: the start of its digest (never the token).
    static func id(of token: AccountStore.TokenRecord) -> String { String(token.digest.prefix(12)) }

    static func info(_ token: AccountStore.TokenRecord, current: Bool = false) -> TokenInfo {
        TokenInfo(id: id(of: token), name: token.name, createdAtMs: token.createdAtMs, expiresAtMs: token.expiresAtMs,
                  kind: token.kind, current: current)
    }

    func profile(_ request: GetProfileRequest, _ context: CallContext) async throws -> Profile {
        var username = request.username
        if username.isEmpty {
            username = try await auth.person(context, to: "see your profile").username
        } else {
            try Self.checkUsername(username)
        }
        let account = try await account(username)
        let (progress, stats) = try await withStore("MetadataDB") {
            (try await accounts.progress(of: username), try await accounts.stats(of: username))
        }
        let bank = try await withStore("QuestionsDB") { try await questions.list() }
        var solved: [Difficulty: UInt64] = [:]
        for question in bank where progress[question.slug] == "solved" { solved[question.difficulty, default: 0] += 1 }
        let languages = stats.filter { $0.key.hasPrefix("lang:") }
            .map { Count(name: String($0.key.dropFirst(5)), count: UInt64($0.value) ?? 0) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        return Profile(account: account, solved: Difficulty.allCases.map { Count(name: $0.rawValue, count: solved[$0] ?? 0) },
                       languages: languages, submitted: UInt64(stats["submitted"] ?? "") ?? 0,
                       accepted: UInt64(stats["accepted"] ?? "") ?? 0,
                       attempted: UInt64(progress.values.filter { $0 == "attempted" }.count))
    }

    func update(_ request: UpdateAccountRequest, _ context: CallContext) async throws -> Account {
        try await auth.requireAdmin(context)
        try Self.checkUsername(request.username)
        guard var record = try await withStore("MetadataDB", { try await accounts.account(request.username) }) else {
            throw RPCError.notFound("no account '\(request.username)'")
        }
        var fields: [(String, String)] = []
        if request.role != .unspecified {
            record.role = request.role == .admin ? "admin" : "user"
            fields.append(("role", record.role))
        }
        if request.setDisabled {
            record.disabled = request.disabled
            fields.append(("disabled", request.disabled ? "1" : "0"))
        }
        try await withStore("MetadataDB") {
            try await accounts.update(record.username, fields)
            // Tokens carry the role they were made with; a disabled account keeps none.
            if !fields.isEmpty { try await accounts.revokeAll(of: record.username) }
        }
        context.logger.notice("account changed", metadata: ["account": "\(record.username)", "role": "\(record.role)",
                                                            "disabled": "\(record.disabled)"])
        return Self.account(record)
    }
}
