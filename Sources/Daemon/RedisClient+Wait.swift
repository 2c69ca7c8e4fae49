public import Logging
public import Store
public import Systemd

extension RedisClient {
    /// Returns once the server answers, telling systemd (STATUS=) and the log what the daemon waits
    /// for; throws `CancellationError` when cancelled first.
    public func waitUntilAnswering(_ name: String, notifier: SystemdNotifier, logger: Logger) async throws {
        var attempt = 0
        while !(await ping()) {
            attempt += 1
            if attempt == 1 || attempt % 20 == 0 {
                notifier.status("waiting for the \(name) at \(endpoint)")
                logger.warning("waiting for the \(name) at \(endpoint)")
            }
            try await Task.sleep(for: .milliseconds(250))
        }
    }
}
