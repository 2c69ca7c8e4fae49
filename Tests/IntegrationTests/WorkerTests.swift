import Bank
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
                                                                            mode: mode, customInput: customInput)).runID
        var last: Run?
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), timeout: .seconds(120)) {
            last = run
        }
        return try #require(last)
    }

    /// The languages of Tests/solutions/LANGUAGE. Every question has an accepted solution in Python (its
    /// reference.py when Tests/solutions/python3 has none), C++ and Java; the questions of each kind have one
    /// in every language.
    static let solutionLanguages: [Language] = [.python3, .cpp, .c, .java, .javascript, .typescript, .go, .rust, .csharp, .kotlin, .ruby, .php, .swift, .scala]
    static let requiredLanguages: Set<Language> = [.python3, .cpp, .java]

    /// The solution of `slug` in `language`, or nil where the bank keeps none for that language.
    static func solution(of slug: String, in language: Language) throws -> String? {
        let path = "\(Paths.root)/Tests/solutions/\(language.rawValue)/\(slug).\(language.fileExtensions[0])"
        if let source = try? String(contentsOfFile: path, encoding: .utf8) { return source }
        if language == .python3 { return try? String(contentsOfFile: "\(Paths.root)/questions/\(slug)/reference.py", encoding: .utf8) }
        return nil
    }

    @Test("LeetCode-style solutions of every question in the bank are Accepted unchanged", arguments: solutionLanguages)
    func everyQuestionAcceptsALeetCodeSolution(language: Language) async throws {
        let cluster = try await Self.cluster(workers: ["all-questions-\(language.rawValue)"])
        let client = try await cluster.client()
        defer { client.close() }
        let list = try await client.call(Method.Questions.list, ListQuestionsRequest())
        #expect(list.questions.count >= 20)
        var judged: [(slug: String, source: String)] = []
        for question in list.questions {
            let detail = try await client.call(Method.Questions.get, GetQuestionRequest(slug: question.slug))
            if detail.unavailable.contains(language) {
                // LeetCode offers none (Rust for lists with cycles): a submission is refused, saying so.
                let refused = await #expect(throws: RPCError.self) {
                    try await client.call(Method.Judge.submit, SubmitRequest(slug: question.slug, language: language.rawValue, source: "x"))
                }
                #expect(refused?.code == .failedPrecondition && refused?.message.contains("not offered in \(language.rawValue)") == true)
                continue
            }
            guard let source = try Self.solution(of: question.slug, in: language) else {
                #expect(!Self.requiredLanguages.contains(language), "no \(language) solution for \(question.slug)")
                continue
            }
            judged.append((question.slug, source))
        }
        #expect(judged.count >= 35)
        // A few in flight at once, so that every slot of the worker judges.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, item) in judged.enumerated() {
                if index >= 3 { try await group.next() }
                group.addTask {
                    let run = try await Self.submit(client, item.slug, item.source, language: language)
                    #expect(run.verdict == .accepted, "\(language) \(item.slug): \(run.verdict?.rawValue ?? "-") \(run.message) \(run.compileOutput) \(String(describing: run.failedTest))")
                    #expect(run.passed == run.total && run.total >= 30)
                }
            }
            try await group.waitForAll()
        }
        let stats = try await client.call(Method.Questions.list, ListQuestionsRequest(search: "two sum"))
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

    /// The kinds of LeetCode question beyond one function: a wrong answer gets its verdict and a
    /// message that says what is wrong; a question's checker decides questions with many answers.
    @Test func everyKindOfQuestionSaysWhatIsWrong() async throws {
        let cluster = try await Self.cluster(workers: ["kinds"])
        let client = try await cluster.client()
        defer { client.close() }

        // A design class right until its seventh call (the first get from then on).
        let cache = try await Self.submit(client, "lru-cache", """
            class LRUCache:
                def __init__(self, capacity: int):
                    self.capacity, self.items, self.calls = capacity, collections.OrderedDict(), 1
                def get(self, key: int) -> int:
                    self.calls += 1
                    if key not in self.items or self.calls >= 7:
                        return -1
                    self.items.move_to_end(key)
                    return self.items[key]
                def put(self, key: int, value: int) -> None:
                    self.calls += 1
                    self.items[key] = value
                    self.items.move_to_end(key)
                    if len(self.items) > self.capacity:
                        self.items.popitem(last=False)
            """)
        #expect(cache.verdict == .wrongAnswer && cache.passed == 0)
        #expect(cache.message == "call 7, get(5), returned -1; expected 50", "\(cache.message)")
        #expect(cache.failedTest?.input.hasPrefix("[\"LRUCache\",\"put\"") == true && cache.failedTest?.input.contains("\n[[2],") == true)

        // A "copy" made of the input's own nodes.
        let copy = try await Self.submit(client, "copy-list-with-random-pointer", """
            class Solution:
                def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
                    return head
            """)
        #expect(copy.verdict == .wrongAnswer && copy.message.contains("is a node of the input: not a copy"), "\(copy.message)")

        // The right length, the wrong content: the prefix shows it.
        let prefix = try await Self.submit(client, "remove-duplicates-from-sorted-array", """
            class Solution:
                def removeDuplicates(self, nums: List[int]) -> int:
                    return len(set(nums))
            """)
        let shown = try #require(prefix.failedTest)
        #expect(prefix.verdict == .wrongAnswer && shown.actual != shown.expected)
        #expect(try JSONValue(parsing: shown.actual).arrayCount == JSONValue(parsing: shown.expected).arrayCount)

        // A cycle's entry one node off: judged by the node's position, not its value.
        let cycle = try await Self.submit(client, "linked-list-cycle-ii", """
            class Solution:
                def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
                    seen = set()
                    while head and head not in seen:
                        seen.add(head)
                        head = head.next
                    return head.next if head else None
            """)
        #expect(cycle.verdict == .wrongAnswer && cycle.passed == 0)
        #expect(cycle.failedTest?.input == "head = [6,2,9,4], pos = 2" && cycle.failedTest?.expected == "2" && cycle.failedTest?.actual == "3")

        // Any peak is right: the checker accepts the last peak where the reference found another;
        // an index that is no peak is wrong, with the checker's reason.
        let lastPeakSource = """
            class Solution:
                def findPeakElement(self, nums: List[int]) -> int:
                    n = len(nums)
                    for i in range(n - 1, -1, -1):
                        if (i == 0 or nums[i - 1] < nums[i]) and (i == n - 1 or nums[i + 1] < nums[i]):
                            return i
            """
        let lastPeak = try await Self.submit(client, "find-peak-element", lastPeakSource)
        #expect(lastPeak.verdict == .accepted && lastPeak.passed == lastPeak.total, "\(lastPeak.message)")
        let notAPeak = try await Self.submit(client, "find-peak-element", """
            class Solution:
                def findPeakElement(self, nums: List[int]) -> int:
                    return len(nums) // 2
            """)
        #expect(notAPeak.verdict == .wrongAnswer && notAPeak.message.contains("is not a peak"), "\(notAPeak.message)")

        // A checker that fails is an Internal Error, never an Accepted.
        var broken = try QuestionBank.loadQuestion("\(Paths.root)/questions/find-peak-element/question.yaml")
        broken.question.slug = "find-peak-element-broken-checker"
        broken.question.number = 90_162
        _ = try await client.call(Method.Questions.put, PutQuestionRequest(
            question: broken.question, tests: broken.tests, reference: broken.reference,
            checker: "def check(args, expected, actual):\n    raise ValueError('the checker broke')\n"))
        let failing = try await Self.submit(client, broken.question.slug, lastPeakSource)
        #expect(failing.verdict == .internalError && failing.message.contains("the checker broke"), "\(failing.message)")
    }

    /// Program questions: the program runs once per test with the test on standard input; its
    /// output is compared as the question says, and every way of failing has its verdict.
    @Test func programQuestionsAreJudgedRunByRun() async throws {
        let cluster = try await Self.cluster(workers: ["programs"])
        let client = try await cluster.client()
        defer { client.close() }
        let diamond = "n = int(input())\nfor i in list(range(1, n + 1)) + list(range(n - 1, 0, -1)):\n    print(' ' * (n - i) + '*' * (2 * i - 1){})\n"
        let accepted = try await Self.submit(client, "text-diamond", diamond.replacingOccurrences(of: "{}", with: ""))
        #expect(accepted.verdict == .accepted && accepted.passed == accepted.total && accepted.total >= 30, "\(accepted.message)")
        // Exact comparison: a space after the stars is wrong, and the failed test shows the text.
        let spaced = try await Self.submit(client, "text-diamond", diamond.replacingOccurrences(of: "{}", with: " + ' '"))
        #expect(spaced.verdict == .wrongAnswer && spaced.passed == 0)
        #expect(spaced.failedTest?.input == "3\n" && spaced.failedTest?.expected == "  *\n ***\n*****\n ***\n  *\n")
        #expect(spaced.failedTest?.actual == "  * \n *** \n***** \n *** \n  * \n")

        // Compiled languages: the compiler's message with the user's file and line.
        let ce = try await Self.submit(client, "range-sum-queries", "#include <cstdio>\nint main() {\n    return 0\n}\n", language: .cpp)
        #expect(ce.verdict == .compileError && ce.compileOutput.contains("main.cpp:3"), "\(ce.compileOutput)")
        let rte = try await Self.submit(client, "range-sum-queries", "import sys\nsys.stderr.write('bad input')\nsys.exit(3)\n")
        #expect(rte.verdict == .runtimeError && rte.message.hasPrefix("exit code 3\nbad input"), "\(rte.message)")
        let crash = try await Self.submit(client, "range-sum-queries", "int main() { return *(volatile int *)0; }\n", language: .c)
        #expect(crash.verdict == .runtimeError && crash.message.contains("AddressSanitizer: SEGV on unknown address"), "\(crash.message)")
        let tle = try await Self.submit(client, "range-sum-queries", "class Main { public static void main(String[] a) { while (true) {} } }\n", language: .java)
        #expect(tle.verdict == .timeLimitExceeded && tle.passed == 0)
        let wrongNumbers = try await Self.submit(client, "range-sum-queries", "print(0)\n", language: .python3)
        #expect(wrongNumbers.verdict == .wrongAnswer)
        // Tokens: any spacing; float: any format within the tolerance, but not a rounded answer.
        let spacing = "import sys\nfrom itertools import accumulate\nd = sys.stdin.read().split()\nn, q = int(d[0]), int(d[1])\n"
            + "p = [0, *accumulate(map(int, d[2:2 + n]))]\nr = d[2 + n:]\n"
            + "print('  '.join(str(p[int(r[2 * k + 1])] - p[int(r[2 * k]) - 1]) for k in range(q)), end='')\n"
        #expect(try await Self.submit(client, "range-sum-queries", spacing).verdict == .accepted)
        let area = "import sys\nv = list(map(int, sys.stdin.read().split()))\nn = v[0]\n"
            + "t = sum(v[1 + 2 * i] * v[2 + 2 * ((i + 1) % n)] - v[1 + 2 * ((i + 1) % n)] * v[2 + 2 * i] for i in range(n))\nprint({})\n"
        #expect(try await Self.submit(client, "polygon-area", area.replacingOccurrences(of: "{}", with: "'%.9e' % (abs(t) / 2)")).verdict == .accepted)
        #expect(try await Self.submit(client, "polygon-area", area.replacingOccurrences(of: "{}", with: "abs(t) // 2")).verdict == .wrongAnswer)

        // "Run" with custom inputs: each is a whole standard input, answered by the reference program.
        let custom = JSONValue.array([.string("2\n"), .string("1\n")]).text
        let tried = try await Self.submit(client, "text-diamond", "print('*')\n", mode: .try, customInput: custom)
        #expect(tried.outputs.map(\.expected) == [" *\n***\n *\n", "*\n"])
        #expect(tried.outputs.map(\.passed) == [false, true])
        await #expect(throws: RPCError.self) {
            _ = try await Self.submit(client, "text-diamond", "print('*')\n", mode: .try, customInput: "[[2]]")
        }

        // The stub in every language is a program, and the CLI shows multi-line examples as blocks.
        let shown = try await cluster.cli(["question", "text-diamond", "--language", "java"])
        #expect(shown.out.contains("public class Main {") && shown.out.contains("compared exactly, line by line"))
        #expect(shown.out.contains("  Input:  3\n  Output:\n        *\n       ***\n      *****\n"), "\(shown.out)")
    }

    @Test func aJobOfAKilledWorkerIsTakenOverAndFinishes() async throws {
        let cluster = try await Self.cluster(workers: ["doomed"], workerArguments: ["--lease-ms", "3000"])
        let client = try await cluster.client()
        defer { client.close() }
        // A solution slow enough to be caught in the middle.
        let slow = "import time\nclass Solution:\n    def isPalindrome(self, x):\n        time.sleep(0.1)\n        return str(x) == str(x)[::-1]\n"
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: slow)).runID
        for _ in 0..<100 {
            if try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID)).status == .running { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        cluster.workers.first?.signal(SIGKILL)
        _ = await cluster.workers.first?.wait(timeout: .seconds(5))
        #expect(try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID)).status == .running)
        _ = try await cluster.startWorker(id: "heir", extra: ["--lease-ms", "3000"])
        var final: Run?
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), timeout: .seconds(60)) {
            final = run
        }
        #expect(final?.verdict == .accepted && final?.worker == "heir" && final?.attempts == 2)
        let stats = try await client.call(Method.Fleet.queueStats, Empty())
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
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: slow)).runID
        var seen: [Run] = []
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), timeout: .seconds(60)) {
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
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: "x")).runID
        // A consumer that took the job and died, after the job had already been handed out three times.
        let redis = RedisClient(endpoint: .unix(path: cluster.metadataSocket))
        let taken = try await redis.command("XREADGROUP", "GROUP", Keys.jobGroup, "ghost", "COUNT", "1", "STREAMS", Keys.jobs, ">")
        let entryID = try #require(taken.array?.first?.array?[1].array?.first?.array?.first?.string)
        try await redis.command("XCLAIM", Keys.jobs, Keys.jobGroup, "ghost", "0", entryID, "RETRYCOUNT", "3")
        _ = try await cluster.startWorker(id: "persistent", extra: ["--lease-ms", "500"])
        var final: Run?
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), timeout: .seconds(60)) {
            final = run
        }
        #expect(final?.verdict == .internalError)
        #expect(final?.message == "judging failed 3 times; giving up")
        let stats = try await client.call(Method.Fleet.queueStats, Empty())
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
            ids.append(try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: source)).runID)
        }
        cluster.metadataRedis?.signal(SIGKILL)
        _ = await cluster.metadataRedis?.wait(timeout: .seconds(5))
        cluster.metadataRedis = try await cluster.startRedis("metadata")
        _ = try await cluster.startWorker(id: "late")
        for id in ids {
            var final: Run?
            for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: id), timeout: .seconds(60)) {
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
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: slow)).runID
        try await Task.sleep(for: .milliseconds(500))
        cluster.workers.first?.signal(SIGTERM)
        #expect(await cluster.workerNotify["listed"]?.waitFor { $0 == "STOPPING=1" } != nil)
        #expect(await cluster.workers.first?.wait(timeout: .seconds(60)) == 0)
        #expect(try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID)).verdict == .accepted)
        // It removed its containers and its registration.
        let after = try await cluster.cli(["workers", "--json"])
        #expect(after.out.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || after.out.contains("[]"))
    }
}

extension JSONValue {
    /// The number of items of an array; nil for anything else.
    fileprivate var arrayCount: Int? { if case .array(let items) = self { items.count } else { nil } }
}
