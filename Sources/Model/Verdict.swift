/// The outcome of a finished run.
public enum Verdict: String, CaseIterable, Codable, Sendable {
    case accepted = "Accepted"
    case wrongAnswer = "Wrong Answer"
    case timeLimitExceeded = "Time Limit Exceeded"
    case memoryLimitExceeded = "Memory Limit Exceeded"
    case outputLimitExceeded = "Output Limit Exceeded"
    case runtimeError = "Runtime Error"
    case compileError = "Compile Error"
    case internalError = "Internal Error"
}

/// Where a run is in its life: queued, being judged, or done.
public enum RunStatus: String, CaseIterable, Codable, Sendable {
    case queued = "Queued"
    case running = "Running"
    case finished = "Finished"
}

/// Whether a run judges all tests (Submit) or only examples or a custom input (LeetCode's "Run").
public enum RunMode: String, CaseIterable, Codable, Sendable {
    case submit
    case `try`
}
