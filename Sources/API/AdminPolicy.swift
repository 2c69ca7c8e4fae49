import RPC

/// Who may change the question bank: over the Unix socket, root and the service's own user;
/// over TCP, whoever presents the admin token.
struct AdminPolicy: Sendable {
    let token: Token?
    let serviceUID: UInt32

    func authorize(_ context: CallContext) throws {
        switch context.peer {
        case .unix(let uid, _, _):
            guard uid == 0 || uid == serviceUID else {
                throw RPCError(.permissionDenied,
                               "admin calls over the Unix socket are for root and uid \(serviceUID); you are uid \(uid)")
            }
        case .tcp:
            guard let token else {
                throw RPCError(.permissionDenied, "admin calls over TCP are disabled: the server has no admin token file")
            }
            guard !context.authToken.isEmpty else {
                throw RPCError(.unauthenticated, "admin calls over TCP need the admin token")
            }
            guard token.matches(context.authToken) else {
                throw RPCError(.unauthenticated, "the admin token is wrong")
            }
        }
    }
}
