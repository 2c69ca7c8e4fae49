import Foundation
import HTTP
import Logging
import Model
import NIOHTTP1
import RPC
import Store
import TestSupport
import Testing
@testable import Web

/// The web gateway's routes as a table, each request handed to the gateway in this process; the API
/// behind it is the real router over real Redis servers, served on a Unix socket of the test's own.
@Suite struct GatewayTests {
    let api: InProcessAPI
    let serving: InProcessAPI.Serving
    let gateway: Gateway

    init() async throws {
        api = try await InProcessAPI()
        serving = try await api.serve(at: "\(api.metadataDB.directory)/api.sock")
        gateway = Self.gateway(serving.endpoint)
    }

    static func gateway(_ endpoint: Endpoint, burst: Int = 10, cookieSecure: Bool = false) -> Gateway {
        Gateway(api: endpoint, assets: "\(Paths.root)/web", codemirror: "/usr/share/javascript/codemirror", submitBurst: burst,
                submitsPerSecond: 0.01, cookieSecure: cookieSecure, logger: Logger(label: "test.web", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    /// A request as the page sends it: a POST is JSON, from the page's own origin.
    static func request(_ method: HTTPMethod, _ path: String, query: [String: String] = [:], body: String = "",
                        from client: String = "192.0.2.1", cookie: String? = nil, headers extra: [(String, String)] = []) -> HTTPRequest {
        var headers = HTTPHeaders([("Host", "judge.example")])
        if method == .POST { headers.add(contentsOf: [("Content-Type", "application/json"), ("Origin", "http://judge.example")]) }
        if let cookie { headers.add(name: "Cookie", value: cookie) }
        for (name, value) in extra { headers.replaceOrAdd(name: name, value: value) }
        return HTTPRequest(method: method, path: path, query: query, headers: headers, body: Array(body.utf8), client: client)
    }

    /// Signs `username` up through the gateway; the `Cookie` header value its session cookie makes.
    func signUp(_ username: String, from client: String = "192.0.2.1") async throws -> String {
        let answer = await gateway.handle(Self.request(.POST, "/api/signup", body: #"{"username":"\#(username)","password":"correct horse"}"#,
                                                       from: client))
        let text = String(decoding: answer.body, as: UTF8.self)
        guard answer.status == .ok, let set = answer.header("Set-Cookie") else { throw TestFailure("sign-up: \(answer.status): \(text)") }
        return String(set.prefix { $0 != ";" })
    }

    /// One row of the table: a request and what its answer must be.
    struct Row: Sendable, CustomTestStringConvertible {
        var method: HTTPMethod
        var path: String
        var query: [String: String] = [:]
        var status: HTTPResponseStatus
        var type: String
        /// A fragment the body must contain.
        var body: String = ""
        var testDescription: String { "\(method) \(path) \(query)" }
    }

    static let table: [Row] = [
        Row(method: .GET, path: "/", status: .ok, type: "text/html; charset=utf-8", body: "<!doctype html>"),
        Row(method: .GET, path: "/index.html", status: .ok, type: "text/html; charset=utf-8", body: "<!doctype html>"),
        Row(method: .GET, path: "/q/two-sum", status: .ok, type: "text/html; charset=utf-8", body: "<!doctype html>"),
        Row(method: .GET, path: "/q/two-sum/more", status: .notFound, type: "application/json", body: "no such page"),
        Row(method: .GET, path: "/submissions", status: .ok, type: "text/html; charset=utf-8", body: "<!doctype html>"),
        Row(method: .GET, path: "/u/someone", status: .ok, type: "text/html; charset=utf-8", body: "<!doctype html>"),
        Row(method: .GET, path: "/api/me", status: .unauthorized, type: "application/json", body: "\"code\":\"UNAUTHENTICATED\""),
        Row(method: .GET, path: "/api/submissions", status: .unauthorized, type: "application/json", body: "not signed in"),
        Row(method: .POST, path: "/api/signup", status: .badRequest, type: "application/json", body: "{username, password}"),
        Row(method: .GET, path: "/assets/app.js", status: .ok, type: "text/javascript"),
        Row(method: .GET, path: "/assets/app.css", status: .ok, type: "text/css"),
        Row(method: .GET, path: "/assets/index.html", status: .notFound, type: "application/json", body: "NOT_FOUND"),
        Row(method: .GET, path: "/vendor/codemirror/codemirror.js", status: .ok, type: "text/javascript"),
        Row(method: .GET, path: "/vendor/codemirror/python.js", status: .ok, type: "text/javascript"),
        Row(method: .GET, path: "/vendor/codemirror/codemirror.css", status: .ok, type: "text/css"),
        Row(method: .GET, path: "/vendor/codemirror/../../../etc/passwd", status: .notFound, type: "application/json"),
        Row(method: .GET, path: "/vendor/codemirror/passwd", status: .notFound, type: "application/json"),
        Row(method: .GET, path: "/healthz", status: .ok, type: "application/json", body: "{\"serving\":true}"),
        Row(method: .GET, path: "/api/questions", status: .ok, type: "application/json", body: "\"slug\":\"two-sum\""),
        Row(method: .GET, path: "/api/questions", query: ["difficulty": "hard", "tag": "linked-list"], status: .ok,
            type: "application/json", body: "\"slug\":\"merge-k-sorted-lists\""),
        Row(method: .GET, path: "/api/questions", query: ["difficulty": "easy", "tag": "no-such-tag"], status: .ok,
            type: "application/json", body: "[]"),
        Row(method: .GET, path: "/api/questions", query: ["search": "roman"], status: .ok, type: "application/json",
            body: "\"slug\":\"integer-to-roman\""),
        Row(method: .GET, path: "/api/questions/two-sum", status: .ok, type: "application/json", body: "def twoSum(self"),
        Row(method: .GET, path: "/api/questions/two-sum", query: ["language": "java"], status: .ok, type: "application/json",
            body: "public int[] twoSum(int[] nums, int target)"),
        Row(method: .GET, path: "/api/questions/two-sum", query: ["language": "cobol"], status: .badRequest,
            type: "application/json", body: "\"code\":\"INVALID_ARGUMENT\""),
        Row(method: .GET, path: "/api/questions/no-such", status: .notFound, type: "application/json",
            body: "no question 'no-such'"),
        Row(method: .GET, path: "/api/runs/not-a-run", status: .badRequest, type: "application/json", body: "is not a run id"),
        Row(method: .GET, path: "/api/runs/123e4567-e89b-42d3-a456-426614174000", status: .notFound, type: "application/json",
            body: "no run"),
        Row(method: .GET, path: "/api/runs/123e4567-e89b-42d3-a456-426614174000/events", status: .notFound,
            type: "application/json", body: "no run"),
        Row(method: .POST, path: "/api/questions", status: .notFound, type: "application/json"),
        Row(method: .GET, path: "/api/submit", status: .notFound, type: "application/json"),
        Row(method: .DELETE, path: "/", status: .notFound, type: "application/json"),
        Row(method: .POST, path: "/api/submit", status: .badRequest, type: "application/json", body: "the body must be JSON"),
    ]

    @Test func everyRouteAnswersAsTheTableSaysWithTheSecurityHeaders() async throws {
        for row in Self.table {
            let answer = await gateway.handle(Self.request(row.method, row.path, query: row.query))
            let text = String(decoding: answer.body, as: UTF8.self)
            #expect(answer.status == row.status, "\(row.testDescription): \(text.prefix(200))")
            #expect(answer.header("Content-Type") == row.type, "\(row.testDescription)")
            #expect(row.body.isEmpty || text.contains(row.body), "\(row.testDescription): \(text.prefix(200))")
            #expect(answer.header("Content-Security-Policy")?.contains("script-src 'self'") == true, "\(row.testDescription)")
            #expect(answer.header("X-Frame-Options") == "DENY" && answer.header("X-Content-Type-Options") == "nosniff")
        }
    }

    @Test func aSubmissionIsQueuedAndReadBackAsJSON() async throws {
        let cookie = try await signUp("ada")
        let body = #"{"slug":"two-sum","language":"python3","source":"class Solution: pass\n"}"#
        let answer = await gateway.handle(Self.request(.POST, "/api/submit", body: body, cookie: cookie))
        #expect(answer.status == .ok)
        let submitted = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: String])
        let runID = try #require(submitted["run_id"])
        #expect(try await api.runs.get(runID)?.mode == .submit)
        let read = await gateway.handle(Self.request(.GET, "/api/runs/\(runID)", cookie: cookie))
        let run = try #require(try JSONSerialization.jsonObject(with: Data(read.body)) as? [String: Any])
        #expect(run["run_id"] as? String == runID && run["status"] as? String == "Queued" && run["verdict"] is NSNull)
        #expect(run["source"] as? String ?? "" == "", "a run's source is not sent back")
        #expect(run["author"] as? String == "ada")
        // Its source is, to its author, on a route of its own.
        let source = await gateway.handle(Self.request(.GET, "/api/runs/\(runID)/source", cookie: cookie))
        let sent = try #require(try JSONSerialization.jsonObject(with: Data(source.body)) as? [String: String])
        #expect(source.status == .ok && sent["source"] == "class Solution: pass\n", "\(sent)")
    }

    @Test func thePagesRequestIDMakesARepeatedPostTheSameRun() async throws {
        let body = #"{"slug":"two-sum","language":"python3","source":"class Solution: pass\n","request_id":"page-7f3a"}"#
        let cookie = try await signUp("ada")
        var ids: [String] = []
        for _ in 0..<2 {
            let answer = await gateway.handle(Self.request(.POST, "/api/submit", body: body, cookie: cookie))
            #expect(answer.status == .ok)
            let submitted = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: String])
            ids.append(try #require(submitted["run_id"]))
        }
        #expect(ids[0] == ids[1])
        #expect(try await api.metadataDB.client.command("XLEN", Keys.jobs).int == 1, "one job queued")
    }

