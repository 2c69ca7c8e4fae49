import Docker
import Foundation
import Model
import RPC
import Store
import Testing
import Wire

/// The whole path with real Redis, a real dockerd and real containers: CLI → API → stream →
/// worker → sandbox → verdict.
@Suite("clonecode-worker end to end", .serialized)
struct WorkerTests {
    /// A cluster with workers of these ids (unique per test: a test's cleanup removes its workers' containers).
    static func cluster(workers: [String], workerArguments: [String] = []) async throws -> Cluster {
        let cluster = try await Cluster.withBank()
        for id in workers { _ = try await cluster.startWorker(id: id, extra: workerArguments) }
        return cluster
    }

    static func containers(of worker: String) async -> Set<String> { await Containers.of(worker: worker) }


    static func submit(_ client: RPCClient, _ slug: String, _ source: String, mode: RunMode = .submit,
                       customInput: String = "", language: Language = .python3) async throws -> Run {
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: slug, language: language.rawValue, source: source,
                                                                            mode: mode, customInput: customInput),
                                          as: SubmitResponse.self).runID
        var last: Run?
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), as: Run.self, timeout: .seconds(120)) {
            last = run
        }
        return try #require(last)
    }

    /// The languages with a LeetCode-style solution of every question in Tests/solutions/LANGUAGE.
    static let solutionLanguages: [Language] = [.python3, .cpp, .c, .java, .javascript, .typescript, .go, .rust, .ruby, .php]

    @Test("LeetCode-style solutions of every question in the bank are Accepted unchanged", arguments: solutionLanguages)
    func everyQuestionAcceptsALeetCodeSolution(language: Language) async throws {
        let cluster = try await Self.cluster(workers: ["all-questions-\(language.rawValue)"])
        let client = try await cluster.client()
        defer { client.close() }
        let list = try await client.call(Method.Questions.list, ListQuestionsRequest(), as: ListQuestionsResponse.self)
        #expect(list.questions.count >= 20)
        for question in list.questions {
            let path = "\(Paths.root)/Tests/solutions/\(language.rawValue)/\(question.slug).\(language.fileExtensions[0])"
            let source = try #require(try? String(contentsOfFile: path, encoding: .utf8), "no solution for \(question.slug)")
            let run = try await Self.submit(client, question.slug, source, language: language)
            #expect(run.verdict == .accepted, "\(language) \(question.slug): \(run.verdict?.rawValue ?? "-") \(run.message) \(run.compileOutput) \(String(describing: run.failedTest))")
            #expect(run.passed == run.total && run.total >= 30)
        }
        let stats = try await client.call(Method.Questions.list, ListQuestionsRequest(search: "two sum"), as: ListQuestionsResponse.self)
        #expect(stats.questions.first?.accepted == 1 && stats.questions.first?.submitted == 1)
    }

    @Test func theCLIShowsEachVerdictWithItsDetails() async throws {
        let cluster = try await Self.cluster(workers: ["cli-verdicts"])
        func submit(_ body: String) async throws -> (Int32, [String: Any]) {
            let file = "\(cluster.dir)/s\(UUID().uuidString.prefix(6)).py"
            try ("class Solution:\n    def twoSum(self, nums, target):\n" + body).write(toFile: file, atomically: true, encoding: .utf8)
            let result = try await cluster.cli(["submit", "two-sum", file, "--json"])
            return (result.status, (try? JSONSerialization.jsonObject(with: Data(result.out.utf8))) as? [String: Any] ?? [:])
        }
        let (okStatus, ok) = try await submit("        d = {}\n        for i, v in enumerate(nums):\n            if target - v in d: return [d[target - v], i]\n            d[v] = i\n")
        #expect(okStatus == 0 && ok["verdict"] as? String == "Accepted")
        #expect((ok["memory_kb"] as? Int ?? 0) > 1000 && ok["percentile"] as? Double != nil)

        let (waStatus, wa) = try await submit("        print('trying', nums)\n        return [0, 0]\n")
        #expect(waStatus == 1 && wa["verdict"] as? String == "Wrong Answer")
        let failed = wa["failed_test"] as? [String: String] ?? [:]
        #expect(failed["input"] == "nums = [3,8,12,5], target = 17")
        #expect(failed["expected"] == "[2,3]" && failed["actual"] == "[0,0]")
        #expect(failed["stdout"] == "trying [3, 8, 12, 5]\n")

        let (ceStatus, ce) = try await submit("        return [0, 1\n")
        #expect(ceStatus == 1 && ce["verdict"] as? String == "Compile Error")
        #expect((ce["compile_output"] as? String)?.contains("line 3") == true)

        let (_, re) = try await submit("        return {}[1]\n")
        #expect(re["verdict"] as? String == "Runtime Error")
        #expect((re["message"] as? String)?.contains("KeyError: 1") == true)
        #expect((re["message"] as? String)?.contains("line 3, in twoSum") == true)

        let (_, tle) = try await submit("        while True: pass\n")
        #expect(tle["verdict"] as? String == "Time Limit Exceeded")

        // LeetCode's "Run": the examples, and a custom input, beside the reference answers.
        let file = "\(cluster.dir)/ok.py"
        try "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let examples = try await cluster.cli(["run", "two-sum", file, "--json"])
        let ran = (try? JSONSerialization.jsonObject(with: Data(examples.out.utf8))) as? [String: Any] ?? [:]
        let outputs = ran["outputs"] as? [[String: Any]] ?? []
        #expect(outputs.count == 3)
        #expect(outputs.first?["expected"] as? String == "[2,3]" && outputs.first?["actual"] as? String == "[0,1]")
        let inputFile = "\(cluster.dir)/input.txt"
        try "[[1,2,3],5]\n[[5,5],10]\n".write(toFile: inputFile, atomically: true, encoding: .utf8)
        let custom = try await cluster.cli(["run", "two-sum", file, "--input", inputFile, "--json"])
        let customRun = (try? JSONSerialization.jsonObject(with: Data(custom.out.utf8))) as? [String: Any] ?? [:]
        let customOutputs = customRun["outputs"] as? [[String: Any]] ?? []
        #expect(customOutputs.count == 2)
        // The reference solution answered the custom inputs: [1,2,3] with 5 is [1,2]; [5,5] with 10 is [0,1].
        #expect(customOutputs.map { $0["expected"] as? String } == ["[1,2]", "[0,1]"])
        #expect(customOutputs.map { $0["actual"] as? String } == ["[0,1]", "[0,1]"])
        #expect(customOutputs.map { $0["passed"] as? Bool } == [false, true])
        #expect(customRun["verdict"] as? String == "Wrong Answer")
    }

    @Test func aJobOfAKilledWorkerIsTakenOverAndFinishes() async throws {
        let cluster = try await Self.cluster(workers: ["doomed"], workerArguments: ["--lease-ms", "3000"])
        let client = try await cluster.client()
        defer { client.close() }
        // A solution slow enough to be caught in the middle.
        let slow = "import time\nclass Solution:\n    def isPalindrome(self, x):\n        time.sleep(0.1)\n        return str(x) == str(x)[::-1]\n"
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: slow),
                                          as: SubmitResponse.self).runID
        for _ in 0..<100 {
            if try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID), as: Run.self).status == .running { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        cluster.workers.first?.signal(SIGKILL)
        _ = await cluster.workers.first?.wait(timeout: .seconds(5))
        #expect(try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID), as: Run.self).status == .running)
        _ = try await cluster.startWorker(id: "heir", extra: ["--lease-ms", "3000"])
        var final: Run?
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), as: Run.self, timeout: .seconds(60)) {
            final = run
        }
        #expect(final?.verdict == .accepted && final?.worker == "heir" && final?.attempts == 2)
        let stats = try await client.call(Method.Fleet.queueStats, Empty(), as: QueueStatsResponse.self)
        #expect(stats.length == 0 && stats.pending == 0)

        // Restarted, the dead worker removes the containers it left, and only those.
        let leftBehind = await Self.containers(of: "doomed")
        let heirs = await Self.containers(of: "heir")
        #expect(!leftBehind.isEmpty && !heirs.isEmpty)
        _ = try await cluster.startWorker(id: "doomed", extra: ["--lease-ms", "3000"])
        #expect(await Self.containers(of: "doomed").isDisjoint(with: leftBehind))
        #expect(await Self.containers(of: "heir").isSuperset(of: heirs))
    }

    @Test func watchersSeeWhichTestIsRunning() async throws {
        let cluster = try await Self.cluster(workers: ["progress"])
        let client = try await cluster.client()
        defer { client.close() }
        let slow = "import time\nclass Solution:\n    def isPalindrome(self, x):\n        time.sleep(0.04)\n        return str(x) == str(x)[::-1]\n"
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: slow),
                                          as: SubmitResponse.self).runID
        var seen: [Run] = []
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), as: Run.self, timeout: .seconds(60)) {
            seen.append(run)
        }
        let running = seen.filter { $0.status == .running && $0.currentTest > 0 }
        #expect(running.count >= 2, "\(seen.map { "\($0.status) \($0.currentTest)/\($0.total)" })")
        #expect(running.allSatisfy { $0.total == 35 })
        #expect(running.map(\.currentTest) == running.map(\.currentTest).sorted())
        #expect(seen.last?.verdict == .accepted)
    }

    @Test func aJobDeliveredTooOftenEndsAsInternalErrorWithTheReason() async throws {
        let cluster = try await Self.cluster(workers: [])
        let client = try await cluster.client()
        defer { client.close() }
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: "x"),
                                          as: SubmitResponse.self).runID
        // A consumer that took the job and died, after the job had already been handed out three times.
        let redis = RedisClient(endpoint: .unix(path: cluster.metadataSocket))
        let taken = try await redis.command("XREADGROUP", "GROUP", Keys.jobGroup, "ghost", "COUNT", "1", "STREAMS", Keys.jobs, ">")
        let entryID = try #require(taken.array?.first?.array?[1].array?.first?.array?.first?.string)
        try await redis.command("XCLAIM", Keys.jobs, Keys.jobGroup, "ghost", "0", entryID, "RETRYCOUNT", "3")
        _ = try await cluster.startWorker(id: "persistent", extra: ["--lease-ms", "500"])
        var final: Run?
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), as: Run.self, timeout: .seconds(60)) {
            final = run
        }
        #expect(final?.verdict == .internalError)
        #expect(final?.message == "judging failed 3 times; giving up")
        let stats = try await client.call(Method.Fleet.queueStats, Empty(), as: QueueStatsResponse.self)
        #expect(stats.length == 0 && stats.pending == 0)
        await redis.shutdown()
    }

    @Test func queuedJobsSurviveARedisRestart() async throws {
        let cluster = try await Self.cluster(workers: [])
        let client = try await cluster.client()
        defer { client.close() }
        let source = try String(contentsOfFile: "\(Paths.root)/Tests/solutions/python3/palindrome-number.py", encoding: .utf8)
        var ids: [String] = []
        for _ in 0..<3 {
            ids.append(try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: source),
                                             as: SubmitResponse.self).runID)
        }
        cluster.metadataRedis?.signal(SIGKILL)
        _ = await cluster.metadataRedis?.wait(timeout: .seconds(5))
        cluster.metadataRedis = try await cluster.startRedis("metadata")
        _ = try await cluster.startWorker(id: "late")
        for id in ids {
            var final: Run?
            for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: id), as: Run.self, timeout: .seconds(60)) {
                final = run
            }
            #expect(final?.verdict == .accepted)
        }
    }

    @Test func workersAreListedAndDrainOnRequestAndOnSIGTERM() async throws {
        let cluster = try await Self.cluster(workers: ["listed"])
        let listed = try await cluster.cli(["workers", "--json"])
        let workers = (try? JSONSerialization.jsonObject(with: Data(listed.out.utf8))) as? [[String: Any]] ?? []
        #expect(workers.count == 1)
        #expect(workers.first?["id"] as? String == "listed" && workers.first?["reachable"] as? Bool == true)
        #expect(workers.first?["slots"] as? Int == ProcessInfo.processInfo.activeProcessorCount)

        // SIGTERM while judging: the run in flight finishes, then the worker stops.
        let client = try await cluster.client()
        defer { client.close() }
        let slow = "import time\nclass Solution:\n    def isPalindrome(self, x):\n        time.sleep(0.05)\n        return str(x) == str(x)[::-1]\n"
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: slow),
                                          as: SubmitResponse.self).runID
        try await Task.sleep(for: .milliseconds(500))
        cluster.workers.first?.signal(SIGTERM)
        #expect(await cluster.workerNotify["listed"]?.waitFor { $0 == "STOPPING=1" } != nil)
        #expect(await cluster.workers.first?.wait(timeout: .seconds(60)) == 0)
        #expect(try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID), as: Run.self).verdict == .accepted)
        // It removed its containers and its registration.
        let after = try await cluster.cli(["workers", "--json"])
        #expect(after.out.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || after.out.contains("[]"))
    }
}
