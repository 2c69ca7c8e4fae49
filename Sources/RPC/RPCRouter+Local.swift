extension RPCRouter {
    /// Answers one unary call in this process, without a connection: decodes the request, runs the
    /// method's handler and encodes its response, as a server does for a request frame.
    ///
    /// Throws UNIMPLEMENTED for a method that is not served, INVALID_ARGUMENT for bytes that are not
    /// the method's request, and whatever the handler throws. May be called from any task.
    public func respond(to method: String, payload: [UInt8], context: CallContext) async throws -> [UInt8] {
        switch routes[method] {
        case .unary(let handler)?: return try await handler(payload, context)
        case .serverStream?: throw RPCError(.invalidArgument, "'\(method)' is a server stream, not a unary call")
        case nil: throw RPCError(.unimplemented, "unknown method '\(method)'")
        }
    }

    /// Runs one server-stream call in this process, handing each message's bytes to `send`; returns
    /// when the handler ends the stream. Errors as for `respond(to:payload:context:)`.
    public func stream(_ method: String, payload: [UInt8], context: CallContext,
                       send: @escaping @Sendable ([UInt8]) async throws -> Void) async throws {
        switch routes[method] {
        case .serverStream(let handler)?: try await handler(payload, context, ServerStream(sendBody: send))
        case .unary?: throw RPCError(.invalidArgument, "'\(method)' is a unary call, not a server stream")
        case nil: throw RPCError(.unimplemented, "unknown method '\(method)'")
        }
    }
}
