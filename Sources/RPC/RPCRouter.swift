public import Wire

/// Maps methods (Method.Questions.list: "clonecode.v1.Questions/List") to handlers of their types.
///
/// Built once before serving; immutable afterwards.
public struct RPCRouter: Sendable {
    enum Route: Sendable {
        case unary(@Sendable ([UInt8], CallContext) async throws -> [UInt8])
        case serverStream(@Sendable ([UInt8], CallContext, ServerStream<[UInt8]>) async throws -> Void)
    }

    private(set) var routes: [String: Route] = [:]

    public init() {}

    /// Registers a call with one request and one response.
    public mutating func unary<Request, Response>(
        _ method: UnaryMethod<Request, Response>,
        _ handler: @escaping @Sendable (Request, CallContext) async throws -> Response
    ) {
        routes[method.name] = .unary { bytes, context in
            try await handler(try Self.decode(Request.self, bytes), context).wireBytes()
        }
    }

    /// Registers a call with one request and a stream of responses.
    public mutating func serverStream<Request, Response>(
        _ method: ServerStreamingMethod<Request, Response>,
        _ handler: @escaping @Sendable (Request, CallContext, ServerStream<Response>) async throws -> Void
    ) {
        routes[method.name] = .serverStream { bytes, context, raw in
            let typed = ServerStream<Response> { try await raw.send($0.wireBytes()) }
            try await handler(try Self.decode(Request.self, bytes), context, typed)
        }
    }

    private static func decode<M: WireMessage>(_ type: M.Type, _ bytes: [UInt8]) throws -> M {
        do {
            return try M(wire: bytes)
        } catch {
            throw RPCError.invalidArgument("the request is not a valid \(M.wireDescriptor.name): \(error)")
        }
    }
}
