import Bank
import Foundation
import Model
import RPC
import Store
import Testing
import Wire

/// The API daemon with real Redis servers: readiness, the bank, submissions, runs, limits and access.
@Suite("clonecode-api with real Redis", .serialized)
struct APIDaemonTests {
    static let twoSum = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"

    @Test func readinessWaitsForBothRedisServers() async throws {
        let cluster = try Cluster()
        try await cluster.startAPI(waitReady: false)
        let waiting = await cluster.notify.waitFor(timeout: .seconds(10)) { $0.hasPrefix("STATUS=waiting for the QuestionsDB") }
        #expect(waiting != nil)
        try await Task.sleep(for: .milliseconds(500))
        #expect(!cluster.notify.lines.contains("READY=1"), "READY=1 before Redis answered")
        try await cluster.startRedisServers()
        #expect(await cluster.notify.waitFor { $0 == "READY=1" } != nil)
        let status = cluster.notify.lines.last { $0.hasPrefix("STATUS=serving on") } ?? ""
        #expect(status.contains("unix:\(cluster.apiSocket)") && status.contains("tcp://127.0.0.1:\(cluster.tcpPort)"))
    }

    @Test func loadingTheBankTwiceChangesNothingAndHiddenTestsStayHidden() async throws {
        let cluster = try Cluster()
        try await cluster.startRedisServers()
        try await cluster.startAPI()
        let first = try await cluster.cli(["admin", "load", "\(Paths.root)/questions"])
        #expect(first.status == 0)
        #expect(first.out.split(separator: "\n").allSatisfy { $0.hasPrefix("created ") })
        let second = try await cluster.cli(["admin", "load", "\(Paths.root)/questions"])
        #expect(second.status == 0)
        #expect(second.out.split(separator: "\n").count == first.out.split(separator: "\n").count)
        #expect(second.out.split(separator: "\n").allSatisfy { $0.hasPrefix("unchanged ") })

        let client = try await cluster.client()
        defer { client.close() }
        let list = try await client.call(Method.Questions.list, ListQuestionsRequest())
        #expect(list.questions.count >= 20)
        let hard = try await client.call(Method.Questions.list, ListQuestionsRequest(difficulty: .hard))
        #expect(!hard.questions.isEmpty && hard.questions.allSatisfy { $0.difficulty == .hard })
        let tagged = try await client.call(Method.Questions.list, ListQuestionsRequest(tag: "linked-list"))
        #expect(Set(tagged.questions.map(\.slug)).isSuperset(of: ["add-two-numbers", "reverse-linked-list"]))

        let detail = try await client.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum"))
        #expect(detail.question.examples.first?.input == "nums = [3,8,12,5], target = 17")
        #expect(detail.question.examples.first?.output == "[2,3]")
        #expect(detail.stub.contains("def twoSum(self, nums: List[int], target: int) -> List[int]:"))
        // The hidden tests are in the QuestionsDB, and no byte of them reaches the client.
        let stored = try #require(try await QuestionStore(redis: RedisClient(endpoint: .unix(path: cluster.questionsSocket))).tests("two-sum"))
        let hidden = stored[stored.count - 2].input
        #expect(!String(decoding: detail.wireBytes(), as: UTF8.self).contains(hidden.prefix(200)))

        let text = try await cluster.cli(["question", "two-sum"])
        #expect(text.status == 0 && text.out.contains("Example 1:") && text.out.contains("class Solution:"))
    }

