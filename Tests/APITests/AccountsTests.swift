import Foundation
@testable import API
import Model
import RPC
import Secrets
import Store
import TestSupport
import Testing
import Wire

/// Accounts through the API's router over real Redis: signing up and in, sessions and personal
/// tokens, who may read a run, roles, quotas, and what is never stored.
@Suite struct AccountsTests {
    static let password = "correct horse battery staple"
    static let badName = "a username is 3 to 32 of a-z 0-9 _ -, starting with a letter"
    static let twoSum = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"

    static func signUp(_ api: InProcessAPI, _ name: String, password: String = password) async throws -> String {
        try await api.client.relayed("").call(Method.Accounts.signUp, Credentials(username: name, password: password)).token
    }

    static func submit(_ client: LocalClient, mode: RunMode = .submit) async throws -> String {
        try await client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: twoSum, mode: mode)).runID
    }

    static func code(_ body: () async throws -> some Any) async -> StatusCode? {
        do { _ = try await body(); return nil } catch let error as RPCError { return error.code } catch { return .unknown }
    }

    @Test func signingUpAndInGivesASessionThatSaysWhoYouAre() async throws {
        let api = try await InProcessAPI()
        let session = try await api.client.relayed("").call(Method.Accounts.signUp, Credentials(username: "ada", password: Self.password))
        #expect(session.token.hasPrefix("ccs_") && session.token.count == 47)
        #expect(session.account?.username == "ada" && session.account?.role == .user)
        #expect(session.expiresAtMs > Int64(Date().timeIntervalSince1970 * 1000) + 29 * 86_400_000)
        #expect(try await api.client.signedIn(session.token).call(Method.Accounts.whoAmI, Empty()).username == "ada")
        let again = try await api.client.relayed("").call(Method.Accounts.signIn, Credentials(username: "ada", password: Self.password))
        #expect(again.token != session.token)
        #expect(try await api.client.signedIn(again.token).call(Method.Accounts.whoAmI, Empty()).username == "ada")
        // Taken names, bad names (markup among them) and short passwords are refused with a reason.
        let cases: [(Credentials, StatusCode, String)] = [
            (Credentials(username: "ada", password: Self.password), .alreadyExists, "the username 'ada' is taken"),
            (Credentials(username: "<b>x</b>", password: Self.password), .invalidArgument, Self.badName),
            (Credentials(username: "Ada", password: Self.password), .invalidArgument, Self.badName),
            (Credentials(username: "1ada", password: Self.password), .invalidArgument, Self.badName),
            (Credentials(username: "ab", password: Self.password), .invalidArgument, Self.badName),
            (Credentials(username: "grace", password: "short"), .invalidArgument, "a password is 8 to 256 bytes long"),
        ]
        for (credentials, code, message) in cases {
            await #expect(throws: RPCError(code, message), "\(credentials.username)") {
                try await api.client.relayed("").call(Method.Accounts.signUp, credentials)
            }
        }
        // Nobody signed in: whoami says so; a gateway's visitor without a session is nobody even
        // though the gateway itself is root on the Unix socket.
        await #expect(throws: RPCError(.unauthenticated, "not signed in")) {
            try await api.client.relayed("").call(Method.Accounts.whoAmI, Empty())
        }
        #expect(try await api.client.call(Method.Accounts.whoAmI, Empty()).role == .admin)
    }

    @Test func madeUpRevokedAndExpiredSessionsAreRefused() async throws {
        let api = try await InProcessAPI()
        let first = try await Self.signUp(api, "ada")
        let second = try await api.client.relayed("").call(Method.Accounts.signIn, Credentials(username: "ada", password: Self.password)).token
        let third = try await api.client.relayed("").call(Method.Accounts.signIn, Credentials(username: "ada", password: Self.password)).token
        for madeUp in ["ccs_" + String(repeating: "A", count: 43), "nonsense", String(first.dropLast()) + (first.hasSuffix("A") ? "B" : "A")] {
            #expect(await Self.code { try await api.client.signedIn(madeUp).call(Method.Accounts.whoAmI, Empty()) } == .unauthenticated)
            #expect(await Self.code { try await api.client.relayed(madeUp).call(Method.Questions.list, ListQuestionsRequest()) } == .unauthenticated)
        }
        // Signing out ends that session only; "everywhere" ends the rest.
        _ = try await api.client.signedIn(first).call(Method.Accounts.signOut, SignOutRequest())
        #expect(await Self.code { try await api.client.signedIn(first).call(Method.Accounts.whoAmI, Empty()) } == .unauthenticated)
        #expect(try await api.client.signedIn(second).call(Method.Accounts.whoAmI, Empty()).username == "ada")
        _ = try await api.client.signedIn(second).call(Method.Accounts.signOut, SignOutRequest(everywhere: true))
        for token in [second, third] {
            #expect(await Self.code { try await api.client.signedIn(token).call(Method.Accounts.whoAmI, Empty()) } == .unauthenticated)
        }
        // A session past its expiry is refused even while its record is still in Redis.
        let accounts = AccountStore(redis: api.metadataDB.client)
        let stale = "ccs_" + String(repeating: "x", count: 43)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        try await accounts.addToken(AccountStore.TokenRecord(digest: try SecretToken.digest(stale), account: "ada", role: "user",
                                                             kind: "session", name: "session", createdAtMs: now - 10_000, expiresAtMs: now + 300))
        #expect(try await api.client.signedIn(stale).call(Method.Accounts.whoAmI, Empty()).username == "ada")
        try await Task.sleep(for: .milliseconds(400))
        #expect(await Self.code { try await api.client.signedIn(stale).call(Method.Accounts.whoAmI, Empty()) } == .unauthenticated)
    }

    @Test func repeatedWrongPasswordsAreThrottledPerAccountAndPerAddress() async throws {
        let api = try await InProcessAPI()
        _ = try await Self.signUp(api, "ada")
        for _ in 0..<AccountService.failuresPerAccount {
            await #expect(throws: RPCError(.unauthenticated, "wrong username or password")) {
                try await api.client.relayed("", from: "198.51.100.7").call(Method.Accounts.signIn, Credentials(username: "ada", password: "wrong password"))
            }
        }
        // Now even the right password waits, from any address, and says for how long.
        let error = await #expect(throws: RPCError.self) {
            try await api.client.relayed("", from: "203.0.113.9").call(Method.Accounts.signIn, Credentials(username: "ada", password: Self.password))
        }
        #expect(error?.code == .resourceExhausted && error?.message.contains("too many failed sign-ins; try again in") == true)
        #expect((error?.retryAfter ?? .zero) > .seconds(800))
        // One address guessing many names is stopped too; another address is not.
        for index in 0..<AccountService.failuresPerAddress {
            _ = await Self.code {
                try await api.client.relayed("", from: "198.51.100.8").call(Method.Accounts.signIn, Credentials(username: "user\(index)", password: "wrong password"))
            }
        }
        _ = try await Self.signUp(api, "grace")
        #expect(await Self.code {
            try await api.client.relayed("", from: "198.51.100.8").call(Method.Accounts.signIn, Credentials(username: "grace", password: Self.password))
        } == .resourceExhausted)
        _ = try await api.client.relayed("", from: "198.51.100.9").call(Method.Accounts.signIn, Credentials(username: "grace", password: Self.password))
    }

    @Test func aRunIsItsAuthorsAndAdminsAndNobodyElses() async throws {
        let api = try await InProcessAPI()
        let ada = api.client.signedIn(try await Self.signUp(api, "ada"))
        let grace = api.client.signedIn(try await Self.signUp(api, "grace"))
        let runID = try await Self.submit(ada)
        #expect(try await ada.call(Method.Judge.getRun, GetRunRequest(runID: runID)).author == "ada")
        #expect(try await ada.call(Method.Judge.getSource, GetRunRequest(runID: runID)).source == Self.twoSum)
        // To anyone else the run does not exist: the same answer as for an unknown id.
        let unknown = RunID.make()
        for client in [grace, api.client.relayed(""), api.client.relayed(try await Self.signUp(api, "linus"))] {
            for id in [runID, unknown] {
                await #expect(throws: RPCError(.notFound, "no run '\(id)'")) { try await client.call(Method.Judge.getRun, GetRunRequest(runID: id)) }
                await #expect(throws: RPCError(.notFound, "no run '\(id)'")) { try await client.call(Method.Judge.getSource, GetRunRequest(runID: id)) }
                await #expect(throws: RPCError(.notFound, "no run '\(id)'")) {
                    for try await _ in client.stream(Method.Judge.watchRun, GetRunRequest(runID: id)) {}
                }
            }
        }
        #expect(try await grace.call(Method.Judge.listRuns, ListRunsRequest()).runs.isEmpty)
        #expect(await Self.code { try await grace.call(Method.Judge.listRuns, ListRunsRequest(slug: "two-sum", everyone: true)) } == .permissionDenied)
        // Admins read every run: an operator, and a person made admin.
        #expect(try await api.client.call(Method.Judge.getSource, GetRunRequest(runID: runID)).source == Self.twoSum)
        _ = try await api.client.call(Method.Accounts.update, UpdateAccountRequest(username: "grace", role: .admin))
        // The change of role ended grace's sessions; her new one carries it.
        #expect(await Self.code { try await grace.call(Method.Accounts.whoAmI, Empty()) } == .unauthenticated)
        let admin = api.client.signedIn(try await api.client.relayed("").call(Method.Accounts.signIn,
                                                                               Credentials(username: "grace", password: Self.password)).token)
        #expect(try await admin.call(Method.Judge.getSource, GetRunRequest(runID: runID)).source == Self.twoSum)
        #expect(try await admin.call(Method.Judge.listRuns, ListRunsRequest(slug: "two-sum", everyone: true)).runs.map(\.runID) == [runID])
    }

    @Test func runsMadeWithoutAnAccountStayReadableAndTheirCodeIsForAdmins() async throws {
        let api = try await InProcessAPI()
        let before = try await Self.submit(api.client)  // an operator's run: no author, as every run before accounts
        let ada = api.client.signedIn(try await Self.signUp(api, "ada"))
        #expect(try await ada.call(Method.Judge.getRun, GetRunRequest(runID: before)).author == "")
        #expect(await Self.code { try await ada.call(Method.Judge.getSource, GetRunRequest(runID: before)) } == .notFound)
        #expect(try await api.client.call(Method.Judge.getSource, GetRunRequest(runID: before)).source == Self.twoSum)
        #expect(try await api.client.call(Method.Judge.listRuns, ListRunsRequest(slug: "two-sum")).runs.map(\.runID) == [before])
    }

    @Test func submittingNeedsAnAccountUnlessTheSettingAllowsIt() async throws {
        let closed = try await InProcessAPI()
        await #expect(throws: RPCError(.unauthenticated, "sign in to run or submit code")) {
            try await Self.submit(closed.client.relayed(""))
        }
        await #expect(throws: RPCError(.unauthenticated, "sign in to run or submit code")) {
            try await Self.submit(closed.client.as(.tcp(address: "127.0.0.1:5000")))
        }
        // Browsing stays open.
        #expect(try await closed.client.relayed("").call(Method.Questions.list, ListQuestionsRequest()).questions.count > 10)
        let open = try await InProcessAPI { $0.anonymousSubmit = true }
        let runID = try await Self.submit(open.client.relayed(""))
        #expect(try await open.client.relayed("").call(Method.Judge.getRun, GetRunRequest(runID: runID)).author == "")
    }

    @Test func aGatewaysVisitorGetsNothingFromTheGatewaysOwnCredentials() async throws {
        let api = try await InProcessAPI()
        let question = try await api.client.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum")).question
        await #expect(throws: RPCError(.permissionDenied, "this is for admins; you are not signed in")) {
            try await api.client.relayed("").call(Method.Questions.put, PutQuestionRequest(question: question, tests: []))
        }
        let ada = try await Self.signUp(api, "ada")
        await #expect(throws: RPCError(.permissionDenied, "this is for admins; you are signed in as ada, a user")) {
            try await api.client.relayed(ada).call(Method.Questions.delete, DeleteQuestionRequest(slug: "two-sum"))
        }
        await #expect(throws: RPCError(.permissionDenied, "this is for admins; you are signed in as ada, a user")) {
            try await api.client.relayed(ada).call(Method.Accounts.update, UpdateAccountRequest(username: "ada", role: .admin))
        }
        #expect(try await api.client.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum")).slug == "two-sum")
    }

    @Test func personalTokensAreShownOnceListedWithoutThemselvesAndRevocable() async throws {
        let api = try await InProcessAPI()
        let session = api.client.signedIn(try await Self.signUp(api, "ada"))
        let made = try await session.call(Method.Accounts.createToken, CreateTokenRequest(name: "ci script", days: 7))
        #expect(made.token.hasPrefix("ccp_") && made.token.count == 47)
        let info = try #require(made.info)
        #expect(info.name == "ci script" && info.expiresAtMs - info.createdAtMs == 7 * 86_400_000)
        let listed = try await session.call(Method.Accounts.listTokens, Empty()).tokens
        #expect(listed.filter { $0.kind == "personal" } == [info] && info.kind == "personal")
        #expect(listed.filter { $0.kind == "session" }.map(\.current) == [true])
        #expect(!String(decoding: try await session.call(Method.Accounts.listTokens, Empty()).wireBytes(), as: UTF8.self)
            .contains(made.token.dropFirst(4)))
        // The token works for a script, but cannot make tokens or change the password.
        let script = api.client.signedIn(made.token)
        let runID = try await Self.submit(script)
        #expect(try await session.call(Method.Judge.getRun, GetRunRequest(runID: runID)).author == "ada")
        #expect(await Self.code { try await script.call(Method.Accounts.createToken, CreateTokenRequest(name: "more")) } == .permissionDenied)
        #expect(await Self.code {
            try await script.call(Method.Accounts.changePassword, ChangePasswordRequest(oldPassword: Self.password, newPassword: "another password"))
        } == .permissionDenied)
        #expect(await Self.code { try await session.call(Method.Accounts.createToken, CreateTokenRequest(name: "", days: 7)) } == .invalidArgument)
        #expect(await Self.code { try await session.call(Method.Accounts.createToken, CreateTokenRequest(name: "x", days: 366)) } == .invalidArgument)
        #expect(await Self.code { try await session.call(Method.Accounts.revokeToken, RevokeTokenRequest(id: "0000000000ff")) } == .notFound)
        _ = try await session.call(Method.Accounts.revokeToken, RevokeTokenRequest(id: info.id))
        #expect(await Self.code { try await Self.submit(script) } == .unauthenticated)
        #expect(try await session.call(Method.Accounts.listTokens, Empty()).tokens.map(\.kind) == ["session"])
    }

    @Test func aSessionOnAnotherDeviceCanBeEndedByItself() async throws {
        let api = try await InProcessAPI()
        let laptop = api.client.signedIn(try await Self.signUp(api, "ada"))
        let phone = api.client.signedIn(try await api.client.relayed("").call(Method.Accounts.signIn,
                                                                               Credentials(username: "ada", password: Self.password)).token)
        let sessions = try await laptop.call(Method.Accounts.listTokens, Empty()).tokens
        #expect(sessions.count == 2 && sessions.allSatisfy { $0.kind == "session" })
        let other = try #require(sessions.first { !$0.current })
        _ = try await laptop.call(Method.Accounts.revokeToken, RevokeTokenRequest(id: other.id))
        #expect(await Self.code { try await phone.call(Method.Accounts.whoAmI, Empty()) } == .unauthenticated)
        #expect(try await laptop.call(Method.Accounts.whoAmI, Empty()).username == "ada")
        // Another account's session id is not one of mine.
        let grace = api.client.signedIn(try await Self.signUp(api, "grace"))
        let hers = try #require(try await grace.call(Method.Accounts.listTokens, Empty()).tokens.first)
        #expect(await Self.code { try await laptop.call(Method.Accounts.revokeToken, RevokeTokenRequest(id: hers.id)) } == .notFound)
        #expect(try await grace.call(Method.Accounts.whoAmI, Empty()).username == "grace")
    }

    @Test func changingThePasswordEndsOtherSessionsAndDisablingEndsAll() async throws {
        let api = try await InProcessAPI()
        let first = try await Self.signUp(api, "ada")
        let other = try await api.client.relayed("").call(Method.Accounts.signIn, Credentials(username: "ada", password: Self.password)).token
        await #expect(throws: RPCError(.unauthenticated, "the old password is wrong")) {
            try await api.client.signedIn(first).call(Method.Accounts.changePassword,
                                                      ChangePasswordRequest(oldPassword: "not it at all", newPassword: "a new password"))
        }
        let renewed = try await api.client.signedIn(first).call(Method.Accounts.changePassword,
                                                                ChangePasswordRequest(oldPassword: Self.password, newPassword: "a new password"))
        for token in [first, other] {
            #expect(await Self.code { try await api.client.signedIn(token).call(Method.Accounts.whoAmI, Empty()) } == .unauthenticated)
        }
        #expect(try await api.client.signedIn(renewed.token).call(Method.Accounts.whoAmI, Empty()).username == "ada")
        #expect(await Self.code { try await api.client.relayed("").call(Method.Accounts.signIn, Credentials(username: "ada", password: Self.password)) }
            == .unauthenticated)
        let disabled = try await api.client.call(Method.Accounts.update, UpdateAccountRequest(username: "ada", setDisabled: true, disabled: true))
        #expect(disabled.disabled)
        #expect(await Self.code { try await api.client.signedIn(renewed.token).call(Method.Accounts.whoAmI, Empty()) } == .unauthenticated)
        await #expect(throws: RPCError(.permissionDenied, "the account 'ada' is disabled")) {
            try await api.client.relayed("").call(Method.Accounts.signIn, Credentials(username: "ada", password: "a new password"))
        }
    }

    @Test func quotasPerAccountAnswerWhenToRetry() async throws {
        let api = try await InProcessAPI { $0.quota = RunStore.Quota(perMinute: 4, waiting: 3) }
        let ada = api.client.signedIn(try await Self.signUp(api, "ada"))
        var made: [String] = []
        for _ in 0..<3 { made.append(try await Self.submit(ada)) }
        // No worker judges them: a fourth waits on the account's quota.
        let waiting = await #expect(throws: RPCError.self) { try await Self.submit(ada) }
        #expect(waiting?.code == .resourceExhausted && waiting?.message.contains("you have 3 runs waiting to be judged") == true)
        #expect(waiting?.retryAfter != nil)
        // Another account is not held back by ada's.
        _ = try await Self.submit(api.client.signedIn(try await Self.signUp(api, "grace")))
        // Once one is judged there is room, until the minute's count is reached.
        func judge(_ runID: String) async throws {
            var run = try #require(try await api.runs.get(runID))
            run.status = .finished
            run.verdict = .wrongAnswer
            try await api.runs.finish(run, entryID: "0-1")
        }
        try await judge(made[0])
        _ = try await Self.submit(ada)
        try await judge(made[1])
        let minute = await #expect(throws: RPCError.self) { try await Self.submit(ada) }
        #expect(minute?.code == .resourceExhausted && minute?.message.contains("you made 4 runs in the last minute") == true)
        #expect((minute?.retryAfter ?? .zero) > .seconds(50) && (minute?.retryAfter ?? .zero) <= .seconds(60))
        // Operators are not limited per account.
        for _ in 0..<6 { _ = try await Self.submit(api.client) }
    }

    @Test func progressProfileAndLastAcceptedFollowJudgedSubmissions() async throws {
        let api = try await InProcessAPI()
        let token = try await Self.signUp(api, "ada")
        let ada = api.client.signedIn(token)
        func judge(_ runID: String, _ verdict: Verdict) async throws {
            var run = try #require(try await api.runs.get(runID))
            run.status = .finished
            run.verdict = verdict
            try await api.runs.finish(run, entryID: "0-1")
        }
        let wrong = try await Self.submit(ada)
        try await judge(wrong, .wrongAnswer)
        var summary = try #require(try await ada.call(Method.Questions.list, ListQuestionsRequest()).questions.first { $0.slug == "two-sum" })
        #expect(summary.progress == "attempted")
        #expect(try await ada.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum")).lastAcceptedRun == "")
        let right = try await Self.submit(ada)
        try await judge(right, .accepted)
        let tried = try await Self.submit(ada, mode: .try)
        try await judge(tried, .wrongAnswer)  // a Run is not a submission: progress stays
        summary = try #require(try await ada.call(Method.Questions.list, ListQuestionsRequest()).questions.first { $0.slug == "two-sum" })
        #expect(summary.progress == "solved")
        #expect(try await ada.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum")).lastAcceptedRun == right)
        // Someone else sees no marks of ada's.
        #expect(try await api.client.relayed("").call(Method.Questions.list, ListQuestionsRequest()).questions.allSatisfy { $0.progress.isEmpty })
        let profile = try await api.client.relayed("").call(Method.Accounts.getProfile, GetProfileRequest(username: "ada"))
        #expect(profile.submitted == 2 && profile.accepted == 1 && profile.attempted == 0)
        #expect(profile.solved.map(\.name) == ["easy", "medium", "hard"] && profile.solved.map(\.count) == [1, 0, 0])
        #expect(profile.languages == [Count(name: "python3", count: 2)])
        #expect(try await ada.call(Method.Accounts.getProfile, GetProfileRequest()).account?.username == "ada")
        // My runs: newest first, paged, across questions.
        let page = try await ada.call(Method.Judge.listRuns, ListRunsRequest(limit: 2))
        #expect(page.runs.map(\.runID) == [tried, right] && page.more)
        let rest = try await ada.call(Method.Judge.listRuns, ListRunsRequest(limit: 2, offset: 2))
        #expect(rest.runs.map(\.runID) == [wrong] && !rest.more)
        #expect(page.runs.allSatisfy { $0.source.isEmpty })
    }

    @Test func thePasswordIsNeverStoredOrAnswered() async throws {
        let api = try await InProcessAPI()
        let session = try await api.client.relayed("").call(Method.Accounts.signUp, Credentials(username: "ada", password: Self.password))
        #expect(!String(decoding: session.wireBytes(), as: UTF8.self).contains(Self.password))
        let ada = api.client.signedIn(session.token)
        _ = try await ada.call(Method.Accounts.createToken, CreateTokenRequest(name: "script"))
        // Every key and value in the MetadataDB: no password, no token, only an argon2id hash.
        let keys = try await api.metadataDB.client.command("KEYS", "*").array?.compactMap(\.string) ?? []
        var everything = keys.joined(separator: "\n")
        for key in keys {
            let type = try await api.metadataDB.client.command("TYPE", key).string ?? ""
            let reply: RedisReply = switch type {
            case "hash": try await api.metadataDB.client.command("HGETALL", key)
            case "zset": try await api.metadataDB.client.command("ZRANGE", key, "0", "-1", "WITHSCORES")
            case "string": try await api.metadataDB.client.command("GET", key)
            default: .null
            }
            everything += "\n\(reply)"
        }
        #expect(!everything.contains(Self.password))
        #expect(!everything.contains(session.token.dropFirst(4)))
        #expect(everything.contains("$argon2id$v=19$m=65536,t=2,p=1$"))
    }
}
