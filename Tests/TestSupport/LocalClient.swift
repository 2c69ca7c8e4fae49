import Logging
public import RPC
public import Wire

/// Calls an `RPCRouter` in this process as a client on `peer` would over a connection, without a
/// socket: the request and the response still cross as protobuf bytes, so the messages' encoding
/// is part of what a test checks.
public struct LocalClient: Sendable {
    public let router: RPCRouter
    /// Who the handlers see calling (default: root on the Unix socket).
    public var peer: Peer
    /// The token sent with each call.
    public var authToken: String

    public init(router: RPCRouter, peer: Peer = .unix(uid: 0, gid: 0, pid: 1), authToken: String = "") {
        self.router = router
        self.peer = peer
        self.authToken = authToken
    }

    /// The same router called by someone else.
    public func `as`(_ peer: Peer, token: String = "") -> LocalClient {
        LocalClient(router: router, peer: peer, authToken: token)
    }

    /// Calls a unary method; throws what the handler throws (an `RPCError` for a refusal).
    public func call<Request, Response>(_ method: UnaryMethod<Request, Response>, _ request: Request) async throws -> Response {
        let bytes = try await router.respond(to: method.name, payload: request.wireBytes(), context: context(method.name))
        return try Response(wire: bytes)
    }

    /// Calls a server-stream method; each message is yielded as the handler sends it, and the
    /// stream ends (or throws) as the handler does.
    public func stream<Request, Response>(
        _ method: ServerStreamingMethod<Request, Response>, _ request: Request
    ) -> AsyncThrowingStream<Response, any Error> {
        let (messages, continuation) = AsyncThrowingStream<Response, any Error>.makeStream()
        let context = context(method.name)
        let task = Task { [router] in
            do {
                try await router.stream(method.name, payload: request.wireBytes(), context: context) { bytes in
                    continuation.yield(try Response(wire: bytes))
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return messages
    }

    private func context(_ method: String) -> CallContext {
        CallContext(method: method, peer: peer, authToken: authToken, deadline: nil,
                    logger: Logger(label: "test.local-rpc", factory: { _ in SwiftLogNoOpLogHandler() }))
    }
}
