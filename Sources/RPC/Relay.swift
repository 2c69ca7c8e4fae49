/// Whom a gateway makes a call for: one of its visitors, signed in (`userToken`) or not (""). A
/// relayed call gets nothing from the gateway's own credentials.
public struct Relay: Sendable, Equatable {
    /// The visitor's session token, or "".
    public var userToken: String
    /// The visitor's address, for per-address limits.
    public var clientAddress: String

    public init(userToken: String, clientAddress: String) {
        self.userToken = userToken
        self.clientAddress = clientAddress
    }
}
