internal import CSystemd

/// Tells the service manager about the daemon's state (sd_notify): readiness, status, watchdog, stopping.
///
/// Without NOTIFY_SOCKET (not started by systemd) every call does nothing. Thread-safe.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// The daemon is ready to serve.
    public func ready(status: String) { send("READY=1\nSTATUS=\(status)") }

    /// A one-line status, shown by `systemctl status`.
    public func status(_ text: String) { send("STATUS=\(text)") }

    /// The watchdog keep-alive.
    public func watchdog() { send("WATCHDOG=1") }

    /// The daemon begins to shut down.
    public func stopping(status: String) { send("STOPPING=1\nSTATUS=\(status)") }

    /// How often the watchdog wants a keep-alive (half of WATCHDOG_USEC), or nil when it is off.
    public var watchdogInterval: Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(usec / 2))
    }

    private func send(_ state: String) {
        _ = sd_notify(0, state)
    }
}

import Foundation
