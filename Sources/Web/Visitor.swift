import HTTP
import RPC

/// Who a request comes from, as the gateway passes it on: the session cookie's token (if any) and
/// the address, and whether the page was reached over TLS (for the cookie's `Secure`).
struct Visitor: Sendable {
    /// The session token of the `cc_session` cookie, or nil.
    var token: String?
    /// What every call made for this visitor carries.
    var relay: Relay
    /// The page is served over TLS: cookies set for it are `Secure`.
    var secure: Bool

    init(_ request: HTTPRequest, origins: SameOriginCheck) {
        token = SessionCookie.token(in: request.headers)
        relay = Relay(userToken: token ?? "", clientAddress: request.client)
        secure = origins.scheme(request.headers) == "https"
    }

    /// The same visitor as nobody: for signing up or in, which an old session must not hinder.
    var anonymous: Relay { Relay(userToken: "", clientAddress: relay.clientAddress) }
}
