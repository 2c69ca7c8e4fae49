import Docker
import Foundation
import Judge
import Logging
import Model
import Sandbox
import SandboxProtocol
import TestSupport
import Testing

/// The sandbox for real: the runner image, a real dockerd, real containers.
@Suite("sandbox containers", .serialized)
struct SandboxTests {
    static let question = Question(
        number: 1, slug: "two-sum", title: "Two Sum", difficulty: .easy, tags: [], statement: "s", examples: [],
        constraints: [], signature: Signature(functionName: "twoSum", params: [Param(name: "nums", type: "integer[]"),
        Param(name: "target", type: "integer")], returnType: "integer[]"), compare: .anyOrder, timeLimitMs: 1000, memoryLimitMb: 128)
    static let tests = [TestCase(input: "[[2,7,11,15],9]", expected: "[0,1]"), TestCase(input: "[[3,2,4],6]", expected: "[1,2]"),
                        TestCase(input: "[[3,3],6]", expected: "[0,1]")]

    static let label = "sandbox-tests-\(getpid())"

    /// Removes every container these tests made, whatever state a failed test left.
    static func removeContainers() async { await Containers.remove(worker: label) }

    /// A slot whose container has `memoryBytes` (the hostile tests' 256 MB; compilers on the JVM
    /// need the workers' default 768 MB).
    static func slot(memoryBytes: Int = 256 << 20) async throws -> Slot {
        let docker = DockerClient()
        guard await docker.ping() else { throw DockerError("dockerd is not running: scripts/start-docker") }
        let spec = SandboxSpec(image: "clonecode-runner:r4", cpu: 0, memoryBytes: memoryBytes, uidBase: 1_900_000,
                               worker: label, slot: 0)
        let slot = Slot(spec: spec, docker: docker, logger: Logger(label: "test"))
        try await slot.prepare()
        return slot
    }

    static func judge(_ source: String, in slot: Slot, language: Language = .python3) async throws -> (Outcome, RunnerResult) {
        let builder = JobBuilder(runtime: LanguageRuntime.all[language]!)
        let job = builder.job(source: source, question: question, inputs: tests.map(\.input))
        let result = try await slot.run(job, timeout: builder.answerTimeout(job))
        let verdicts = Verdicts(question: question, tests: tests, timeLimitMs: builder.timeLimitMs(question),
                                memoryLimitKb: builder.memoryLimitKb(question))
        return (verdicts.decide(result), result)
    }

    /// The accepted two-sum of Tests/solutions in `language`, the same one WorkerTests submits.
    static func twoSum(in language: Language) throws -> String {
        try String(contentsOfFile: "\(Paths.root)/Tests/solutions/\(language.rawValue)/two-sum.\(language.fileExtensions[0])", encoding: .utf8)
    }

    /// Judges each case's source in `language` in a fresh slot, expecting its verdict and, when
    /// given, a detail in the compiler output or the message.
    static func expect(_ cases: [(String, Verdict, String)], language: Language, memoryBytes: Int = 256 << 20) async throws {
        let slot = try await Self.slot(memoryBytes: memoryBytes)
        for (source, verdict, detail) in cases {
            let (outcome, result) = try await Self.judge(source, in: slot, language: language)
            let stderr = String(decoding: (result.compile?.stderr ?? []) + (result.run?.stderr ?? []), as: UTF8.self)
            #expect(outcome.verdict == verdict, "\(source)\n\(outcome)\n\(stderr)")
            if !detail.isEmpty { #expect((outcome.compileOutput + outcome.message).contains(detail), "\(outcome)") }
        }
        await slot.shutdown()
        await Self.removeContainers()
    }

    @Test func verdicts() async throws {
        let slot = try await Self.slot()
        let cases: [(String, Verdict)] = [
            ("class Solution:\n    def twoSum(self, nums, target):\n        d = {}\n        for i, v in enumerate(nums):\n            if target - v in d: return [d[target - v], i]\n            d[v] = i\n", .accepted),
            ("class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n", .wrongAnswer),
            ("class Solution:\n    def twoSum(self, nums, target)\n        return [0, 1]\n", .compileError),
            ("class Solution:\n    def twoSum(self, nums, target):\n        return nums[10]\n", .runtimeError),
            ("class Solution:\n    def twoSum(self, nums, target):\n        while True: pass\n", .timeLimitExceeded),
        ]
        for (source, verdict) in cases {
            let (outcome, result) = try await Self.judge(source, in: slot)
            #expect(outcome.verdict == verdict, "\(source)\n\(outcome)\n\(result)")
        }
        await slot.shutdown()
        await Self.removeContainers()
    }

    /// Every language's driver says "ready" (an empty line on the report descriptor) once the
    /// solution is loaded and before its first answer: the runner's clock for the tests starts
    /// there, not after the language's start allowance.
    @Test func everyDriverSaysReadyBeforeItsFirstAnswer() async throws {
        let slot = try await Self.slot(memoryBytes: 512 << 20)
        for language in Language.allCases {
            let (outcome, result) = try await Self.judge(try Self.twoSum(in: language), in: slot, language: language)
            let progress = result.run?.progress ?? []
            #expect(outcome.verdict == .accepted, "\(language): \(outcome)")
            #expect(progress.first == UInt8(ascii: "\n") && progress.dropFirst().first != UInt8(ascii: "\n"),
                    "\(language): the report began \(String(decoding: progress.prefix(40), as: UTF8.self).debugDescription)")
        }
        await slot.shutdown()
        await Self.removeContainers()
    }

