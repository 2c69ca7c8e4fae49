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

    static func gateway(_ endpoint: Endpoint, burst: Int = 10) -> Gateway {
        Gateway(api: endpoint, assets: "\(Paths.root)/web", codemirror: "/usr/share/javascript/codemirror", submitBurst: burst,
                submitsPerSecond: 0.01, logger: Logger(label: "test.web", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    static func request(_ method: HTTPMethod, _ path: String, query: [String: String] = [:], body: String = "",
                        from client: String = "192.0.2.1") -> HTTPRequest {
        HTTPRequest(method: method, path: path, query: query, headers: [:], body: Array(body.utf8), client: client)
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
        let body = #"{"slug":"two-sum","language":"python3","source":"class Solution: pass\n"}"#
        let answer = await gateway.handle(Self.request(.POST, "/api/submit", body: body))
        #expect(answer.status == .ok)
        let submitted = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: String])
        let runID = try #require(submitted["run_id"])
        #expect(try await api.runs.get(runID)?.mode == .submit)
        let read = await gateway.handle(Self.request(.GET, "/api/runs/\(runID)"))
        let run = try #require(try JSONSerialization.jsonObject(with: Data(read.body)) as? [String: Any])
        #expect(run["run_id"] as? String == runID && run["status"] as? String == "Queued" && run["verdict"] is NSNull)
        #expect(run["source"] as? String ?? "" == "", "a run's source is not sent back")
    }

    @Test func thePagesRequestIDMakesARepeatedPostTheSameRun() async throws {
        let body = #"{"slug":"two-sum","language":"python3","source":"class Solution: pass\n","request_id":"page-7f3a"}"#
        var ids: [String] = []
        for _ in 0..<2 {
            let answer = await gateway.handle(Self.request(.POST, "/api/submit", body: body))
            #expect(answer.status == .ok)
            let submitted = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: String])
            ids.append(try #require(submitted["run_id"]))
        }
        #expect(ids[0] == ids[1])
        #expect(try await api.metadataDB.client.command("XLEN", Keys.jobs).int == 1, "one job queued")
    }

    @Test func customInputsBecomeOneJSONArrayOfInputs() async throws {
        func tried(_ body: String) async throws -> String {
            let answer = await gateway.handle(Self.request(.POST, "/api/run", body: body))
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
        let wrong = await gateway.handle(Self.request(.POST, "/api/run", body: #"{"slug":"two-sum","language":"python3","source":"x","input":"[1]"}"#))
        #expect(wrong.status == .badRequest)
        #expect(String(decoding: wrong.body, as: UTF8.self).contains("custom input 1"))
    }

    @Test func submissionsAreLimitedPerClientAddress() async throws {
        let limited = Self.gateway(serving.endpoint, burst: 2)
        let body = #"{"slug":"two-sum","language":"python3","source":"x"}"#
        for _ in 0..<2 { #expect(await limited.handle(Self.request(.POST, "/api/submit", body: body)).status == .ok) }
        let refused = await limited.handle(Self.request(.POST, "/api/run", body: body))
        #expect(refused.status == .tooManyRequests)
        #expect(Int(refused.header("Retry-After") ?? "") ?? 0 > 0)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("RESOURCE_EXHAUSTED"))
        #expect(await limited.handle(Self.request(.POST, "/api/submit", body: body, from: "192.0.2.2")).status == .ok)
        // Reading is not limited.
        #expect(await limited.handle(Self.request(.GET, "/api/questions")).status == .ok)
        #expect(try await api.runs.runCount(questions: ["two-sum"]) == 3)
    }

    @Test func eventsStreamEveryChangeOfARunUntilItIsFinished() async throws {
        let body = #"{"slug":"two-sum","language":"python3","source":"x"}"#
        let submitted = await gateway.handle(Self.request(.POST, "/api/submit", body: body))
        let runID = try #require(try JSONSerialization.jsonObject(with: Data(submitted.body)) as? [String: String])["run_id"] ?? ""
        let answer = await gateway.handle(Self.request(.GET, "/api/runs/\(runID)/events"))
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
