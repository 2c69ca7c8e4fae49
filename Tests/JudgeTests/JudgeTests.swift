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

/// Go's implicit imports: a package is imported when the code uses it, not when a comment or a
/// string mentions it, and never twice.
@Suite struct GoImportTests {
    @Test func packagesUsedAreImportedOnTheFirstLine() {
        let source = "func f(a []int) string {\n\tsort.Ints(a) // strings.Join would do too\n\treturn \"math.Pi\" + strconv.Itoa(len(a))\n}\n"
        let file = GoDriver.solution(source)
        #expect(file.hasPrefix("package main; import (\"sort\"; \"strconv\"); func f(a []int) string {\n"))
        let explicit = GoDriver.solution("import \"sort\"\n\nfunc f(a []int) { sort.Ints(a) }\n")
        #expect(explicit.hasPrefix("package main; import \"sort\""))
    }
}