    @Test func customInputsBecomeOneJSONArrayOfInputs() async throws {
        let cookie = try await signUp("ada")
        func tried(_ body: String) async throws -> String {
            let answer = await gateway.handle(Self.request(.POST, "/api/run", body: body, cookie: cookie))
            let text = String(decoding: answer.body, as: UTF8.self)
            guard answer.status == .ok else { throw TestFailure("\(answer.status): \(text)") }
            let runID = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: String])["run_id"] ?? ""
            return try #require(try await api.runs.get(runID)).customInput
        }
        // Function questions: one JSON array of arguments per line; blank lines are dropped.
        let lines = #"{"slug":"two-sum","language":"python3","source":"x","input":"[[1,2],3]\n\n  [[5,5],10]  \n"}"#
        #expect(try await tried(lines) == "[[[1,2],3],[[5,5],10]]")
        // Program questions: each input a whole standard input.
        let inputs = #"{"slug":"text-diamond","language":"python3","source":"x","inputs":["3\n","1\n"]}"#
        #expect(try await tried(inputs) == #"["3\n","1\n"]"#)
        // No input: the question's examples.
        #expect(try await tried(#"{"slug":"two-sum","language":"python3","source":"x"}"#) == "")
        let wrong = await gateway.handle(Self.request(.POST, "/api/run", body: #"{"slug":"two-sum","language":"python3","source":"x","input":"[1]"}"#,
                                                      cookie: cookie))
        #expect(wrong.status == .badRequest)
        #expect(String(decoding: wrong.body, as: UTF8.self).contains("custom input 1"))
    }

    @Test func submissionsAreLimitedPerClientAddress() async throws {
        let limited = Self.gateway(serving.endpoint, burst: 2)
        let cookie = try await signUp("ada")
        let body = #"{"slug":"two-sum","language":"python3","source":"x"}"#
        for _ in 0..<2 { #expect(await limited.handle(Self.request(.POST, "/api/submit", body: body, cookie: cookie)).status == .ok) }
        let refused = await limited.handle(Self.request(.POST, "/api/run", body: body, cookie: cookie))
        #expect(refused.status == .tooManyRequests)
        #expect(Int(refused.header("Retry-After") ?? "") ?? 0 > 0)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("RESOURCE_EXHAUSTED"))
        #expect(await limited.handle(Self.request(.POST, "/api/submit", body: body, from: "192.0.2.2", cookie: cookie)).status == .ok)
        // Reading is not limited.
        #expect(await limited.handle(Self.request(.GET, "/api/questions")).status == .ok)
        #expect(try await api.runs.runCount(questions: ["two-sum"]) == 3)
    }

    @Test func eventsStreamEveryChangeOfARunUntilItIsFinished() async throws {
        let cookie = try await signUp("ada")
        let body = #"{"slug":"two-sum","language":"python3","source":"x"}"#
        let submitted = await gateway.handle(Self.request(.POST, "/api/submit", body: body, cookie: cookie))
        let runID = try #require(try JSONSerialization.jsonObject(with: Data(submitted.body)) as? [String: String])["run_id"] ?? ""
        let answer = await gateway.handle(Self.request(.GET, "/api/runs/\(runID)/events", cookie: cookie))
        #expect(answer.status == .ok && answer.header("Content-Type") == "text/event-stream")
        var chunks = try #require(answer.stream).makeAsyncIterator()
        let first = String(decoding: await chunks.next() ?? [], as: UTF8.self)
        #expect(first.hasPrefix("event: run\ndata: {") && first.contains("\"status\":\"Queued\"") && first.hasSuffix("\n\n"))
        var run = try #require(try await api.runs.get(runID))
        run.status = .finished
        run.verdict = .accepted
        try await api.runs.update(run, [.status, .verdict])
        let last = String(decoding: await chunks.next() ?? [], as: UTF8.self)
        #expect(last.contains("\"status\":\"Finished\"") && last.contains("\"verdict\":\"Accepted\""))
        #expect(await chunks.next() == nil, "the stream ends with the run")
    }

    @Test func aPostFromAnotherSiteIsRefused() async throws {
        let body = #"{"username":"mallory","password":"correct horse"}"#
        func status(_ headers: [(String, String)], gateway: Gateway? = nil) async -> HTTPResponseStatus {
            let answer = await (gateway ?? self.gateway).handle(Self.request(.POST, "/api/signup", body: body, headers: headers))
            if answer.status == .forbidden {
                #expect(String(decoding: answer.body, as: UTF8.self) == #"{"code":"PERMISSION_DENIED","error":"cross-site request refused"}"#)
            }
            return answer.status
        }
        // What a plain HTML form can send.
        #expect(await status([("Content-Type", "application/x-www-form-urlencoded")]) == .forbidden)
        #expect(await status([("Content-Type", "text/plain")]) == .forbidden)
        #expect(await status([("Content-Type", "multipart/form-data; boundary=x")]) == .forbidden)
        // JSON, from elsewhere.
        #expect(await status([("Origin", "http://evil.example")]) == .forbidden)
        #expect(await status([("Origin", "https://judge.example")]) == .forbidden, "another scheme is another origin")
        #expect(await status([("Origin", "null")]) == .forbidden)
        #expect(await status([("Sec-Fetch-Site", "cross-site")]) == .forbidden)
        #expect(await status([("Sec-Fetch-Site", "same-site")]) == .forbidden)
        // The page's own, a tool's (no Origin) and a TLS proxy's.
        #expect(await status([("Sec-Fetch-Site", "same-origin"), ("Content-Type", "application/json; charset=utf-8")]) == .ok)
        #expect(await status([("Sec-Fetch-Site", "none"), ("Origin", "http://JUDGE.example")]) != .forbidden)
        #expect(await status([("X-Forwarded-Proto", "https"), ("Origin", "https://judge.example")]) != .forbidden)
        let secure = Self.gateway(serving.endpoint, cookieSecure: true)
        #expect(await status([("Origin", "http://judge.example")], gateway: secure) == .forbidden)
        #expect(await status([("Origin", "https://judge.example")], gateway: secure) != .forbidden)
        // GETs are read-only and not checked.
        let read = await gateway.handle(Self.request(.GET, "/api/questions", headers: [("Origin", "http://evil.example")]))
        #expect(read.status == .ok)
    }

    @Test func theSessionCookieIsHttpOnlyStrictAndSecureOverTLS() throws {
        let now: Int64 = 1_700_000_000_000
        #expect(SessionCookie.set("tok_en-1", expiresAtMs: now + 3_600_000, secure: false, nowMs: now)
            == "cc_session=tok_en-1; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600")
        #expect(SessionCookie.set("t", expiresAtMs: now + 1_500, secure: true, nowMs: now)
            == "cc_session=t; Path=/; HttpOnly; SameSite=Strict; Max-Age=1; Secure")
        #expect(SessionCookie.set("t", expiresAtMs: now - 5_000, secure: false, nowMs: now)?.contains("Max-Age=0") == true)
        #expect(SessionCookie.set("t", expiresAtMs: 0, secure: false, nowMs: now)?.contains("Max-Age") == false)
        #expect(SessionCookie.set("a;b", expiresAtMs: now, secure: false) == nil && SessionCookie.set("", expiresAtMs: now, secure: false) == nil)
        #expect(SessionCookie.clear(secure: false) == "cc_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0")
        #expect(SessionCookie.clear(secure: true).hasSuffix("; Secure"))
        #expect(SessionCookie.token(in: HTTPHeaders([("Cookie", "a=b; cc_session=xyz; c=d")])) == "xyz")
        #expect(SessionCookie.token(in: HTTPHeaders([("Cookie", "xcc_session=1"), ("Cookie", "cc_session=2")])) == "2")
        #expect(SessionCookie.token(in: HTTPHeaders([("Cookie", "cc_session=")])) == nil)
        #expect(SessionCookie.token(in: HTTPHeaders()) == nil)
    }

    @Test func usernamesWithMarkupAreRefused() async throws {
        let answer = await gateway.handle(Self.request(.POST, "/api/signup", body: #"{"username":"<b>x</b>","password":"correct horse"}"#))
        #expect(answer.status == .badRequest && answer.header("Set-Cookie") == nil)
        #expect(String(decoding: answer.body, as: UTF8.self).contains("a username is 3 to 32"))
    }

    @Test func aSessionLivesInTheCookieAndNeverInAnAnswer() async throws {
        let signedUp = await gateway.handle(Self.request(.POST, "/api/signup", body: #"{"username":"ada","password":"correct horse"}"#))
        #expect(signedUp.status == .ok)
        let set = try #require(signedUp.header("Set-Cookie"))
        #expect(set.hasPrefix("cc_session=") && set.contains("; HttpOnly") && set.contains("; SameSite=Strict") && set.contains("; Path=/"))
        #expect(set.contains("; Max-Age=") && !set.contains("Secure"), "\(set)")
        let cookie = String(set.prefix { $0 != ";" })
        let token = String(cookie.dropFirst("cc_session=".count))
        var bodies = [String(decoding: signedUp.body, as: UTF8.self)]
        #expect(bodies[0] == #"{"role":"user","username":"ada"}"#)

        // Behind a TLS proxy the cookie is Secure.
        let secure = await gateway.handle(Self.request(.POST, "/api/signin", body: #"{"username":"ada","password":"correct horse"}"#,
                                                       headers: [("X-Forwarded-Proto", "https"), ("Origin", "https://judge.example")]))
        #expect(secure.status == .ok && secure.header("Set-Cookie")?.hasSuffix("; Secure") == true)
        let wrong = await gateway.handle(Self.request(.POST, "/api/signin", body: #"{"username":"ada","password":"wrong horse!"}"#,
                                                      cookie: cookie))
        #expect(wrong.status == .unauthorized && wrong.header("Set-Cookie") == nil, "a wrong password does not end the session")

        let me = await gateway.handle(Self.request(.GET, "/api/me", cookie: cookie))
        #expect(me.status == .ok)
        let submitted = await gateway.handle(Self.request(.POST, "/api/submit", body: #"{"slug":"two-sum","language":"python3","source":"x"}"#,
                                                          cookie: cookie))
        #expect(submitted.status == .ok)
        let runID = try #require(try JSONSerialization.jsonObject(with: Data(submitted.body)) as? [String: String])["run_id"] ?? ""
        let mine = await gateway.handle(Self.request(.GET, "/api/submissions", query: ["question": "two-sum", "limit": "5"], cookie: cookie))
        #expect(mine.status == .ok)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(mine.body)) as? [String: Any])
        #expect((list["runs"] as? [[String: Any]])?.map { $0["run_id"] as? String } == [runID] && list["more"] as? Bool == false)
        #expect(await gateway.handle(Self.request(.GET, "/api/submissions", query: ["offset": "-1"], cookie: cookie)).status == .badRequest)
        let profile = await gateway.handle(Self.request(.GET, "/api/profile", cookie: cookie))
        let detail = await gateway.handle(Self.request(.GET, "/api/questions/two-sum", cookie: cookie))
        #expect(String(decoding: detail.body, as: UTF8.self).contains(#""last_accepted_run":"""#))
        let questions = await gateway.handle(Self.request(.GET, "/api/questions", cookie: cookie))
        #expect(String(decoding: questions.body, as: UTF8.self).contains(#""progress":"#))
        let password = await gateway.handle(Self.request(.POST, "/api/password", body: #"{"old_password":"correct horse","new_password":"battery staple"}"#,
                                                         cookie: cookie))
        #expect(password.status == .ok)
        let renewed = String(try #require(password.header("Set-Cookie")).prefix { $0 != ";" })
        #expect(renewed != cookie && renewed.hasPrefix("cc_session="))
        bodies += [me, mine, profile, detail, questions, password].map { String(decoding: $0.body, as: UTF8.self) }
        for body in bodies { #expect(!body.contains(token) && !body.contains(renewed.dropFirst("cc_session=".count))) }

        // Signing out ends the session and clears the cookie; a stale cookie is cleared too.
        let out = await gateway.handle(Self.request(.POST, "/api/signout", body: "{}", cookie: renewed))
        #expect(out.status == .ok && out.header("Set-Cookie")?.contains("Max-Age=0") == true)
        let stale = await gateway.handle(Self.request(.GET, "/api/profile", cookie: renewed))
        #expect(stale.status == .unauthorized && stale.header("Set-Cookie")?.hasPrefix("cc_session=;") == true)
        #expect(await gateway.handle(Self.request(.GET, "/api/me", cookie: renewed)).status == .unauthorized)
    }

    @Test func aThrottledSignInIsTooManyRequestsWithRetryAfter() async throws {
        _ = try await signUp("ada")
        var last: HTTPAnswer?
        for _ in 0..<8 {
            let answer = await gateway.handle(Self.request(.POST, "/api/signin", body: #"{"username":"ada","password":"wrong horse!"}"#))
            last = answer
            if answer.status != .unauthorized { break }
        }
        let refused = try #require(last)
        #expect(refused.status == .tooManyRequests, "\(String(decoding: refused.body, as: UTF8.self))")
        #expect(Int(refused.header("Retry-After") ?? "") ?? 0 > 0)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("RESOURCE_EXHAUSTED"))
    }

    @Test func nobodySubmitsAndNobodyReadsAnotherAccountsRun() async throws {
        let body = #"{"slug":"two-sum","language":"python3","source":"x"}"#
        let anonymous = await gateway.handle(Self.request(.POST, "/api/submit", body: body))
        #expect(anonymous.status == .unauthorized)
        #expect(String(decoding: anonymous.body, as: UTF8.self).contains("sign in to"), "the API says to sign in")
        let ada = try await signUp("ada"), bob = try await signUp("bob")
        let submitted = await gateway.handle(Self.request(.POST, "/api/submit", body: body, cookie: ada))
        let runID = try #require(try JSONSerialization.jsonObject(with: Data(submitted.body)) as? [String: String])["run_id"] ?? ""
        for path in ["/api/runs/\(runID)", "/api/runs/\(runID)/source", "/api/runs/\(runID)/events"] {
            #expect(await gateway.handle(Self.request(.GET, path, cookie: bob)).status == .notFound, "\(path)")
            #expect(await gateway.handle(Self.request(.GET, path, cookie: ada)).status == .ok, "\(path)")
        }
        // Profiles are public.
        let profile = await gateway.handle(Self.request(.GET, "/api/profile/ada", cookie: bob))
        #expect(profile.status == .ok && String(decoding: profile.body, as: UTF8.self).contains(#""username":"ada""#))
        #expect(await gateway.handle(Self.request(.GET, "/api/profile/ada")).status == .ok)
    }

    @Test func anAPIThatIsNotThereIsServiceUnavailable() async throws {
        let nowhere = Self.gateway(.unix(path: "\(api.metadataDB.directory)/nobody.sock"))
        let answer = await nowhere.handle(Self.request(.GET, "/api/questions"))
        #expect(answer.status == .serviceUnavailable)
        #expect(String(decoding: answer.body, as: UTF8.self).contains("\"code\":\"UNAVAILABLE\""))
        // The page itself is still served.
        #expect(await nowhere.handle(Self.request(.GET, "/")).status == .ok)
    }
}

extension HTTPAnswer {
    /// The value of a header, by exact name.
    func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
}
