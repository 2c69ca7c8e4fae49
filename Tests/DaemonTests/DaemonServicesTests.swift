import Daemon
import Foundation
import Logging
import RPC
import ServiceLifecycle
import Store
import Systemd
import TestSupport
import Testing
import Wire

/// The services every daemon shares, in a ServiceGroup of the test's own with a notify socket of
/// the test's own: readiness and stopping, the watchdog, waiting for Redis, and the self-check.
@Suite struct DaemonServicesTests {
    let directory: String
    let socket: NotifySocket
    let logger = Logger(label: "test.daemon", factory: { _ in SwiftLogNoOpLogHandler() })

    init() throws {
        directory = try TemporaryDirectory.make("cc-daemon")
        socket = NotifySocket(path: "\(directory)/notify.sock")
    }

    @Test func readinessIsSentWhenTheGroupRunsAndStoppingWhenItShutsDown() async throws {
        try await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": nil]) {
            let readiness = SystemdReadiness(status: "serving on unix:/x.sock", stopping: "draining calls in flight", logger: logger)
            let group = ServiceGroup(configuration: .init(services: [.init(service: readiness)], logger: logger))
            let running = Task { try await group.run() }
            #expect(await socket.waitFor(timeout: .seconds(5)) { $0 == "READY=1" } != nil)
            #expect(!socket.lines.contains("STOPPING=1"))
            await group.triggerGracefulShutdown()
            try await running.value
        }
        #expect(await socket.waitFor(timeout: .seconds(5)) { $0 == "STOPPING=1" } != nil)
        #expect(socket.messages == ["READY=1\nSTATUS=serving on unix:/x.sock", "STOPPING=1\nSTATUS=draining calls in flight"])
    }

    @Test func theWatchdogIsFedOnlyWhileTheProbeSaysAliveAndStatusSentWhenItChanges() async throws {
        let alive = Flag(true)
        try await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": "100000", "WATCHDOG_PID": nil]) {
            let watchdog = Watchdog(logger: logger) {
                let now = await alive.value
                return Watchdog.Probe(alive: now, status: now ? "serving" : "degraded: no Redis", degraded: !now)
            }
            let group = ServiceGroup(configuration: .init(services: [.init(service: watchdog)], logger: logger))
            let running = Task { try await group.run() }
            try await Task.sleep(for: .milliseconds(400))
            await alive.set(false)
            try await Task.sleep(for: .milliseconds(300))
            let pingsBefore = socket.lines.filter { $0 == "WATCHDOG=1" }.count
            try await Task.sleep(for: .milliseconds(300))
            await group.triggerGracefulShutdown()
            try await running.value
            #expect(pingsBefore >= 4, "WATCHDOG=1 every half of WATCHDOG_USEC while alive: \(socket.lines)")
            #expect(socket.lines.filter { $0 == "WATCHDOG=1" }.count == pingsBefore, "no WATCHDOG=1 once the probe fails")
        }
        #expect(socket.lines.filter { $0.hasPrefix("STATUS=") } == ["STATUS=serving", "STATUS=degraded: no Redis"])
    }

    @Test func waitingForRedisSaysWhatItWaitsForAndReturnsOnceItAnswers() async throws {
        let redis = try await TestRedis.start()
        redis.kill()
        let client = RedisClient(endpoint: redis.endpoint, poolSize: 1, timeout: .milliseconds(200))
        try await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path]) {
            let waiting = Task { try await client.waitUntilAnswering("MetadataDB", notifier: SystemdNotifier(), logger: logger) }
            #expect(await socket.waitFor(timeout: .seconds(5)) { $0 == "STATUS=waiting for the MetadataDB at unix:\(redis.socket)" } != nil)
            try await redis.restart()
            try await waiting.value
        }
        // Cancelled before Redis answers, it throws instead of waiting on.
        redis.kill()
        let cancelled = Task { try await client.waitUntilAnswering("QuestionsDB", notifier: SystemdNotifier(), logger: logger) }
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
        await client.shutdown()
    }

    @Test func theSelfCheckAsksTheDaemonsOwnListener() async throws {
        let api = try await InProcessAPI(bank: false)
        let serving = try await api.serve(at: "\(directory)/api.sock")
        #expect(try await SelfCheck.health(at: serving.endpoint) == HealthResponse(serving: true))
        api.metadataDB.kill()
        let health = try await SelfCheck.health(at: serving.endpoint)
        #expect(!health.serving && health.problems.first?.contains("MetadataDB") == true)
        await #expect(throws: (any Error).self) { try await SelfCheck.health(at: .unix(path: "\(directory)/nobody.sock")) }
    }
}

/// A value the probe reads and the test sets.
actor Flag {
    var value: Bool
    init(_ value: Bool) { self.value = value }
    func set(_ new: Bool) { value = new }
}
