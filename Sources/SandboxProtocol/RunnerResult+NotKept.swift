extension RunnerResult {
    private static let notKeptPrefix = "not kept: "

    /// The runner's answer to a job naming a kept file it does not keep: nothing was run.
    public static func notKept(id: UInt64, key: String) -> RunnerResult {
        RunnerResult(id: id, clean: true, error: notKeptPrefix + key)
    }

    /// The key of the kept file the runner did not have, when that is why it ran nothing.
    public var notKeptKey: String? {
        error.hasPrefix(Self.notKeptPrefix) ? String(error.dropFirst(Self.notKeptPrefix.count)) : nil
    }
}
