import Judge
import Model
import SandboxProtocol
import Testing

@Suite("comparing answers")
struct ComparatorTests {
    @Test func exactComparesValuesNotSpelling() {
        #expect(Comparator.matches("[0,1]", "[0,1]", mode: .exact, tolerance: 0))
        #expect(Comparator.matches("[0, 1]", "[0,1]", mode: .exact, tolerance: 0))
        #expect(!Comparator.matches("[1,0]", "[0,1]", mode: .exact, tolerance: 0))
        #expect(!Comparator.matches("\"a\"", "\"b\"", mode: .exact, tolerance: 0))
        #expect(!Comparator.matches("not json", "[0,1]", mode: .exact, tolerance: 0))
        #expect(!Comparator.matches("true", "1", mode: .exact, tolerance: 0))
    }

    @Test func anyOrderIgnoresOrderButNotMultiplicity() {
        #expect(Comparator.matches("[1,0]", "[0,1]", mode: .anyOrder, tolerance: 0))
        #expect(!Comparator.matches("[1,1]", "[0,1]", mode: .anyOrder, tolerance: 0))
        #expect(!Comparator.matches("[0,1,1]", "[0,1]", mode: .anyOrder, tolerance: 0))
    }

    @Test func sortedNestedIgnoresOrderAtBothLevels() {
        #expect(Comparator.matches("[[2,-1,-1],[0,1,-1]]", "[[-1,-1,2],[-1,0,1]]", mode: .sortedNested, tolerance: 0))
        #expect(Comparator.matches("[[10,9],[-10,2]]", "[[-10,2],[9,10]]", mode: .sortedNested, tolerance: 0))
        #expect(!Comparator.matches("[[-1,-1,2]]", "[[-1,-1,2],[-1,0,1]]", mode: .sortedNested, tolerance: 0))
        #expect(!Comparator.matches("[[-1,-1,2],[-1,-1,2]]", "[[-1,-1,2],[-1,0,1]]", mode: .sortedNested, tolerance: 0))
    }

    @Test func floatsWithinTheTolerance() {
        #expect(Comparator.matches("2.500004", "2.5", mode: .float, tolerance: 1e-5))
        #expect(Comparator.matches("3", "3.0", mode: .float, tolerance: 1e-5))
        #expect(!Comparator.matches("2.50002", "2.5", mode: .float, tolerance: 1e-5))
        #expect(Comparator.matches("[1.0,2.000001]", "[1,2]", mode: .float, tolerance: 1e-5))
        #expect(!Comparator.matches("[1.0]", "[1,2]", mode: .float, tolerance: 1e-5))
    }
}

@Suite("deciding verdicts")
struct VerdictTests {
    static let question = Question(
        number: 9, slug: "palindrome-number", title: "P", difficulty: .easy, tags: [], statement: "s", examples: [],
        constraints: [], signature: Signature(functionName: "isPalindrome", params: [Param(name: "x", type: "integer")],
                                              returnType: "boolean"), timeLimitMs: 1000, memoryLimitMb: 64)
    static let tests = [TestCase(input: "[121]", expected: "true"), TestCase(input: "[-1]", expected: "false")]
    static let verdicts = Verdicts(question: question, tests: tests, timeLimitMs: 1000)

    static func result(_ lines: [String], exit: Int32 = 0, signal: Int32 = 0, rss: UInt64 = 10_000,
                       configure: (inout RunnerStepResult) -> Void = { _ in }) -> RunnerResult {
        var step = RunnerStepResult()
        step.ran = true
        step.exitCode = exit
        step.signal = signal
        step.maxRssKb = rss
        step.progress = Array(lines.map { $0 + "\n" }.joined().utf8)
        configure(&step)
        return RunnerResult(id: 1, run: step)
    }

