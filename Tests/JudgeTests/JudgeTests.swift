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
        #expect(job.compile?.argv.first == "/usr/bin/g++" && job.run.argv == ["./main"])
        #expect(job.run.limits.wallMs == 1000)
        let java = JobBuilder(runtime: try #require(LanguageRuntime.all[Language(id: "java")]))
        #expect(java.programLimitMs(Self.question) == 1500 + 500)
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
