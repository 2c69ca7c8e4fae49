public import Logging
public import ServiceLifecycle
public import Systemd

/// Tells systemd the daemon is ready (READY=1) when the group starts, and that it is stopping
/// (STOPPING=1) when the group's graceful shutdown reaches it. List it last in the group, so that
/// it is the first to hear of a shutdown.
public struct SystemdReadiness: Service {
    let notifier: SystemdNotifier
    let status: String
    let stopping: String
    let logger: Logger
    let metadata: Logger.Metadata

    /// - Parameters:
    ///   - status: STATUS= sent with READY=1.
    ///   - stopping: STATUS= sent with STOPPING=1, and logged, e.g. "draining calls in flight".
    ///   - metadata: logged with "ready".
    public init(notifier: SystemdNotifier = SystemdNotifier(), status: String, stopping: String, logger: Logger,
                metadata: Logger.Metadata = [:]) {
        self.notifier = notifier
        self.status = status
        self.stopping = stopping
        self.logger = logger
        self.metadata = metadata
    }

    public func run() async throws {
        notifier.ready(status: status)
        logger.info("ready", metadata: metadata)
        try await gracefulShutdown()
        notifier.stopping(status: stopping)
        logger.info("stopping: \(stopping)")
    }
}
