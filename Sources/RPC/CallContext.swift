public import Logging

/// Who is on the other end of a connection.
public enum Peer: Sendable, Equatable, CustomStringConvertible {
    /// A local process on the Unix socket, with its credentials from SO_PEERCRED.
    case unix(uid: UInt32, gid: UInt32, pid: Int32)
    /// A remote address on TCP.
    case tcp(address: String)

    public var description: String {
        switch self {
        case .unix(let uid, _, let pid): "unix(uid \(uid), pid \(pid))"
        case .tcp(let address): "tcp(\(address))"
        }
    }
}

/// What a handler knows about the call it serves.
public struct CallContext: Sendable {
    /// The full method name, "clonecode.v1.Judge/Submit".
    public var method: String
    public var peer: Peer
    /// The token the client sent with the request, or "".
    public var authToken: String
    /// The signed-in person's session or personal token, or "".
    public var userToken: String
    /// Made by a gateway for one of its visitors: the peer's credentials and `authToken` grant
    /// nothing beyond reaching the server; only `userToken` says who is calling.
    public var relayed: Bool
    /// With `relayed`: the visitor's address as the gateway saw it ("" if not said).
    public var clientAddress: String
    /// When the call must have answered, if the client set a deadline.
    public var deadline: ContinuousClock.Instant?
    /// A logger carrying the call's method and peer.
    public var logger: Logger

    public init(method: String, peer: Peer, authToken: String, userToken: String = "", relayed: Bool = false,
                clientAddress: String = "", deadline: ContinuousClock.Instant?, logger: Logger) {
        self.method = method
        self.peer = peer
        self.authToken = authToken
        self.userToken = userToken
        self.relayed = relayed
        self.clientAddress = clientAddress
        self.deadline = deadline
        self.logger = logger
    }
}

/// The sending side of a server stream: each `send` becomes one FRAME_STREAM_MESSAGE.
public struct ServerStream<Message: Sendable>: Sendable {
    let sendBody: @Sendable (Message) async throws -> Void

    /// Sends one message to the client; throws when the connection is gone.
    public func send(_ message: Message) async throws { try await sendBody(message) }
}
