public import Wire

/// A call's failure as both sides see it: a canonical status code and a message for people.
public struct RPCError: Error, Equatable, CustomStringConvertible {
    public var code: StatusCode
    public var message: String
    /// With RESOURCE_EXHAUSTED or UNAVAILABLE: when the server suggests trying again.
    public var retryAfter: Duration?

    public init(_ code: StatusCode, _ message: String, retryAfter: Duration? = nil) {
        self.code = code
        self.message = message
        self.retryAfter = retryAfter
    }

    /// The error a frame with a status other than OK carries.
    init(frame: Frame) {
        self.init(frame.code, frame.message, retryAfter: frame.retryAfterMs > 0 ? .milliseconds(frame.retryAfterMs) : nil)
    }

    /// `retryAfter` as the frame carries it: whole milliseconds, 0 when not said.
    var retryAfterMs: UInt32 {
        guard let retryAfter else { return 0 }
        return UInt32(clamping: max(1, retryAfter.components.seconds * 1000 + retryAfter.components.attoseconds / 1_000_000_000_000_000))
    }

    public var description: String { "\(code): \(message)" }

    public static func invalidArgument(_ message: String) -> RPCError { RPCError(.invalidArgument, message) }
    public static func notFound(_ message: String) -> RPCError { RPCError(.notFound, message) }
    public static func unavailable(_ message: String) -> RPCError { RPCError(.unavailable, message) }
    public static func internalError(_ message: String) -> RPCError { RPCError(.internalError, message) }
}
