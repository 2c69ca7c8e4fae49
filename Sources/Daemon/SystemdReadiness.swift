public import Logging
public import ServiceLifecycle
import Systemd

/// Tells systemd the daemon is ready (READY=1) when the group starts, and that it is stopping
/// (STOPPING=1) when the group's graceful shutdown reaches it. List it last in the group, so that
/// it is the first to hear of a shutdown.
public struct SystemdReadiness: Service {
    /// STATUS= sent with READY=1, e.g. "serving on unix:/run/clonecode/api.sock".
    public var status: String
    /// STATUS= sent with STOPPING=1, and logged, e.g. "draining calls in flight".
    public var stopping: String
    public var logger: Logger

    public init(status: String, stopping: String, logger: Logger) {
        (self.status, self.stopping, self.logger) = (status, stopping, logger)
    }

    public func run() async throws {
        let notifier = SystemdNotifier()
        notifier.ready(status: status)
        logger.info("ready", metadata: ["status": "\(status)"])
        try await gracefulShutdown()
        notifier.stopping(status: stopping)
        logger.info("stopping: \(stopping)")
    }
}
