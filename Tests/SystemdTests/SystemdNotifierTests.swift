import Foundation
import Systemd
import TestSupport
import Testing

/// sd_notify through a notify socket of the test's own, set in this process's environment.
@Suite struct SystemdNotifierTests {
    let directory: String
    let socket: NotifySocket

    init() throws {
        directory = try TemporaryDirectory.make("cc-notify")
        socket = NotifySocket(path: "\(directory)/notify.sock")
    }

    @Test func readinessStatusWatchdogAndStoppingArriveAsSystemdReadsThem() async throws {
        let notifier = SystemdNotifier()
        await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path]) {
            notifier.ready(status: "serving on unix:/run/x.sock")
            notifier.status("degraded: the MetadataDB does not answer")
            notifier.watchdog()
            notifier.stopping(status: "draining")
            #expect(await socket.waitFor(timeout: .seconds(5)) { $0 == "STATUS=draining" } != nil)
        }
        #expect(socket.messages == [
            "READY=1\nSTATUS=serving on unix:/run/x.sock", "STATUS=degraded: the MetadataDB does not answer", "WATCHDOG=1",
            "STOPPING=1\nSTATUS=draining",
        ])
    }

    @Test func withoutANotifySocketNothingIsSentAndNothingFails() async throws {
        let notifier = SystemdNotifier()
        await ProcessEnvironment.with(["NOTIFY_SOCKET": nil, "WATCHDOG_USEC": nil]) {
            notifier.ready(status: "x")
            notifier.watchdog()
            #expect(notifier.watchdogInterval == nil)
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(socket.messages.isEmpty)
    }

    @Test func theWatchdogIntervalIsHalfOfWatchdogUsecForThisProcessOnly() async throws {
        let notifier = SystemdNotifier()
        await ProcessEnvironment.with(["WATCHDOG_USEC": "400000"]) {
            #expect(notifier.watchdogInterval == .milliseconds(200))
        }
        await ProcessEnvironment.with(["WATCHDOG_USEC": "400000", "WATCHDOG_PID": String(getpid())]) {
            #expect(notifier.watchdogInterval == .milliseconds(200))
        }
        await ProcessEnvironment.with(["WATCHDOG_USEC": "400000", "WATCHDOG_PID": "1"]) {
            #expect(notifier.watchdogInterval == nil, "the watchdog is another process's")
        }
        await ProcessEnvironment.with(["WATCHDOG_USEC": "0"]) {
            #expect(notifier.watchdogInterval == nil)
        }
    }
}
