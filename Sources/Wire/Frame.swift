internal import CCloneCodeProto

/// gRPC's canonical status codes, with the same numbers.
public enum StatusCode: Int, Sendable, CaseIterable, CustomStringConvertible {
    case ok = 0, cancelled, unknown, invalidArgument, deadlineExceeded, notFound, alreadyExists,
        permissionDenied, resourceExhausted, failedPrecondition, aborted, outOfRange, unimplemented, internalError,
        unavailable, dataLoss, unauthenticated

    /// The gRPC name, e.g. "INVALID_ARGUMENT".
    public var description: String {
        switch self {
        case .ok: "OK"
        case .cancelled: "CANCELLED"
        case .unknown: "UNKNOWN"
        case .invalidArgument: "INVALID_ARGUMENT"
        case .deadlineExceeded: "DEADLINE_EXCEEDED"
        case .notFound: "NOT_FOUND"
        case .alreadyExists: "ALREADY_EXISTS"
        case .permissionDenied: "PERMISSION_DENIED"
        case .resourceExhausted: "RESOURCE_EXHAUSTED"
        case .failedPrecondition: "FAILED_PRECONDITION"
        case .aborted: "ABORTED"
        case .outOfRange: "OUT_OF_RANGE"
        case .unimplemented: "UNIMPLEMENTED"
        case .internalError: "INTERNAL"
        case .unavailable: "UNAVAILABLE"
        case .dataLoss: "DATA_LOSS"
        case .unauthenticated: "UNAUTHENTICATED"
        }
    }
}

/// One unit on a connection: a request, a response, a stream message, a stream's end, or a cancellation.
public struct Frame: WireMessage, Equatable {
    /// What a frame is for (proto enum FrameKind).
    public enum Kind: Int, Sendable {
        case unspecified = 0, request, response, streamMessage, streamEnd, cancel
    }

    public var callID: UInt64
    public var kind: Kind
    public var method: String
    /// Deadline of a request, relative to its receipt; 0 means none.
    public var timeoutMs: UInt32
    public var payload: [UInt8]
    public var code: StatusCode
    public var message: String
    public var authToken: String

    public init(
        callID: UInt64, kind: Kind, method: String = "", timeoutMs: UInt32 = 0, payload: [UInt8] = [],
        code: StatusCode = .ok, message: String = "", authToken: String = ""
    ) {
        self.callID = callID
        self.kind = kind
        self.method = method
        self.timeoutMs = timeoutMs
        self.payload = payload
        self.code = code
        self.message = message
        self.authToken = authToken
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__Frame.self, clonecode__v1__frame__init)

    public init(reader r: ProtoReader) throws {
        callID = r.uint64(1)
        kind = Kind(rawValue: r.integer(2)) ?? .unspecified
        method = r.string(3)
        timeoutMs = UInt32(clamping: r.int(4))
        payload = r.bytes(5)
        code = StatusCode(rawValue: r.integer(6)) ?? .unknown
        message = r.string(7)
        authToken = r.string(8)
    }

    public func write(to w: ProtoWriter) {
        w.set(1, callID)
        w.set(2, kind.rawValue)
        w.set(3, method)
        w.set(4, timeoutMs)
        w.set(5, bytes: payload)
        w.set(6, code.rawValue)
        w.set(7, message)
        w.set(8, authToken)
    }
}
