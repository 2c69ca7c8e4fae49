import Logging
import RPC
import TLS
import Wire

/// The gateway's connection to clonecode-api, made on first use and again after it breaks.
actor APIConnection {
    let endpoint: Endpoint
    let token: String
    let tls: TLSFiles?
    private var client: RPCClient?

    init(endpoint: Endpoint, token: String, tls: TLSFiles?) {
        self.endpoint = endpoint
        self.token = token
        self.tls = tls
    }

    func get() async throws -> RPCClient {
        if let client { return client }
        let made = try await RPCClient.connect(to: endpoint, authToken: token, tls: tls)
        client = made
        return made
    }

    /// Forgets a connection that failed, so the next call connects again.
    func reset() {
        client?.close()
        client = nil
    }

    /// Calls `method`, for a visitor when `relay` is given (every call made for a visitor is: the
    /// gateway's own credentials are not theirs); a call that failed with UNAVAILABLE (a connection
    /// that broke) is made again on a new connection when it is `idempotent`, never otherwise: the
    /// first may have been carried out.
    func call<Request, Response>(_ method: UnaryMethod<Request, Response>, _ request: Request, for relay: Relay? = nil,
                                 idempotent: Bool = true) async throws -> Response {
        do {
            return try await get().call(method, request, timeout: .seconds(10), relayedFor: relay)
        } catch let error as RPCError where error.code == .unavailable {
            reset()
            guard idempotent else { throw error }
            return try await get().call(method, request, timeout: .seconds(10), relayedFor: relay)
        }
    }
}
