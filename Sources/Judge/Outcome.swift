public import Model

/// A judged run's result, ready to store.
public struct Outcome: Sendable, Equatable {
    public var verdict: Verdict
    public var passed: Int
    public var total: Int
    public var runtimeMs: Int
    public var memoryKb: Int
    public var message: String
    public var compileOutput: String
    public var failedTest: FailedTest?
    public var outputs: [TestOutput]
    /// Wall time of the program's processes, compile and run.
    public var programMs: Int = 0

    public init(verdict: Verdict, passed: Int = 0, total: Int = 0, runtimeMs: Int = 0, memoryKb: Int = 0,
                message: String = "", compileOutput: String = "", failedTest: FailedTest? = nil, outputs: [TestOutput] = []) {
        self.verdict = verdict
        self.passed = passed
        self.total = total
        self.runtimeMs = runtimeMs
        self.memoryKb = memoryKb
        self.message = message
        self.compileOutput = compileOutput
        self.failedTest = failedTest
        self.outputs = outputs
    }
}
