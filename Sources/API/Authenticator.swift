import Foundation
import RPC
import Secrets
import Store
import Wire

/// Tells who made a call: the person whose token it carries, an operator (by the Unix socket's
/// credentials or the admin token, never on a relayed call), or nobody.
///
/// A call with a token costs one MetadataDB read; a call without one costs nothing.
struct Authenticator: Sendable {
    let accounts: AccountStore
    let admin: AdminPolicy

    static let sessionPrefix = "ccs_"
    static let personalPrefix = "ccp_"

    func caller(_ context: CallContext) async throws -> Caller {
        let token = context.userToken
        guard !token.isEmpty else {
            if context.relayed { return .nobody }
            return (try? admin.authorize(context)) != nil ? .operator : .nobody
        }
        guard SecretToken.isWellFormed(token, prefix: Self.sessionPrefix) || SecretToken.isWellFormed(token, prefix: Self.personalPrefix) else {
            throw RPCError(.unauthenticated, "the session token is not one this server makes; sign in again")
        }
        let digest = try SecretToken.digest(token)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        guard let record = try await withStore("MetadataDB", { try await accounts.token(digest: digest, nowMs: now) }) else {
            throw RPCError(.unauthenticated, "your session has expired or was ended; sign in again")
        }
        return .person(Caller.Person(username: record.account, role: record.role == "admin" ? .admin : .user,
                                     tokenDigest: digest, kind: record.kind))
    }

    /// The caller, who must be signed in.
    func person(_ context: CallContext, to what: String) async throws -> Caller.Person {
        guard case .person(let person) = try await caller(context) else {
            throw RPCError(.unauthenticated, "sign in to \(what)")
        }
        return person
    }

    /// Admins only: an operator, or a person whose role is admin.
    func requireAdmin(_ context: CallContext) async throws {
        if context.userToken.isEmpty && !context.relayed {
            return try admin.authorize(context)
        }
        let caller = try await caller(context)
        guard caller.isAdmin else {
            let who = caller.username.map { "you are signed in as \($0), a user" } ?? "you are not signed in"
            throw RPCError(.permissionDenied, "this is for admins; \(who)")
        }
    }
}
