/// The calls in flight on one server connection.
///
/// An actor: the connection's reader, each call's task and the server's shutdown all reach it.
actor CallRegistry {
    enum StartResult { case started, duplicate, tooMany, draining }

    private var calls: [UInt64: (task: Task<Void, Never>, isStream: Bool)] = [:]
    private var draining = false
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []
    private let limit: Int
    private let onDrained: @Sendable () -> Void

    init(limit: Int, onDrained: @escaping @Sendable () -> Void) {
        self.limit = limit
        self.onDrained = onDrained
    }

    /// Starts `body` as the task of call `id`, unless the id is taken, the limit is reached, or the
    /// connection drains.
    func start(_ id: UInt64, isStream: Bool, _ body: @escaping @Sendable () async -> Void) -> StartResult {
        if draining { return .draining }
        if calls[id] != nil { return .duplicate }
        if calls.count >= limit { return .tooMany }
        let task = Task {
            await body()
            self.finished(id)
        }
        calls[id] = (task, isStream)
        return .started
    }

    func cancel(_ id: UInt64) { calls[id]?.task.cancel() }

    /// True once the connection drains (the server is shutting down).
    var isDraining: Bool { draining }

    /// Takes no new calls; cancels streams (they never end by themselves); lets unary calls finish,
    /// then calls `onDrained`.
    func drain() {
        draining = true
        for call in calls.values where call.isStream { call.task.cancel() }
        if calls.isEmpty { onDrained() }
    }

    func cancelAll() { calls.values.forEach { $0.task.cancel() } }

    /// Returns when no call is in flight.
    func waitIdle() async {
        if calls.isEmpty { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    private func finished(_ id: UInt64) {
        calls[id] = nil
        guard calls.isEmpty else { return }
        idleWaiters.forEach { $0.resume() }
        idleWaiters = []
        if draining { onDrained() }
    }
}
