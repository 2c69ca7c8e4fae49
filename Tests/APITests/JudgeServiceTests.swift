import Foundation
@testable import API
import Model
import RPC
import Store
import TestSupport
import Testing
import Wire

/// The Judge and Fleet services: submissions checked and queued, runs read and watched, the
/// queue's figures, and Redis outages as UNAVAILABLE.
@Suite struct JudgeServiceTests {
    static let twoSum = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"

    static func submit(_ api: InProcessAPI, mode: RunMode = .submit, customInput: String = "") async throws -> String {
        try await api.client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: twoSum, mode: mode,
                                                                     customInput: customInput)).runID
    }

    @Test func badSubmissionsGetTheirStatusAndMessageAndQueueNothing() async throws {
        let api = try await InProcessAPI()
        let cases: [(SubmitRequest, StatusCode, String)] = [
            (SubmitRequest(slug: "two-sum", language: "python3", source: "  \n"), .invalidArgument, "source is empty"),
            (SubmitRequest(slug: "two-sum", language: "python3", source: String(repeating: "x", count: 65537)),
             .invalidArgument, "source is 65537 bytes; the limit is 65536"),
            (SubmitRequest(slug: "two-sum", language: "cobol", source: "x"), .invalidArgument, "unknown language 'cobol'"),
            (SubmitRequest(slug: "two-sum", language: "", source: "x"), .invalidArgument, "language is empty"),
            (SubmitRequest(slug: "two-sum", language: "scala", source: "x"), .invalidArgument,
             "question 'two-sum' does not offer scala; it offers: python3, cpp, java"),
            (SubmitRequest(slug: "no-such-question", language: "python3", source: "x"), .notFound, "no question 'no-such-question'"),
            (SubmitRequest(slug: "Two Sum", language: "python3", source: "x"), .invalidArgument, "is not a question slug"),
            (SubmitRequest(slug: "", language: "python3", source: "x"), .invalidArgument, "slug is empty"),
            (SubmitRequest(slug: "two-sum", language: "python3", source: "x", mode: .submit, customInput: "[[[1,2],3]]"),
             .invalidArgument, "custom_input is only for TRY runs"),
            (SubmitRequest(slug: "two-sum", language: "python3", source: "x", mode: .try, customInput: "[[[1,2]]]"),
             .invalidArgument, "custom input 1: input has 1 values; twoSum takes 2"),
            (SubmitRequest(slug: "two-sum", language: "python3", source: "x", mode: .try, customInput: "nope"),
             .invalidArgument, "custom_input must be a JSON array"),
            (SubmitRequest(slug: "two-sum", language: "python3", source: "x", mode: .try, customInput: "[]"),
             .invalidArgument, "custom_input must be a JSON array of 1 to 20 inputs"),
            (SubmitRequest(slug: "text-diamond", language: "python3", source: "x", mode: .try, customInput: "[[1]]"),
             .invalidArgument, "custom input 1 must be a JSON string (the program's standard input)"),
            (SubmitRequest(slug: "two-sum", language: "python3", source: "x", mode: .try,
                           customInput: "[" + String(repeating: "\"x\",", count: 90_000) + "\"x\"]"),
             .invalidArgument, "custom_input is over 262144 bytes"),
        ]
        for (request, code, fragment) in cases {
            let error = await #expect(throws: RPCError.self) {
                try await api.client.call(Method.Judge.submit, request)
            }
            #expect(error?.code == code, "\(fragment)")
            #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "") lacks \(fragment)")
        }
        let stats = try await api.client.call(Method.Fleet.queueStats, Empty())
        #expect(stats.length == 0 && stats.runs == 0)
    }

    @Test func aSubmissionIsARunRecordAndAJobTogether() async throws {
        let api = try await InProcessAPI()
        let runID = try await Self.submit(api)
        #expect(RunID.isValid(runID))
        let stored = try #require(try await api.runs.get(runID))
        #expect(stored.status == .queued && stored.question == "two-sum" && stored.language == .python3 && stored.source == Self.twoSum)
        let jobs = try await api.metadataDB.client.command("XRANGE", Keys.jobs, "-", "+").array ?? []
        #expect(jobs.count == 1 && jobs.first?.array?[1].array?.map(\.string) == ["run_id", runID])
        // A try run keeps its custom input; a program question takes standard inputs.
        let tried = try await Self.submit(api, mode: .try, customInput: "[[[1,2],3],[[5,5],10]]")
        #expect(try await api.runs.get(tried)?.customInput == "[[[1,2],3],[[5,5],10]]")
        _ = try await api.client.call(Method.Judge.submit, SubmitRequest(slug: "text-diamond", language: "python3", source: "x", mode: .try,
                                                                         customInput: "[\"3\\n\"]"))
    }

    @Test func aRepeatedRequestIDAnswersTheFirstRunAndQueuesNothing() async throws {
        let api = try await InProcessAPI { $0.maxQueueDepth = 1 }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cc-api-\(UUID().uuidString.prefix(8)).sock").path
        let serving = try await api.serve(at: path)
        defer { _ = serving; try? FileManager.default.removeItem(atPath: path) }
        let request = SubmitRequest(slug: "two-sum", language: "python3", source: Self.twoSum, requestID: "retry-1")
        // The connection is cut right after the request was sent: the client never sees the run id.
        do {
            let raw = try RawSocket(unixPath: path)
            let frame = Frame(callID: 1, kind: .request, method: Method.Judge.submit.name, timeoutMs: 10_000, payload: request.wireBytes())
            let bytes = frame.wireBytes()
            try raw.send(withUnsafeBytes(of: UInt32(bytes.count).bigEndian, Array.init) + bytes)
        }
        var runs: UInt64 = 0
        for _ in 0..<100 where runs == 0 {
            try await Task.sleep(for: .milliseconds(20))
            runs = try await api.client.call(Method.Fleet.queueStats, Empty()).runs
        }
        #expect(runs == 1, "the API took the request")
        // The retry, with the same request id, gets that run, although the queue is now full.
        let retried = try await api.client.call(Method.Judge.submit, request).runID
        #expect(RunID.isValid(retried))
        let jobs = try await api.metadataDB.client.command("XRANGE", Keys.jobs, "-", "+").array ?? []
        #expect(jobs.count == 1 && jobs.first?.array?[1].array?.map(\.string) == ["run_id", retried])
        #expect(try await api.metadataDB.client.command("TTL", Keys.request("retry-1")).int ?? 0 > 86_000)
        // The same request id with another submission is refused, naming the first run.
        var other = request
        other.source += "# changed\n"
        await #expect(throws: RPCError(.alreadyExists, "request_id 'retry-1' was used for another submission (run \(retried))")) {
            try await api.client.call(Method.Judge.submit, other)
        }
        // A request id must be short and plain.
        for bad in [String(repeating: "a", count: 65), "a b", "ids/with/slashes"] {
            var request = request
            request.requestID = bad
            let error = await #expect(throws: RPCError.self) { try await api.client.call(Method.Judge.submit, request) }
            #expect(error?.code == .invalidArgument && error?.message.contains("request_id must be 1 to 64") == true)
        }
        let stats = try await api.client.call(Method.Fleet.queueStats, Empty())
        #expect(stats.runs == 1 && stats.length == 1)
    }

    @Test func aRetryOfAnAcceptedRequestGetsItsRunWhileNewOnesAreRefusedForTheWait() async throws {
        let api = try await InProcessAPI { $0.maxQueueWait = .seconds(1) }
        let watch = try #require(api.queueWatch)
        let request = SubmitRequest(slug: "two-sum", language: "python3", source: Self.twoSum, requestID: "accepted-1")
        let first = try await api.client.call(Method.Judge.submit, request).runID
        // The fleet seen busy: 200 jobs queued, 20 of them finished in 0.6 s; the 181 left would
        // wait about 5 s, over the 1 s allowed.
        let redis = api.metadataDB.client
        _ = try await redis.pipeline((0..<200).map { ["XADD", Keys.jobs, "*", "run_id", "filler-\($0)"] })
        await watch.sample()
        let ids = try await redis.command("XRANGE", Keys.jobs, "-", "+", "COUNT", "21").array?.compactMap { $0.array?.first?.string } ?? []
        try await redis.command(["XDEL", Keys.jobs] + ids.dropFirst())
        try await Task.sleep(for: .milliseconds(600))
        await watch.sample()
        let refused = await #expect(throws: RPCError.self) {
            try await api.client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: Self.twoSum,
                                                                         requestID: "new-1"))
        }
        #expect(refused?.code == .resourceExhausted && refused?.retryAfter != nil, "\(String(describing: refused))")
        // The retry of the accepted one is answered with its run, not refused.
        #expect(try await api.client.call(Method.Judge.submit, request).runID == first)
        #expect(try await redis.command("EXISTS", Keys.request("new-1")).int == 0)
    }

    @Test func pastTheQueueDepthSubmitIsResourceExhausted() async throws {
        let api = try await InProcessAPI { $0.maxQueueDepth = 2 }
        _ = try await Self.submit(api)
        _ = try await Self.submit(api)
        // No judging rate known yet (no worker): the refusal suggests a few seconds, over the wire.
        await #expect(throws: RPCError(.resourceExhausted, "the judge queue is full (2 jobs waiting); try again in 5 s",
                                       retryAfter: .seconds(5))) {
            try await Self.submit(api)
        }
        let stats = try await api.client.call(Method.Fleet.queueStats, Empty())
        #expect(stats == QueueStatsResponse(length: 2, pending: 0, consumers: 0, maxDepth: 2, runs: 2))
    }

    @Test func runsAreReadWithoutTheirSourceAndListedNewestFirst() async throws {
        let api = try await InProcessAPI()
        let first = try await Self.submit(api)
        try await Task.sleep(for: .milliseconds(5))
        let second = try await Self.submit(api)
        let run = try await api.client.call(Method.Judge.getRun, GetRunRequest(runID: first))
        #expect(run.runID == first && run.status == .queued && run.source.isEmpty)
        let listed = try await api.client.call(Method.Judge.listRuns, ListRunsRequest(slug: "two-sum"))
        #expect(listed.runs.map(\.runID) == [second, first] && listed.runs.allSatisfy { $0.source.isEmpty })
        let one = try await api.client.call(Method.Judge.listRuns, ListRunsRequest(slug: "two-sum", limit: 1))
        #expect(one.runs.map(\.runID) == [second])
        await #expect(throws: RPCError(.invalidArgument, "limit must be 0 to 200")) {
            try await api.client.call(Method.Judge.listRuns, ListRunsRequest(slug: "two-sum", limit: 201))
        }
        await #expect(throws: RPCError(.notFound, "no question 'nope'")) {
            try await api.client.call(Method.Judge.listRuns, ListRunsRequest(slug: "nope"))
        }
        let unknown = "123e4567-e89b-42d3-a456-426614174000"
        await #expect(throws: RPCError(.notFound, "no run '\(unknown)'")) {
            try await api.client.call(Method.Judge.getRun, GetRunRequest(runID: unknown))
        }
        for malformed in ["../../etc", "", first.uppercased()] {
            let error = await #expect(throws: RPCError.self) {
                try await api.client.call(Method.Judge.getRun, GetRunRequest(runID: malformed))
            }
            #expect(error?.code == .invalidArgument, "\(malformed)")
        }
    }

    @Test func watchRunSendsEveryChangeUntilTheRunIsFinished() async throws {
        let api = try await InProcessAPI()
        let runID = try await Self.submit(api)
        let seen = RunLog()
        let watch = Task {
            for try await run in api.client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) {
                await seen.append(run)
            }
        }
        try await seen.waitFor(1)
        // What a worker writes, through the store a worker uses.
        var run = try #require(try await api.runs.get(runID))
        run.status = .running
        run.total = 32
        run.currentTest = 3
        try await api.runs.update(run, [.status, .total, .currentTest])
        try await seen.waitFor(2)
        run.status = .finished
        run.verdict = .accepted
        run.passed = 32
        try await api.runs.update(run, [.status, .verdict, .passed])
        try await watch.value
        let states = await seen.runs.map { "\($0.status.rawValue) \($0.currentTest) \($0.verdict?.rawValue ?? "-")" }
        #expect(states == ["Queued 0 -", "Running 3 -", "Finished 3 Accepted"])
        #expect(await seen.runs.allSatisfy { $0.source.isEmpty })
        // A finished run is sent once and the stream ends.
        var again: [Run] = []
        for try await run in api.client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) { again.append(run) }
        #expect(again.map(\.status) == [.finished])
        await #expect(throws: RPCError.self) {
            for try await _ in api.client.stream(Method.Judge.watchRun, GetRunRequest(runID: "nope")) {}
        }
    }

    @Test func healthAndSubmitTellARedisOutageAndRecoverWithIt() async throws {
        let api = try await InProcessAPI()
        #expect(try await api.client.call(Method.Health.check, Empty()) == HealthResponse(serving: true))
        let before = try await Self.submit(api)
        api.metadataDB.kill()
        let error = await #expect(throws: RPCError.self) { try await Self.submit(api) }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("the MetadataDB is unavailable") == true)
        let health = try await api.client.call(Method.Health.check, Empty())
        #expect(!health.serving && health.problems.count == 1 && health.problems[0].contains("MetadataDB at unix:\(api.metadataDB.socket)"))
        // Same socket, same append-only file: the service reconnects by itself and the job is still there.
        try await api.metadataDB.restart()
        let after = try await Self.submit(api)
        let jobs = try await api.metadataDB.client.command("XRANGE", Keys.jobs, "-", "+").array ?? []
        #expect(jobs.compactMap { $0.array?[1].array?[1].string } == [before, after])
        api.questionsDB.kill()
        let listing = await #expect(throws: RPCError.self) {
            try await api.client.call(Method.Questions.list, ListQuestionsRequest())
        }
        #expect(listing?.code == .unavailable && listing?.message.contains("the QuestionsDB is unavailable") == true)
    }

    @Test func workersAreListedFromTheirRegistrationWhenTheyDoNotAnswer() async throws {
        let api = try await InProcessAPI(bank: false)
        #expect(try await api.client.call(Method.Fleet.listWorkers, Empty()).workers.isEmpty)
        let directory = WorkerDirectory(redis: api.metadataDB.client)
        try await directory.heartbeat(id: "w2", fields: ["host": "h2", "address": "unix:\(api.metadataDB.directory)/none.sock",
                                                         "slots": "4", "languages": "python3,cpp"], ttl: .seconds(30))
        try await directory.heartbeat(id: "w1", fields: ["host": "h1", "address": "not an address"], ttl: .seconds(30))
        let workers = try await api.client.call(Method.Fleet.listWorkers, Empty()).workers
        #expect(workers.map(\.id) == ["w1", "w2"])
        let w2 = try #require(workers.last)
        #expect(w2.host == "h2" && w2.slots == 4 && w2.languages == ["python3", "cpp"] && !w2.reachable && w2.lastSeenMs > 0)
    }
}

/// The runs a watch delivered.
actor RunLog {
    var runs: [Run] = []
    func append(_ run: Run) { runs.append(run) }

    /// Waits (up to 5 s) until `count` runs arrived.
    func waitFor(_ count: Int) async throws {
        for _ in 0..<250 where runs.count < count { try await Task.sleep(for: .milliseconds(20)) }
        if runs.count < count { throw TestFailure("\(runs.count) of \(count) runs arrived") }
    }
}
