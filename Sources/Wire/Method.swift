// The kinds of method. scripts/gen-proto declares every method of proto/'s services as a value of one of
// these (Method.Judge.submit), so that a call or a handler with other types does not compile.

/// A method with one request and one response.
public struct UnaryMethod<Request: WireMessage, Response: WireMessage>: Sendable {
    /// The full name, "<package>.<Service>/<Method>".
    public let name: String

    public init(_ name: String) { self.name = name }
}

/// A method with one request and a stream of responses.
public struct ServerStreamingMethod<Request: WireMessage, Response: WireMessage>: Sendable {
    /// The full name, "<package>.<Service>/<Method>".
    public let name: String

    public init(_ name: String) { self.name = name }
}
