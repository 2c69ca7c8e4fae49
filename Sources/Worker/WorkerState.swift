import Wire

/// What the worker is doing, for its status call, its heartbeat and its drain.
actor WorkerState {
    let config: WorkerConfig
    private(set) var busy = 0
    private(set) var jobsDone: UInt64 = 0
    private(set) var draining = false

    init(config: WorkerConfig) {
        self.config = config
    }

    func started() { busy += 1 }

    func finished() {
        busy -= 1
        jobsDone += 1
    }

    func drain() { draining = true }

    func info() -> WorkerInfo {
        WorkerInfo(id: config.id, host: config.host, address: config.listen.description, slots: config.slots, busy: busy,
                   languages: config.languages.map(\.rawValue), images: [], jobsDone: jobsDone, lastSeenMs: 0,
                   draining: draining, reachable: true)
    }
}
