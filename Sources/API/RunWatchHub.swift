import Foundation

/// Fans run-change notices from the MetadataDB's pub/sub channel out to the WatchRun calls that wait
/// for them. A notice carries no data: a watcher re-reads the run, so a missed or merged notice
/// costs nothing but a read.
actor RunWatchHub {
    private var watchers: [String: [UUID: AsyncStream<Void>.Continuation]] = [:]

    /// A stream that yields whenever run `runID` may have changed. Call `stop` when done.
    func watch(_ runID: String) -> (token: UUID, changes: AsyncStream<Void>) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let token = UUID()
        watchers[runID, default: [:]][token] = continuation
        return (token, stream)
    }

    func stop(_ runID: String, _ token: UUID) {
        watchers[runID]?.removeValue(forKey: token)?.finish()
        if watchers[runID]?.isEmpty == true { watchers[runID] = nil }
    }

    func changed(_ runID: String) {
        watchers[runID]?.values.forEach { $0.yield() }
    }

    /// After the subscription was re-established: anything may have changed.
    func changedAll() {
        watchers.values.forEach { $0.values.forEach { $0.yield() } }
    }

    var count: Int { watchers.values.reduce(0) { $0 + $1.count } }
}
