import Sandbox
import Wire

/// What the worker is doing, for its status call, its heartbeat and its drain.
actor WorkerState {
    let config: WorkerConfig
    let slots: [Slot]
    private(set) var busy = 0
    private(set) var jobsDone: UInt64 = 0
    private(set) var draining = false
    private var drainWaiters: [CheckedContinuation<Void, Never>] = []

    init(config: WorkerConfig, slots: [Slot]) {
        self.config = config
        self.slots = slots
    }

    func started() { busy += 1 }

    func finished() {
        busy -= 1
        jobsDone += 1
    }

    func drain() {
        draining = true
        drainWaiters.forEach { $0.resume() }
        drainWaiters = []
    }

    /// Returns once a drain is asked for.
    func waitForDrain() async {
        if draining { return }
        await withCheckedContinuation { drainWaiters.append($0) }
    }

    func info() -> WorkerInfo {
        WorkerInfo(id: config.id, host: config.host, address: config.listen.description, slots: config.slots, busy: busy,
                   languages: config.languages.map(\.rawValue), images: [], jobsDone: jobsDone, lastSeenMs: 0,
                   draining: draining, reachable: true)
    }
}