    @Test func reportRecordsAreReadLineByLine() {
        let records = Verdicts.records(Array(#"""
            {"i":0,"ms":1,"out":"[0,1]","stdout":"hi\n"}
            not a record
            {"i":1,"error":"Traceback ..."}
            {"compile_error":"line 3"}
            {"i":2,"output_limit":true}
            """#.utf8))
        #expect(records.count == 4)
        #expect(records[0].i == 0 && records[0].ms == 1 && records[0].out == "[0,1]")
        #expect(records[1].i == 1 && records[1].out == nil)
        #expect(records[2].i == nil && records[3].i == 2)
        // The fields the verdict reads: a crash's message, a compile error, the output limit.
        #expect(Self.verdicts.decide(Self.result([#"{"i":0,"error":"Traceback: boom"}"#])).message.contains("boom"))
        #expect(Self.verdicts.decide(Self.result([#"{"compile_error":"line 3: bad"}"#])).verdict == .compileError)
        #expect(Self.verdicts.decide(Self.result([#"{"i":0,"output_limit":true}"#])).verdict == .outputLimitExceeded)
    }

    @Test func acceptedSumsTheTestTimes() {
        let outcome = Self.verdicts.decide(Self.result([#"{"i":0,"ms":1.5,"out":"true"}"#, #"{"i":1,"ms":2.6,"out":"false"}"#]))
        #expect(outcome.verdict == .accepted && outcome.passed == 2 && outcome.runtimeMs == 4 && outcome.memoryKb == 10_000)
    }

    @Test func theFirstFailingTestDecides() {
        let outcome = Self.verdicts.decide(Self.result([#"{"i":0,"ms":1,"out":"false","stdout":"dbg"}"#, #"{"i":1,"error":"boom"}"#]))
        #expect(outcome.verdict == .wrongAnswer && outcome.passed == 0)
        #expect(outcome.failedTest == FailedTest(input: "x = 121", expected: "true", actual: "false", stdout: "dbg"))
    }

    @Test func whyAProgramStoppedEarly() {
        #expect(Self.verdicts.decide(Self.result([#"{"i":0,"ms":1,"out":"true"}"#], exit: 0)).verdict == .runtimeError)
        #expect(Self.verdicts.decide(Self.result([], signal: 11)).message.hasPrefix("killed by signal 11 (segmentation fault)"))
        #expect(Self.verdicts.decide(Self.result([]) { $0.idleTimedOut = true }).verdict == .timeLimitExceeded)
        #expect(Self.verdicts.decide(Self.result([]) { $0.outputExceeded = true }).verdict == .outputLimitExceeded)
        #expect(Self.verdicts.decide(Self.result([], signal: 9) { $0.oomKilled = true }).verdict == .memoryLimitExceeded)
        #expect(Self.verdicts.decide(Self.result([#"{"i":0,"ms":1,"out":"true"}"#, #"{"i":1,"ms":1,"out":"false"}"#], rss: 70_000)).verdict
                == .memoryLimitExceeded)
        #expect(Self.verdicts.decide(Self.result([#"{"i":0,"ms":1500,"out":"true"}"#])).verdict == .timeLimitExceeded)
        #expect(Self.verdicts.decide(Self.result([#"{"compile_error":"SyntaxError: line 2"}"#])).verdict == .compileError)
    }

    @Test func forgedLinesOutOfOrderCountForNothing() {
        // A program that writes its own lines claims test 1 before test 0 was answered.
        let outcome = Self.verdicts.decide(Self.result([#"{"i":1,"ms":0,"out":"false"}"#, #"{"i":0,"ms":0,"out":"true"}"#]))
        #expect(outcome.verdict != .accepted)
    }
}

@Suite("program questions: output as text")
struct ProgramOutputTests {
    @Test func exactIsLineByLineWithAnOptionalFinalNewline() {
        #expect(Comparator.matchesOutput("  *\n ***\n", "  *\n ***", mode: .exact, tolerance: 0))
        #expect(Comparator.matchesOutput("  *\r\n", "  *\n", mode: .exact, tolerance: 0) == false)
        #expect(!Comparator.matchesOutput("  * \n ***\n", "  *\n ***\n", mode: .exact, tolerance: 0))
        #expect(!Comparator.matchesOutput("  *\n ***\n\n", "  *\n ***\n", mode: .exact, tolerance: 0))
        #expect(!Comparator.matchesOutput(" *\n", "  *\n", mode: .exact, tolerance: 0))
    }

    @Test func tokensIgnoreSpacing() {
        #expect(Comparator.matchesOutput("10 5\t0", "10\n5\n0\n", mode: .tokens, tolerance: 0))
        #expect(Comparator.matchesOutput("\r\n10\r\n5\r\n0\r\n", "10\n5\n0\n", mode: .tokens, tolerance: 0))
        #expect(!Comparator.matchesOutput("10 5", "10\n5\n0\n", mode: .tokens, tolerance: 0))
        #expect(!Comparator.matchesOutput("10 5 0 0", "10\n5\n0\n", mode: .tokens, tolerance: 0))
        #expect(!Comparator.matchesOutput("10.0 5 0", "10\n5\n0\n", mode: .tokens, tolerance: 0))
        #expect(!Comparator.matchesOutput("", "1\n", mode: .tokens, tolerance: 0))
    }

    @Test func floatsCompareNumbersWithinTheToleranceAbsoluteOrRelative() {
        #expect(Comparator.matchesOutput("7.5000000\n", "7.5\n", mode: .float, tolerance: 1e-6))
        #expect(Comparator.matchesOutput("7.50000049", "7.5", mode: .float, tolerance: 1e-6))
        #expect(Comparator.matchesOutput("1.25e1", "12.5", mode: .float, tolerance: 1e-6))
        #expect(Comparator.matchesOutput("400000000.1", "400000000", mode: .float, tolerance: 1e-6))
        #expect(!Comparator.matchesOutput("7.5001", "7.5", mode: .float, tolerance: 1e-6))
        #expect(!Comparator.matchesOutput("nan", "7.5", mode: .float, tolerance: 1e-6))
        #expect(!Comparator.matchesOutput("7.5 1", "7.5", mode: .float, tolerance: 1e-6))
        #expect(Comparator.matchesOutput("YES 0.3333333", "YES 0.333333333", mode: .float, tolerance: 1e-6))
        #expect(!Comparator.matchesOutput("NO 0.3333333", "YES 0.333333333", mode: .float, tolerance: 1e-6))
    }

    static let question = Question(number: 2003, slug: "text-diamond", title: "D", difficulty: .easy, tags: [], statement: "s",
                                   examples: [], constraints: [], signature: nil, compare: .exact, timeLimitMs: 1000, memoryLimitMb: 64)
    static let tests = [TestCase(input: "1\n", expected: "*\n"), TestCase(input: "2\n", expected: " *\n***\n *\n")]
    static let verdicts = Verdicts(question: question, tests: tests, timeLimitMs: 1000, memoryLimitKb: 64 * 1024)

    static func run(_ stdout: String, exit: Int32 = 0, wallMs: UInt32 = 5, configure: (inout RunnerStepResult) -> Void = { _ in }) -> RunnerStepResult {
        var step = RunnerStepResult()
        step.ran = true
        step.exitCode = exit
        step.wallMs = wallMs
        step.maxRssKb = 2000
        step.stdout = Array(stdout.utf8)
        configure(&step)
        return step
    }

    @Test func eachRunIsATest() {
        let accepted = Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("*\n", wallMs: 3), Self.run(" *\n***\n *", wallMs: 4)]))
        #expect(accepted.verdict == .accepted && accepted.passed == 2 && accepted.runtimeMs == 7)
        let wrong = Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("*\n"), Self.run("*\n**\n")]))
        #expect(wrong.verdict == .wrongAnswer && wrong.passed == 1)
        #expect(wrong.failedTest == FailedTest(input: "2\n", expected: " *\n***\n *\n", actual: "*\n**\n"))
    }

    @Test func longOutputsAreComparedWhole() {
        let long = String(repeating: "1234567\n", count: 20_000)  // 160 KB
        let verdicts = Verdicts(question: Self.question, tests: [TestCase(input: "1\n", expected: long + "8\n")], timeLimitMs: 1000)
        #expect(verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run(long + "8\n")])).verdict == .accepted)
        let wrong = verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run(long + "9\n")]))
        #expect(wrong.verdict == .wrongAnswer && wrong.failedTest?.actual.hasSuffix("\n…") == true)
    }

    @Test func aRunThatFailsDecidesBeforeItsOutput() {
        let crashed = Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("*\n", exit: 3) { $0.stderr = Array("boom".utf8) }]))
        #expect(crashed.verdict == .runtimeError && crashed.message == "exit code 3\nboom")
        // The sandbox's directory is left out of the file names a report gives.
        let report = "SUMMARY: AddressSanitizer: heap-buffer-overflow /box/j12-0f3a9c/solution.c:3 in twoSum"
        let sanitized = Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("", exit: 1) { $0.stderr = Array(report.utf8) }]))
        #expect(sanitized.message == "exit code 1\nSUMMARY: AddressSanitizer: heap-buffer-overflow solution.c:3 in twoSum")
        #expect(Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("*\n") { $0.timedOut = true }])).verdict == .timeLimitExceeded)
        #expect(Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("*\n", wallMs: 1001)])).verdict == .timeLimitExceeded)
        #expect(Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("") { $0.outputExceeded = true }])).verdict == .outputLimitExceeded)
        #expect(Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("*\n") { $0.maxRssKb = 70_000 }])).verdict == .memoryLimitExceeded)
        var compile = RunnerStepResult()
        compile.ran = true
        compile.exitCode = 1
        compile.stderr = Array("main.cpp:3:1: error: expected ';'".utf8)
        let ce = Self.verdicts.decideProgram(RunnerResult(id: 1, compile: compile))
        #expect(ce.verdict == .compileError && ce.compileOutput.contains("main.cpp:3:1"))
        // Fewer answers than tests without a failed run: the runner broke, not the program.
        #expect(Self.verdicts.decideProgram(RunnerResult(id: 1, runs: [Self.run("*\n")])).verdict == .internalError)
    }

    @Test func theJobRunsTheProgramOncePerInput() throws {
        let runtime = try #require(LanguageRuntime.all[Language(id: "cpp")])
        let job = JobBuilder(runtime: runtime).job(source: "int main(){}", question: Self.question, inputs: ["1\n", "2\n"])
        #expect(job.files.map(\.path) == ["main.cpp"])
        #expect(job.inputs == [Array("1\n".utf8), Array("2\n".utf8)])
        #expect(job.compile?.argv.first == "/usr/bin/clang++-19" && job.run.argv == ["./main"])
        #expect(job.run.limits.wallMs == 2 * 1000)  // AddressSanitizer: twice the time
        let java = JobBuilder(runtime: try #require(LanguageRuntime.all[Language(id: "java")]))
        #expect(java.programLimitMs(Self.question) == 1500 + 500)
    }

    @Test func programsStartWithTheirLanguagesStackLimit() throws {
        let ruby = JobBuilder(runtime: try #require(LanguageRuntime.all[Language(id: "ruby")]))
        let python = JobBuilder(runtime: try #require(LanguageRuntime.all[Language(id: "python3")]))
        // Ruby 3.3 touches all of its main thread's stack limit: a large one is memory used.
        #expect(ruby.job(source: "", question: Self.question, inputs: ["1\n"]).run.limits.stackBytes == 8 << 20)
        #expect(python.job(source: "", question: Self.question, inputs: ["1\n"]).run.limits.stackBytes == 256 << 20)
    }
}

/// Go's implicit imports: a package is imported when the code uses it, not when a comment or a
/// string mentions it, and never twice.
@Suite struct GoImportTests {
    @Test func packagesUsedAreImportedOnTheFirstLine() throws {
        let go = try #require(LanguageRuntime.all[Language(id: "go")])
        let signature = Signature(functionName: "f", params: [Param(name: "a", type: "integer[]")], returnType: "string")
        let solution = { (source: String) in go.files(solution: source, signature: signature).first { $0.name == "solution.go" }?.text ?? "" }
        let source = "func f(a []int) string {\n\tsort.Ints(a) // strings.Join would do too\n\treturn \"math.Pi\" + strconv.Itoa(len(a))\n}\n"
        #expect(solution(source).hasPrefix("package main; import (\"sort\"; \"strconv\"); func f(a []int) string {\n"))
        #expect(solution("import \"sort\"\n\nfunc f(a []int) { sort.Ints(a) }\n").hasPrefix("package main; import \"sort\""))
    }
}

/// The kinds of question beyond one function: design classes, answers judged in place or by a
/// checker, and what drivers find wrong by themselves.
@Suite("question kinds")
struct QuestionKindTests {
    static let cache = Signature(
        functionName: "", params: [Param(name: "capacity", type: "integer")], returnType: "void", className: "LRUCache",
        methods: [ClassMethod(name: "get", params: [Param(name: "key", type: "integer")], returnType: "integer"),
                  ClassMethod(name: "put", params: [Param(name: "key", type: "integer"), Param(name: "value", type: "integer")], returnType: "void")])

    static func question(_ signature: Signature, compare: CompareMode = .exact) -> Question {
        Question(number: 1, slug: "q", title: "Q", difficulty: .easy, tags: [], statement: "s", examples: [], constraints: [],
                 signature: signature, compare: compare)
    }

    @Test func aRunsTestsTogetherHaveABudgetAndEachTestItsLimitAndASecond() throws {
        let python = try #require(LanguageRuntime.all[.python3])  // starts in up to 2 s, time factor 1
        let signature = Signature(functionName: "f", params: [Param(name: "x", type: "integer")], returnType: "integer")
        var question = Self.question(signature)
        question.timeLimitMs = 2000
        let limits = JobBuilder(runtime: python).job(source: "", question: question, inputs: Array(repeating: "[1]", count: 32)).run.limits
        // All 32 tests together: the start and three tests at the limit, not 32.
        #expect(limits.wallMs == 2000 + 3 * 2000 && limits.cpuMs == limits.wallMs)
        // The first answer may take the start and a test; every later one a test and a second.
        #expect(limits.idleMs == 2000 + 2000 && limits.nextIdleMs == 2000 + 1000)
        // Fewer tests than the budget (a Run on the examples): each its limit.
        #expect(JobBuilder(runtime: python).job(source: "", question: question, inputs: ["[1]"]).run.limits.wallMs == 2000 + 2000)
    }

    @Test func aWrongDesignAnswerNamesTheFirstCallThatDiffers() {
        let input = #"[["LRUCache","put","get","get"],[[1],[3,30],[3],[4]]]"#
        let verdicts = Verdicts(question: Self.question(Self.cache), tests: [TestCase(input: input, expected: "[null,null,30,-1]")], timeLimitMs: 1000)
        let outcome = verdicts.decide(VerdictTests.result([#"{"i":0,"ms":1,"out":"[null,null,30,4]"}"#]))
        #expect(outcome.verdict == .wrongAnswer)
        #expect(outcome.message == "call 4, get(4), returned 4; expected -1")
        // Shown as LeetCode shows it: the calls, then their arguments.
        #expect(outcome.failedTest?.input == "[\"LRUCache\",\"put\",\"get\",\"get\"]\n[[1],[3,30],[3],[4]]")
    }

    @Test func whatTheDriverFoundWrongIsAWrongAnswerWhateverTheValue() {
        let copy = Signature(functionName: "copyRandomList", params: [Param(name: "head", type: "RandomNode")], returnType: "RandomNode")
        let verdicts = Verdicts(question: Self.question(copy), tests: [TestCase(input: "[[[1,null]]]", expected: "[[1,null]]")], timeLimitMs: 1000)
        let outcome = verdicts.decide(VerdictTests.result([#"{"i":0,"ms":1,"out":"[[1,null]]","wrong":"node 0 is a node of the input"}"#]))
        #expect(outcome.verdict == .wrongAnswer && outcome.message == "node 0 is a node of the input")
    }

    @Test func theCheckerDecidesAnswersThatDifferFromTheReference() {
        let peak = Signature(functionName: "findPeakElement", params: [Param(name: "nums", type: "integer[]")], returnType: "integer")
        let tests = [TestCase(input: "[[1,3,2,4,1]]", expected: "1"), TestCase(input: "[[5,1]]", expected: "0")]
        let result = VerdictTests.result([#"{"i":0,"ms":1,"out":"3"}"#, #"{"i":1,"ms":1,"out":"0"}"#])
        // Only the answer that differs goes to the checker.
        #expect(CheckerJob.cases(of: result, tests: tests).map(\.index) == [0])
        var verdicts = Verdicts(question: Self.question(peak, compare: .checker), tests: tests, timeLimitMs: 1000)
        verdicts.checked = [0: .right]
        #expect(verdicts.decide(result).verdict == .accepted)
        verdicts.checked = [0: .wrong("3 is not a peak")]
        #expect(verdicts.decide(result).verdict == .wrongAnswer && verdicts.decide(result).message == "3 is not a peak")
        // A checker that failed, or said nothing, is never an Accepted.
        verdicts.checked = [0: .failed("the question's checker failed: boom")]
        #expect(verdicts.decide(result).verdict == .internalError)
        verdicts.checked = [:]
        #expect(verdicts.decide(result).verdict == .internalError)
        // The checker's own report, read back.
        let job = CheckerJob(checker: "def check(a, e, x): pass", cases: CheckerJob.cases(of: result, tests: tests))
        var step = RunnerStepResult()
        step.ran = true
        step.progress = Array(#"{"i":0,"error":"ValueError: boom"}"#.utf8)
        #expect(job.verdicts(RunnerResult(id: 1, run: step)) == [0: .failed("the question's checker failed: ValueError: boom")])
        let cases = String(decoding: job.job.files[1].content, as: UTF8.self)
        #expect(cases == #"{"cases":[{"i":0,"args":[[1,3,2,4,1]],"expected":1,"actual":3}]}"#)
    }

    @Test func testsJSONTellsDriversHowTheAnswerIsJudged() throws {
        let merge = Signature(functionName: "merge", params: [Param(name: "nums1", type: "integer[]"), Param(name: "m", type: "integer"),
                                                              Param(name: "nums2", type: "integer[]"), Param(name: "n", type: "integer")],
                              returnType: "void", inPlace: "nums1")
        let python = try #require(LanguageRuntime.all[.python3])
        func header(_ signature: Signature) throws -> String {
            let job = JobBuilder(runtime: python).job(source: "", question: Self.question(signature), inputs: ["[1]"])
            let tests = try #require(job.files.first { $0.path == "tests.json" })
            return String(decoding: tests.content, as: UTF8.self)
        }
        #expect(try header(merge) == #"{"function":"merge","inplace":0,"params":["integer[]","integer","integer[]","integer"],"returns":"void","inputs":[[1]]}"#)
        let cycle = Signature(functionName: "detectCycle", params: [Param(name: "head", type: "ListNode")], returnType: "ListNode", build: "cycle")
        #expect(try header(cycle) == #"{"build":"cycle","function":"detectCycle","params":["ListNode"],"returns":"ListNode","inputs":[[1]]}"#)
        let design = try header(Self.cache)
        #expect(design.hasPrefix(#"{"class":"LRUCache","methods":{"#) && design.contains(#""put":{"params":["integer","integer"],"returns":"void"}"#))
    }
}