    /// Stored tests cross to the runner once per container: later jobs name the runner's copy,
    /// which no job can change, and a job naming a copy the runner lacks runs nothing.
    @Test func keptTests() async throws {
        let slot = try await Self.slot()
        let builder = JobBuilder(runtime: LanguageRuntime.all[.python3]!)
        let verdicts = Verdicts(question: Self.question, tests: Self.tests, timeLimitMs: builder.timeLimitMs(Self.question),
                                memoryLimitKb: builder.memoryLimitKb(Self.question))
        let right = try Self.twoSum(in: .python3)
        // A job that overwrites its tests.json (its own copy in its box) before answering.
        let tamper = "try:\n    open('tests.json', 'w').write('{}')\nexcept OSError:\n    pass\n" + right
        let wrong = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"
        for (source, verdict) in [(right, Verdict.accepted), (tamper, .accepted), (wrong, .wrongAnswer), (right, .accepted)] {
            let job = builder.job(source: source, question: Self.question, inputs: Self.tests.map(\.input), testsKey: "two-sum@test")
            #expect(job.files.last?.key.hasPrefix("two-sum@test/") == true)
            let result = try await slot.run(job, timeout: builder.answerTimeout(job))
            #expect(verdicts.decide(result).verdict == verdict, "\(result)")
        }
        // Same key, other inputs: the worker names the kept file, so the program answers the kept tests.
        let stale = builder.job(source: right, question: Self.question, inputs: ["[[1,2],3]"], testsKey: "two-sum@test")
        let staleResult = try await slot.run(stale, timeout: builder.answerTimeout(stale))
        #expect(Verdicts.records(staleResult.run?.progress ?? []).count == Self.tests.count)
        var unknown = builder.job(source: right, question: Self.question, inputs: Self.tests.map(\.input), testsKey: "two-sum@never-sent")
        unknown.files[unknown.files.count - 1].content = []
        unknown.files[unknown.files.count - 1].kept = true
        let result = try await slot.run(unknown, timeout: builder.answerTimeout(unknown))
        #expect(result.notKeptKey?.hasPrefix("two-sum@never-sent/") == true)
        #expect(result.run == nil)
        await slot.shutdown()
        await Self.removeContainers()
    }

