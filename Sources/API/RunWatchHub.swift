import Foundation
package import Store

/// Fans run-change notices from the MetadataDB's pub/sub channel out to the WatchRun calls that wait
/// for them. A notice carries the fields that changed, so a watcher applies it to the run it holds;
/// after the subscription was re-established (notices may have been missed) a watcher gets nil and
/// reads the run again.
package actor RunWatchHub {
    private var watchers: [String: [UUID: AsyncStream<RunChange?>.Continuation]] = [:]

    package init() {}

    /// The changes of run `runID`, in order; nil when the run must be read again. Call `stop` when done.
    func watch(_ runID: String) -> (token: UUID, changes: AsyncStream<RunChange?>) {
        // Unbounded: a change that was dropped would be lost (a run has a few dozen changes at most).
        let (stream, continuation) = AsyncStream<RunChange?>.makeStream(bufferingPolicy: .unbounded)
        let token = UUID()
        watchers[runID, default: [:]][token] = continuation
        return (token, stream)
    }

    func stop(_ runID: String, _ token: UUID) {
        watchers[runID]?.removeValue(forKey: token)?.finish()
        if watchers[runID]?.isEmpty == true { watchers[runID] = nil }
    }

    /// A notice from the run-events channel.
    func changed(_ notice: String) {
        guard let change = RunChange(notice: notice) else { return }
        watchers[change.runID]?.values.forEach { $0.yield(change) }
    }

    /// After the subscription was re-established: anything may have changed.
    func changedAll() {
        watchers.values.forEach { $0.values.forEach { $0.yield(nil) } }
    }
}
