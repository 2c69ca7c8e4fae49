import Foundation
import Testing

/// Accounts from the command line against the real daemons: sign up, submit, list, tokens, sign
/// out; what another account and the logs see.
@Suite("accounts from the CLI", .serialized)
struct AccountsCLITests {
    @Test func aPersonSignsUpSubmitsAndFindsTheirRuns() async throws {
        let cluster = try await Cluster.withBank(apiArguments: ["--languages", "python3"])
        _ = try await cluster.startWorker(id: "accounts", extra: ["--slots", "1", "--languages", "python3"])
        let password = "pass-\(UUID().uuidString)"
        let passwordFile = "\(cluster.dir)/password", session = "\(cluster.dir)/config/clonecode/session"
        try (password + "\n").write(toFile: passwordFile, atomically: true, encoding: .utf8)
        let solution = "\(cluster.dir)/two-sum.py"
        try "class Solution:\n    def twoSum(self, nums, target):\n        d = {}\n        for i, v in enumerate(nums):\n            if target - v in d: return [d[target - v], i]\n            d[v] = i\n"
            .write(toFile: solution, atomically: true, encoding: .utf8)
        func cli(_ arguments: [String], session path: String = session, asUser uid: Int? = nil) async throws -> (status: Int32, out: String, err: String) {
            try await cluster.cli(arguments + ["--session-file", path], asUser: uid)
        }

        let signup = try await cli(["signup", "ada", "--password-file", passwordFile])
        #expect(signup.status == 0 && signup.out.contains("signed in as ada"), "\(signup)")
        // The session is kept where only its owner can read it.
        let attributes = try FileManager.default.attributesOfItem(atPath: session)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect((try FileManager.default.attributesOfItem(atPath: "\(cluster.dir)/config/clonecode")[.posixPermissions] as? Int) == 0o700)
        #expect(try await cli(["whoami"]).out == "ada (user)\n")

        let submitted = try await cli(["submit", "two-sum", solution, "--json"])
        let run = try #require(try JSONSerialization.jsonObject(with: Data(submitted.out.utf8)) as? [String: Any], "\(submitted)")
        #expect(run["verdict"] as? String == "Accepted" && run["author"] as? String == "ada", "\(submitted)")
        let runID = try #require(run["run_id"] as? String)
        let mine = try await cli(["submissions"])
        #expect(mine.status == 0 && mine.out.contains(runID) && mine.out.contains("two-sum  python3  submit  Accepted"), "\(mine)")
        let profile = try await cli(["profile"])
        #expect(profile.out.contains("solved: easy 1, medium 0, hard 0") && profile.out.contains("submissions: 1, accepted 1 (100.0%)"), "\(profile)")
        #expect(try await cli(["questions", "--json"]).out.contains("\"progress\" : \"solved\""))

        // Another person does not see the run; someone not signed in may browse but not submit.
        let graceSession = "\(cluster.dir)/grace-session"
        #expect(try await cli(["signup", "grace", "--password-stdin"], session: graceSession).status == 2)  // no password on stdin
        let grace = try await Subprocess.run("\(Paths.bin)/clonecode", ["signup", "grace", "--password-stdin", "--session-file", graceSession],
                                             environment: ["CLONECODE_SERVER": "unix:\(cluster.apiSocket)"], stdin: Data("grace's password\n".utf8))
        #expect(grace.status == 0, "\(grace.errorText)")
        let other = try await cli(["status", runID], session: graceSession)
        #expect(other.status == 2 && other.err.contains("NOT_FOUND: no run '\(runID)'"), "\(other)")
        let nobody = try await cli(["submit", "two-sum", solution], session: "\(cluster.dir)/none", asUser: 65534)
        #expect(nobody.status == 2 && nobody.err.contains("UNAUTHENTICATED: sign in to run or submit code"), "\(nobody)")
        #expect(try await cli(["questions"], session: "\(cluster.dir)/none", asUser: 65534).status == 0)

        // A personal token for a script: shown once, listed without itself, revocable.
        let made = try await cli(["tokens", "create", "ci"])
        let token = made.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(made.status == 0 && token.hasPrefix("ccp_"), "\(made)")
        let tokenFile = "\(cluster.dir)/token"
        try token.write(toFile: tokenFile, atomically: true, encoding: .utf8)
        #expect(try await cli(["whoami"], session: tokenFile).out == "ada (user)\n")
        let listed = try await cli(["tokens", "list", "--json"])
        #expect(listed.out.contains("\"name\" : \"ci\"") && !listed.out.contains(token), "\(listed)")
        let tokens = try #require(try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]])
        let id = try #require(tokens.first { $0["kind"] as? String == "personal" }?["id"] as? String)
        #expect(tokens.contains { $0["kind"] as? String == "session" && $0["current"] as? Bool == true })
        #expect(try await cli(["tokens", "revoke", id]).status == 0)
        let revoked = try await cli(["whoami"], session: tokenFile)
        #expect(revoked.status == 2 && revoked.err.contains("UNAUTHENTICATED"), "\(revoked)")

        // Signing out forgets the session; signing in again finds the same runs.
        #expect(try await cli(["logout"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: session))
        let relogin = try await cli(["login", "ada", "--password-file", passwordFile])
        #expect(relogin.status == 0, "\(relogin)")
        #expect(try await cli(["submissions", "--question", "two-sum"]).out.contains(runID))
        let wrong = try await cli(["login", "ada", "--password-file", solution])
        #expect(wrong.status == 2 && wrong.err.contains("UNAUTHENTICATED: wrong username or password"), "\(wrong)")

        // The password appears in no log line.
        let log = try String(contentsOfFile: "\(cluster.dir)/api.log", encoding: .utf8)
        #expect(log.contains("account made") && log.contains("signed in"))
        #expect(!log.contains(password) && !log.contains("grace's password") && !log.contains(token))
    }
}
