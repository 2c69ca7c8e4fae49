/// Runs `body`, giving up when `timeout` passes first: its value, or nil after the timeout (then
/// `body` is cancelled). Errors `body` throws are rethrown. The caller names what timed out.
public func withTimeout<T: Sendable>(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        defer { group.cancelAll() }
        return try await group.next() ?? nil
    }
}
