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
    /// The signed-in person's token sent with each call.
    public var userToken: String
    /// Whether calls are relayed by a gateway for a visitor.
    public var relayed: Bool
    /// With `relayed`: the visitor's address.
    public var clientAddress: String

    public init(router: RPCRouter, peer: Peer = .unix(uid: 0, gid: 0, pid: 1), authToken: String = "", userToken: String = "",
                relayed: Bool = false, clientAddress: String = "") {
        self.router = router
        self.peer = peer
        self.authToken = authToken
        self.userToken = userToken
        self.relayed = relayed
        self.clientAddress = clientAddress
    }

    /// The same router called by someone else.
    public func `as`(_ peer: Peer, token: String = "") -> LocalClient {
        LocalClient(router: router, peer: peer, authToken: token)
    }

    /// The same router called by a signed-in person (a session or personal token), from a local
    /// process that is not an operator.
    public func signedIn(_ userToken: String) -> LocalClient {
        LocalClient(router: router, peer: .unix(uid: 1000, gid: 1000, pid: 1), userToken: userToken)
    }

    /// The same router called by a gateway (as root on the Unix socket) for a visitor with this
    /// session ("" for none) from `address`.
    public func relayed(_ userToken: String, from address: String = "192.0.2.1") -> LocalClient {
        LocalClient(router: router, userToken: userToken, relayed: true, clientAddress: address)
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
        CallContext(method: method, peer: peer, authToken: authToken, userToken: userToken, relayed: relayed,
                    clientAddress: clientAddress, deadline: nil,
                    logger: Logger(label: "test.local-rpc", factory: { _ in SwiftLogNoOpLogHandler() }))
    }
}
