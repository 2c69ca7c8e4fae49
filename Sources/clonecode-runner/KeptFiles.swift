import SandboxProtocol

/// Files a worker asked the runner to keep for later jobs (a question's tests, megabytes that
/// would otherwise cross the attach stream with every submission), in the runner's own memory:
/// never in a box, so no job can change what the next one gets. Which ones are kept is decided by
/// a KeepLedger, as on the worker's side.
struct KeptFiles {
    private var ledger = KeepLedger()
    private var contents: [String: [UInt8]] = [:]

    /// The job's files with every `kept` one filled in, and every keyed one with content kept; or
    /// the key of the first `kept` file that is not kept (the job is then not run).
    mutating func resolve(_ files: [RunnerFile]) -> Result<[RunnerFile], Missing> {
        var resolved = files
        for index in resolved.indices where !resolved[index].key.isEmpty {
            let key = resolved[index].key
            if resolved[index].kept {
                guard ledger.contains(key), let content = contents[key] else { return .failure(Missing(key: key)) }
                ledger.touch(key)
                resolved[index].content = content
                resolved[index].kept = false
            } else {
                for evicted in ledger.add(key, size: resolved[index].content.count) { contents[evicted] = nil }
                if ledger.contains(key) { contents[key] = resolved[index].content }
            }
        }
        return .success(resolved)
    }

    /// A `kept` file whose key the runner does not keep.
    struct Missing: Error {
        let key: String
    }
}
