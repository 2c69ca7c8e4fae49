public import RPC
public import Wire

/// A daemon's check of itself through its own listener, for the watchdog.
public enum SelfCheck {
    /// The daemon's answer to its own Health call at `endpoint`; throws when it did not answer within 2 s.
    public static func health(at endpoint: Endpoint) async throws -> HealthResponse {
        let client = try await RPCClient.connect(to: endpoint)
        defer { client.close() }
        return try await client.call(Method.Health.check, Empty(), timeout: .seconds(2))
    }
}