    @Test func theLanguagesFlagDecidesWhatIsOffered() async throws {
        // APITests check every refusal of a submission; this checks the daemon's flag reaches them.
        let cluster = try await Cluster.withBank(apiArguments: ["--languages", "python3,cpp,java"])
        let client = try await cluster.client()
        defer { client.close() }
        await #expect(throws: RPCError(.invalidArgument, "question 'two-sum' does not offer scala; it offers: python3, cpp, java")) {
            try await client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "scala", source: "x"))
        }
        let stats = try await client.call(Method.Fleet.queueStats, Empty())
        #expect(stats.length == 0 && stats.runs == 0)
    }

    @Test func aSubmissionIsARunRecordAndAJobTogether() async throws {
        let cluster = try await Cluster.withBank()
        let file = "\(cluster.dir)/sol.py"
        try Self.twoSum.write(toFile: file, atomically: true, encoding: .utf8)
        let submitted = try await cluster.cli(["submit", "two-sum", file, "--no-wait"])
        #expect(submitted.status == 0)
        let runID = submitted.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(RunID.isValid(runID))

        let redis = RedisClient(endpoint: .unix(path: cluster.metadataSocket))
        let record = try await redis.command("HGETALL", Keys.run(runID)).fields
        #expect(record["status"] == "Queued" && record["question"] == "two-sum" && record["language"] == "python3")
        #expect(record["source"] == Self.twoSum)
        let jobs = try await redis.command("XRANGE", Keys.jobs, "-", "+").array ?? []
        #expect(jobs.count == 1)
        #expect(jobs.first?.array?[1].array?.map(\.string) == ["run_id", runID])
        #expect(try await redis.command("ZSCORE", Keys.runsOf("two-sum"), runID).string != nil)

        let status = try await cluster.cli(["status", runID, "--json"])
        #expect(status.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(status.out.utf8)) as? [String: Any]
        #expect(json?["run_id"] as? String == runID && json?["status"] as? String == "Queued")
        for key in ["verdict", "passed", "total", "runtime_ms", "memory_kb", "message", "compile_output", "failed_test"] {
            #expect(json?.keys.contains(key) == true, "\(key)")
        }
        let client = try await cluster.client()
        defer { client.close() }
        let run = try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID))
        #expect(run.status == .queued && run.source.isEmpty)
        let runs = try await client.call(Method.Judge.listRuns, ListRunsRequest(slug: "two-sum"))
        #expect(runs.runs.map(\.runID) == [runID])
        await #expect(throws: RPCError(.notFound, "no run '123e4567-e89b-42d3-a456-426614174000'")) {
            try await client.call(Method.Judge.getRun, GetRunRequest(runID: "123e4567-e89b-42d3-a456-426614174000"))
        }
        let malformed = await #expect(throws: RPCError.self) {
            try await client.call(Method.Judge.getRun, GetRunRequest(runID: "../../etc"))
        }
        #expect(malformed?.code == .invalidArgument)
        await redis.shutdown()
    }

    @Test func watchRunPushesEveryChangeUntilTheRunIsFinished() async throws {
        let cluster = try await Cluster.withBank()
        let client = try await cluster.client()
        defer { client.close() }
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: Self.twoSum)).runID
        let seen = RunLog()
        let watch = Task {
            for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) {
                await seen.append(run)
            }
        }
        func waitForCount(_ n: Int) async throws {
            for _ in 0..<250 where await seen.runs.count < n { try await Task.sleep(for: .milliseconds(20)) }
        }
        try await waitForCount(1)
        // What a worker writes, through the store a worker uses.
        let runs = RunStore(redis: RedisClient(endpoint: .unix(path: cluster.metadataSocket)))
        var run = try #require(try await runs.get(runID))
        run.status = .running
        run.total = 32
        run.currentTest = 3
        try await runs.update(run, [.status, .total, .currentTest])
        try await waitForCount(2)
        run.status = .finished
        run.verdict = .accepted
        run.passed = 32
        try await runs.update(run, [.status, .verdict, .passed])
        try await withDeadline(.seconds(10)) { @Sendable in try await watch.value }
        let states = await seen.runs.map { "\($0.status.rawValue) \($0.currentTest) \($0.verdict?.rawValue ?? "-")" }
        #expect(states == ["Queued 0 -", "Running 3 -", "Finished 3 Accepted"])

        let watched = try await cluster.cli(["watch", runID])
        #expect(watched.status == 0 && watched.out.hasPrefix("Accepted  (32/32 tests passed)"))
        // A watch with a deadline on a run that never changes ends with DEADLINE_EXCEEDED.
        let other = try await client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: Self.twoSum)).runID
        let error = await #expect(throws: RPCError.self) {
            for try await _ in client.stream(Method.Judge.watchRun, GetRunRequest(runID: other), timeout: .milliseconds(300)) {}
        }
        #expect(error?.code == .deadlineExceeded)
    }

    @Test func pastTheQueueDepthSubmitIsResourceExhausted() async throws {
        let cluster = try await Cluster.withBank(apiArguments: ["--max-queue-depth", "2"])
        let client = try await cluster.client()
        defer { client.close() }
        let request = SubmitRequest(slug: "two-sum", language: "python3", source: Self.twoSum)
        _ = try await client.call(Method.Judge.submit, request)
        _ = try await client.call(Method.Judge.submit, request)
        let error = await #expect(throws: RPCError.self) { try await client.call(Method.Judge.submit, request) }
        #expect(error?.code == .resourceExhausted)
        #expect(error?.message.contains("queue is full (2 jobs waiting)") == true)
        let stats = try await client.call(Method.Fleet.queueStats, Empty())
        #expect(stats.length == 2 && stats.maxDepth == 2 && stats.runs == 2)
    }

    @Test func adminCallsNeedRootOrTheServiceUserLocallyAndTheTokenOverTCP() async throws {
        let cluster = try Cluster()
        try await cluster.startRedisServers()
        let tokenFile = "\(cluster.dir)/admin.token"
        try "s3cret-admin-token-0123456789\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        chmod(tokenFile, 0o600)
        try await cluster.startAPI(extra: ["--admin-token-file", tokenFile])
        try await cluster.loadBank()
        let delete = DeleteQuestionRequest(slug: "two-sum")

        let anonymous = try await RPCClient.connect(to: cluster.tcpEndpoint)
        let wrong = try await RPCClient.connect(to: cluster.tcpEndpoint, authToken: "guess")
        let admin = try await RPCClient.connect(to: cluster.tcpEndpoint, authToken: "s3cret-admin-token-0123456789")
        defer { [anonymous, wrong, admin].forEach { $0.close() } }
        await #expect(throws: RPCError(.unauthenticated, "admin calls over TCP need the admin token")) {
            try await anonymous.call(Method.Questions.delete, delete)
        }
        await #expect(throws: RPCError(.unauthenticated, "the admin token is wrong")) {
            try await wrong.call(Method.Questions.delete, delete)
        }
        // Reading needs no token.
        _ = try await anonymous.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum"))

        // Another local user (uid 65534) is refused on the Unix socket.
        let other = try await cluster.cli(["admin", "delete-question", "two-sum"], asUser: 65534)
        #expect(other.status == 2)
        #expect(other.err.contains("PERMISSION_DENIED: admin calls over the Unix socket are for root and uid 0; you are uid 65534"))
        // ...who may still browse.
        #expect(try await cluster.cli(["questions"], asUser: 65534).status == 0)

        _ = try await admin.call(Method.Questions.delete, delete)
        await #expect(throws: RPCError(.notFound, "no question 'two-sum'")) {
            try await admin.call(Method.Questions.delete, delete)
        }
    }

    @Test func aRedisOutageIsUnavailableAndNothingAcknowledgedIsLost() async throws {
        let cluster = try await Cluster.withBank()
        let client = try await cluster.client()
        defer { client.close() }
        let request = SubmitRequest(slug: "two-sum", language: "python3", source: Self.twoSum)
        let before = try await client.call(Method.Judge.submit, request).runID

        cluster.metadataRedis?.stop()
        let error = await #expect(throws: RPCError.self) { try await client.call(Method.Judge.submit, request) }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("the MetadataDB is unavailable") == true)
        let health = try await client.call(Method.Health.check, Empty())
        #expect(!health.serving && health.problems.contains { $0.contains("MetadataDB") })

        // Same socket, same append-only file: the daemon reconnects by itself and the job is still there.
        cluster.metadataRedis = try await cluster.startRedis("metadata")
        let after = try await client.call(Method.Judge.submit, request).runID
        let redis = RedisClient(endpoint: .unix(path: cluster.metadataSocket))
        let jobs = try await redis.command("XRANGE", Keys.jobs, "-", "+").array ?? []
        #expect(jobs.compactMap { $0.array?[1].array?[1].string } == [before, after])
        #expect(try await client.call(Method.Judge.getRun, GetRunRequest(runID: before)).status == .queued)
        await redis.shutdown()
    }
}

/// The runs a watch delivered.
actor RunLog {
    var runs: [Run] = []
    func append(_ run: Run) { runs.append(run) }
}

/// Fails when `body` takes longer than `timeout`.
func withDeadline(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> Void) async throws {
    try await withThrowingTaskGroup(of: Bool.self) { group in
        group.addTask { try await body(); return true }
        group.addTask { try await Task.sleep(for: timeout); return false }
        let finished = try await group.next() ?? false
        group.cancelAll()
        if !finished { throw ClusterError("timed out after \(timeout)") }
    }
}