    @Test func cppVerdicts() async throws {
        let correct = """
            class Solution {
            public:
                vector<int> twoSum(vector<int>& nums, int target) {
                    unordered_map<int, int> seen;
                    for (int i = 0; i < (int)nums.size(); i++) {
                        if (seen.count(target - nums[i])) return {seen[target - nums[i]], i};
                        seen[nums[i]] = i;
                    }
                    return {};
                }
            };
            """
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        cout << \"hi\";\n        return {0, 0};\n    }\n};\n", .wrongAnswer, ""),
            ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return {0, 1}\n    }\n};\n", .compileError, "solution.cpp:4:22: error: expected ';' after return statement"),
            ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        int *volatile p = nullptr; *p = 1;\n        return {};\n    }\n};\n", .runtimeError, "AddressSanitizer: SEGV on unknown address"),
            // AddressSanitizer, as on LeetCode: a read past the end is a Runtime Error naming the line.
            ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        int sum = 0;\n        for (int i = 0; i <= (int)nums.size(); i++) sum += nums[i];\n        return {sum, 0};\n    }\n};\n",
             .runtimeError, "SUMMARY: AddressSanitizer: heap-buffer-overflow solution.cpp:5:"),
            ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        int *p = new int[2]{0, 1};\n        delete[] p;\n        return {p[0], p[1]};\n    }\n};\n",
             .runtimeError, "SUMMARY: AddressSanitizer: heap-use-after-free solution.cpp:6:"),
            // Clang's extension, which LeetCode's compiler has: a variable-length array in a lambda.
            ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        int n = nums.size();\n        int seen[n][2];\n        auto at = [&](int i) { return seen[i][0]; };\n        for (int i = 0; i < n; i++) seen[i][0] = nums[i];\n        for (int i = 0; i < n; i++)\n            for (int j = i + 1; j < n; j++)\n                if (at(i) + at(j) == target) return {i, j};\n        return {};\n    }\n};\n",
             .accepted, ""),
            ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return {nums.at(100), 0};\n    }\n};\n", .runtimeError, "out_of_range"),
            ("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        volatile long x = 0; while (true) x++;\n    }\n};\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .cpp)
    }

    @Test func javascriptVerdicts() async throws {
        let correct = """
            /**
             * @param {number[]} nums
             * @param {number} target
             * @return {number[]}
             */
            var twoSum = function(nums, target) {
                const seen = new Map();
                for (let i = 0; i < nums.length; i++) {
                    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
                    seen.set(nums[i], i);
                }
            };
            """
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            ("var twoSum = function(nums, target) {\n    console.log('hi', nums);\n    return [0, 0];\n};\n", .wrongAnswer, ""),
            ("var twoSum = function(nums, target) {\n    return [0, 1;\n};\n", .compileError, "solution.js:2"),
            ("var twoSum = function(nums, target) {\n    return nums.x.y;\n};\n", .runtimeError, "at twoSum (solution.js:2:"),
            ("var twoSum = function(nums, target) {\n    return 'no';\n};\n", .runtimeError, "where integer[] was expected"),
            ("var twoSum = function(nums, target) {\n    while (true) {}\n};\n", .timeLimitExceeded, ""),
            // LeetCode's globals: a priority queue, lodash, and `const` arrow functions.
            ("const twoSum = (nums, target) => {\n    const q = new MinPriorityQueue();\n    q.enqueue(2); q.enqueue(1);\n    return _.sortBy([q.dequeue(), 0]).length === 2 ? (() => { const m = new Map(); for (let i = 0; i < nums.length; i++) { if (m.has(target - nums[i])) return [m.get(target - nums[i]), i]; m.set(nums[i], i); } })() : [];\n};\n", .accepted, ""),
        ]
        try await Self.expect(cases, language: .javascript)
    }

    @Test func typescriptVerdicts() async throws {
        let correct = """
            function twoSum(nums: number[], target: number): number[] {
                const seen = new Map<number, number>();
                for (let i = 0; i < nums.length; i++) {
                    if (seen.has(target - nums[i])) return [seen.get(target - nums[i])!, i];
                    seen.set(nums[i], i);
                }
                return [];
            };
            """
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            ("function twoSum(nums: number[], target: number): number[] {\n    return [0, 0];\n};\n", .wrongAnswer, ""),
            ("function twoSum(nums: number[], target: number): number[] {\n    return [0, 1;\n};\n", .compileError, "solution.ts(2,"),
            ("function twoSum(nums: number[], target: number): number[] {\n    return [0, 1;\n};\n", .compileError, "note: this judge transpiles TypeScript with TypeScript 4.9"),
            ("function twoSum(nums: number[], target: number): number[] {\n    const x: any = null;\n    return x.y;\n};\n", .runtimeError, "TypeError"),
            ("function twoSum(nums: number[], target: number): number[] {\n    for (;;) {}\n};\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .typescript)
    }

    @Test func javaVerdicts() async throws {
        let correct = """
            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    Map<Integer, Integer> seen = new HashMap<>();
                    for (int i = 0; i < nums.length; i++) {
                        if (seen.containsKey(target - nums[i])) return new int[] {seen.get(target - nums[i]), i};
                        seen.put(nums[i], i);
                    }
                    return new int[0];
                }
            }
            """
        let method = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            (method + "        System.out.println(\"hi \" + nums.length);\n        return new int[] {0, 0};\n    }\n}\n", .wrongAnswer, ""),
            (method + "        return new int[] {0, 1}\n    }\n}\n", .compileError, "Solution.java:3: error: ';' expected"),
            (method + "        return new int[] {nums[10], 0};\n    }\n}\n", .runtimeError, "at line 3, Solution.twoSum"),
            (method + "        return twoSum(nums, target);\n    }\n}\n", .runtimeError, "StackOverflowError"),
            (method + "        while (true) {}\n    }\n}\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .java)
    }

    @Test func swiftVerdicts() async throws {
        let correct = try Self.twoSum(in: .swift)
        let method = "class Solution {\n    func twoSum(_ nums: [Int], _ target: Int) -> [Int] {\n"
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            (method + "        print(\"hi\", nums.count)\n        return [0, 0]\n    }\n}\n", .wrongAnswer, ""),
            (method + "        return [0, 1\n    }\n}\n", .compileError, "solution.swift:4:5: error: expected ']'"),
            (method + "        return [nums[10], 0]\n    }\n}\n", .runtimeError, "killed by signal"),
            (method + "        while true {}\n    }\n}\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .swift, memoryBytes: 768 << 20)
    }

    @Test func scalaVerdicts() async throws {
        let correct = try Self.twoSum(in: .scala)
        let method = "object Solution {\n  def twoSum(nums: Array[Int], target: Int): Array[Int] = {\n"
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            (method + "    println(\"hi \" + nums.length)\n    Array(0, 0)\n  }\n}\n", .wrongAnswer, ""),
            (method + "    Array(0, 1\n  }\n}\n", .compileError, "solution.scala:4: error"),
            (method + "    Array(0, 1\n  }\n}\n", .compileError, "note: this judge compiles Scala 2.11.12 on OpenJDK 21"),
            (method + "    Array(nums(10), 0)\n  }\n}\n", .runtimeError, "at line 3, Solution$.twoSum"),
            // Not a tail call (scalac would turn that into a loop).
            (method + "    twoSum(nums, target).map(_ + 1)\n  }\n}\n", .runtimeError, "StackOverflowError"),
            (method + "    while (true) {}\n    Array()\n  }\n}\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .scala, memoryBytes: 768 << 20)
    }

    @Test func csharpVerdicts() async throws {
        let correct = try Self.twoSum(in: .csharp)
        let method = "public class Solution {\n    public int[] TwoSum(int[] nums, int target) {\n"
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            (method + "        Console.WriteLine(\"hi \" + nums.Length);\n        return new[] { 0, 0 };\n    }\n}\n", .wrongAnswer, ""),
            (method + "        return new[] { 0, 1 }\n    }\n}\n", .compileError, "Solution.cs(4,4): error CS1525"),
            (method + "        return new[] { nums[10], 0 };\n    }\n}\n", .runtimeError, "IndexOutOfRangeException: Index was outside the bounds of the array.\n  at line 3, Solution.TwoSum"),
            (method + "        return TwoSum(nums, target);\n    }\n}\n", .runtimeError, "StackOverflowException"),
            (method + "        while (true) {}\n    }\n}\n", .timeLimitExceeded, ""),
            // C# 12's collection expressions, where their type is written: a return, a declaration, an assignment.
            (method + "        Dictionary<int, int> seen = new();\n        for (int i = 0; ; i++) {\n            if (seen.TryGetValue(target - nums[i], out var j)) return [j, i];\n            seen[nums[i]] = i;\n        }\n    }\n}\n", .accepted, ""),
            (method + "        List<int> found = [];\n        for (int i = 0; i < nums.Length && found.Count == 0; i++)\n            for (int j = i + 1; j < nums.Length; j++)\n                if (nums[i] + nums[j] == target) { found = [i, j]; break; }\n        return [..found];\n    }\n}\n", .accepted, ""),
            (method + "        return [nums[10], 0];\n    }\n}\n", .runtimeError, "at line 3, Solution.TwoSum"),
            // C# 8's switch expressions and C# 9's patterns.
            (method + "        if (nums.Length is 0 or 1) return new int[0];\n        for (int i = 0; ; i++)\n            for (int j = i + 1; j < nums.Length; j++)\n                if ((nums[i] + nums[j] - target) switch { < 0 or > 0 => false, _ => true }) return new[] { i, j };\n    }\n}\n", .accepted, ""),
            (method + "        for (int i = 0; ; i++)\n            for (int j = i + 1; j < nums.Length; j++)\n                if (nums[i] + nums[j] - target is not (< 0 or > 0) && i is >= 0) return new[] { i, j };\n    }\n}\n", .accepted, ""),
            (method + "        return nums.Length switch {\n            > 2 => new[] { 0, 1 },\n            _ => new[] { 1, 0 }\n        };\n    }\n}\n", .wrongAnswer, ""),
        ]
        try await Self.expect(cases, language: .csharp)
    }

    @Test func kotlinVerdicts() async throws {
        let correct = try Self.twoSum(in: .kotlin)
        let method = "class Solution {\n    fun twoSum(nums: IntArray, target: Int): IntArray {\n"
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            (method + "        println(\"hi ${nums.size}\")\n        return intArrayOf(0, 0)\n    }\n}\n", .wrongAnswer, ""),
            (method + "        return intArrayOf(0, 1\n    }\n}\n", .compileError, "solution.kt:3:31: error: expecting ')'"),
            (method + "        return intArrayOf(0, 1\n    }\n}\n", .compileError, "note: this judge compiles Kotlin 1.3.31 on OpenJDK 21"),
            (method + "        return intArrayOf(nums[10], 0)\n    }\n}\n", .runtimeError, "at line 3, Solution.twoSum"),
            (method + "        return twoSum(nums, target)\n    }\n}\n", .runtimeError, "StackOverflowError"),
            (method + "        while (true) {}\n    }\n}\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .kotlin, memoryBytes: 768 << 20)
    }

    @Test func cVerdicts() async throws {
        let correct = """
            int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
                int* result = malloc(2 * sizeof(int));
                *returnSize = 2;
                for (int i = 0; i < numsSize; i++)
                    for (int j = i + 1; j < numsSize; j++)
                        if (nums[i] + nums[j] == target) { result[0] = i; result[1] = j; return result; }
                *returnSize = 0;
                return result;
            }
            """
        let head = "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            (head + "    printf(\"hi %d\\n\", numsSize);\n    int* r = malloc(8); r[0] = r[1] = 0; *returnSize = 2;\n    return r;\n}\n", .wrongAnswer, ""),
            (head + "    return nums\n}\n", .compileError, "solution.c:2:16: error: expected ‘;’"),
            (head + "    int *p = NULL; *p = 1;\n    return p;\n}\n", .runtimeError, "AddressSanitizer: SEGV on unknown address"),
            (head + "    int* r = malloc(2 * sizeof(int)); *returnSize = 2;\n    r[0] = nums[numsSize]; r[1] = 0;\n    return r;\n}\n",
             .runtimeError, "SUMMARY: AddressSanitizer: heap-buffer-overflow solution.c:3 in twoSum"),
            (head + "    for (volatile long i = 0;; i++) {}\n}\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .c)
    }

    @Test func goVerdicts() async throws {
        let correct = """
            func twoSum(nums []int, target int) []int {
            \tseen := map[int]int{}
            \tfor i, v := range nums {
            \t\tif j, ok := seen[target-v]; ok {
            \t\t\treturn []int{j, i}
            \t\t}
            \t\tseen[v] = i
            \t}
            \tsort.Ints(nil) // a package used without an import, as on LeetCode
            \treturn nil
            }
            """
        let head = "func twoSum(nums []int, target int) []int {\n"
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            (head + "\tfmt.Println(\"hi\", len(nums))\n\treturn []int{0, 0}\n}\n", .wrongAnswer, ""),
            (head + "\treturn []int{0, 1\n}\n", .compileError, "solution.go:2:"),
            (head + "\treturn []int{nums[10], 0}\n}\n", .runtimeError, "index out of range [10] with length 4"),
            (head + "\tfor {\n\t}\n}\n", .timeLimitExceeded, ""),
            // A solution's own min (common before Go 1.21) does not break the generated driver.
            (correct + "\nfunc min(a, b int) int {\n\tif a < b {\n\t\treturn a\n\t}\n\treturn b\n}\n", .accepted, ""),
        ]
        try await Self.expect(cases, language: .go)
    }

    @Test func rustVerdicts() async throws {
        let correct = """
            use std::collections::HashMap;

            impl Solution {
                pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
                    let mut seen = HashMap::new();
                    for (i, &v) in nums.iter().enumerate() {
                        if let Some(&j) = seen.get(&(target - v)) {
                            return vec![j as i32, i as i32];
                        }
                        seen.insert(v, i);
                    }
                    vec![]
                }
            }
            """
        let head = "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n"
        let cases: [(String, Verdict, String)] = [
            (correct, .accepted, ""),
            (head + "        println!(\"hi {}\", nums.len());\n        vec![0, 0]\n    }\n}\n", .wrongAnswer, ""),
            (head + "        vec![0, 1]\n    }\n", .compileError, "solution.rs"),
            (head + "        vec![nums[10], 0]\n    }\n}\n", .runtimeError, "index out of bounds: the len is 4 but the index is 10\n  at solution.rs:3:"),
            (head + "        loop {}\n    }\n}\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .rust)
    }

    @Test func rubyVerdicts() async throws {
        let head = "# @param {Integer[]} nums\n# @param {Integer} target\n# @return {Integer[]}\ndef two_sum(nums, target)\n"
        let cases: [(String, Verdict, String)] = [
            (head + "  seen = {}\n  nums.each_with_index do |v, i|\n    return [seen[target - v], i] if seen.key?(target - v)\n    seen[v] = i\n  end\nend\n", .accepted, ""),
            (head + "  puts \"hi #{nums.size}\"\n  [0, 0]\nend\n", .wrongAnswer, ""),
            (head + "  [0, 1\nend\n", .compileError, "solution.rb"),
            (head + "  nums.fetch(10)\nend\n", .runtimeError, "solution.rb:5"),
            (head + "  two_sum(nums, target)\nend\n", .runtimeError, "stack level too deep"),
            (head + "  loop {}\nend\n", .timeLimitExceeded, ""),
        ]
        try await Self.expect(cases, language: .ruby)
    }

    @Test func phpVerdicts() async throws {
        let head = "<?php\nclass Solution {\n    function twoSum($nums, $target) {\n"
        let cases: [(String, Verdict, String)] = [
            (head + "        $seen = [];\n        foreach ($nums as $i => $v) {\n            if (isset($seen[$target - $v])) return [$seen[$target - $v], $i];\n            $seen[$v] = $i;\n        }\n        return [];\n    }\n}\n", .accepted, ""),
            (head + "        echo \"hi \" . count($nums) . \"\\n\";\n        return [0, 0];\n    }\n}\n", .wrongAnswer, ""),
            (head + "        return [0, 1\n    }\n}\n", .compileError, "on line 5"),
            (head + "        throw new InvalidArgumentException(\"no\");\n    }\n}\n", .runtimeError, "InvalidArgumentException: no"),
            (head + "        return \"x\";\n    }\n}\n", .runtimeError, "where integer[] was expected"),
            (head + "        while (true) {}\n    }\n}\n", .timeLimitExceeded, ""),
            // As LeetCode's editor has it: no opening tag; errors keep the user's line numbers.
            ("class Solution {\n    function twoSum($nums, $target) {\n        $seen = [];\n        foreach ($nums as $i => $v) {\n            if (isset($seen[$target - $v])) return [$seen[$target - $v], $i];\n            $seen[$v] = $i;\n        }\n    }\n}\n", .accepted, ""),
            ("class Solution {\n    function twoSum($nums, $target) {\n        return [0, 1\n    }\n}\n", .compileError, "on line 4"),
        ]
        try await Self.expect(cases, language: .php)
    }
}
