public import Logging
public import ServiceLifecycle
public import Systemd

/// Feeds systemd's watchdog (WATCHDOG=1) while the daemon passes its own check, and keeps STATUS=
/// current. Checks every half WATCHDOG_USEC, or every 5 s when the watchdog is off.
public struct Watchdog: Service {
    /// One check's result.
    public struct Probe: Sendable {
        /// True when the daemon answered itself: WATCHDOG=1 is sent.
        public var alive: Bool
        /// STATUS= when it changed; nil leaves STATUS= as it is.
        public var status: String?
        /// The status names a problem: logged as a warning when it first shows.
        public var degraded: Bool

        public init(alive: Bool, status: String? = nil, degraded: Bool = false) {
            self.alive = alive
            self.status = status
            self.degraded = degraded
        }
    }

    let notifier: SystemdNotifier
    let logger: Logger
    let probe: @Sendable () async -> Probe

    public init(notifier: SystemdNotifier = SystemdNotifier(), logger: Logger, probe: @escaping @Sendable () async -> Probe) {
        self.notifier = notifier
        self.logger = logger
        self.probe = probe
    }

    public func run() async {
        let interval = notifier.watchdogInterval ?? .seconds(5)
        await cancelWhenGracefulShutdown {
            var last: String?
            while !Task.isCancelled {
                let probe = await probe()
                if probe.alive { notifier.watchdog() }
                if let status = probe.status, status != last {
                    notifier.status(status)
                    if probe.degraded { logger.warning("\(status)") }
                    last = status
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
