public import Logging
public import ServiceLifecycle
import UnixSignals

/// How every CloneCode daemon runs: start-up first (bind sockets, wait for what it needs), then its
/// small services as one `ServiceGroup` until SIGTERM or SIGINT.
///
/// On a signal the group shuts its services down gracefully one at a time, the last-listed first
/// (so list `SystemdReadiness` last: STOPPING=1 goes out at once), and cancels them all when
/// `maximumGracefulShutdownDuration` passes. A signal during start-up cancels the start-up.
public enum Daemon {
    /// Runs `start`, then the services it returns, until they are done. Returns normally after a
    /// graceful stop, also when a signal ended the start-up.
    public static func run(
        logger: Logger, maximumGracefulShutdownDuration: Duration? = nil,
        start: @escaping @Sendable () async throws -> [ServiceGroupConfiguration.ServiceConfiguration]
    ) async throws {
        guard let services = try await untilSignalled(start) else {
            logger.info("stopping: a signal came before start-up finished")
            return
        }
        var configuration = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: signals, logger: logger)
        configuration.maximumGracefulShutdownDuration = maximumGracefulShutdownDuration
        try await ServiceGroup(configuration: configuration).run()
    }

    static let signals: [UnixSignal] = [.sigterm, .sigint]

    /// `body`'s result, or nil when SIGTERM or SIGINT came first (then `body` is cancelled).
    static func untilSignalled<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                for await _ in await UnixSignalsSequence(trapping: signals) { return nil }
                try await Task.sleep(for: .seconds(Int.max))
                return nil
            }
            defer { group.cancelAll() }
            do {
                return try await group.next() ?? nil
            } catch is CancellationError {
                return nil
            }
        }
    }
}
