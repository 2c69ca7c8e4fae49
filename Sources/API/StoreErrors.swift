import RPC
import Store

/// Runs a store operation, turning Redis failures into the status a client should see.
func withStore<T>(_ name: String, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as RedisError {
        switch error {
        case .unavailable(let why): throw RPCError.unavailable("the \(name) is unavailable: \(why)")
        case .server(let why), .badSetting(let why): throw RPCError.internalError("the \(name) failed: \(why)")
        }
    }
}
