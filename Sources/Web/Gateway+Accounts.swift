import Foundation
import HTTP
import NIOHTTP1
import RPC
import Wire

/// The page's account routes: signing up, in and out, the password, the visitor's submissions and
/// profiles. A session's token travels only in the `cc_session` cookie, never in an answer's body.
extension Gateway {
    /// An account as the page sees it.
    struct AccountJSON: Encodable {
        var username: String
        var role: String

        init(_ account: Account) {
            username = account.username
            role = account.role == .admin ? "admin" : "user"
        }
    }

    struct CredentialsBody: Decodable {
        var username: String
        var password: String
    }

    struct SignOutBody: Decodable {
        var everywhere: Bool?
    }

    struct PasswordBody: Decodable {
        var old_password: String
        var new_password: String
    }

    /// The answer of an account route, or nil for a path that is not one.
    func accountRoute(_ r: HTTPRequest, _ parts: [String], _ visitor: Visitor) async throws -> HTTPAnswer? {
        switch (r.method, parts) {
        case (.POST, ["api", "signup"]): return try await signIn(r, visitor, signUp: true)
        case (.POST, ["api", "signin"]): return try await signIn(r, visitor, signUp: false)
        case (.POST, ["api", "signout"]): return try await signOut(r, visitor)
        case (.POST, ["api", "password"]): return try await changePassword(r, visitor)
        case (.GET, ["api", "me"]):
            guard visitor.token != nil else { return notSignedIn() }
            return json(AccountJSON(try await api.call(Method.Accounts.whoAmI, Empty(), for: visitor.relay)))
        case (.GET, ["api", "submissions"]): return try await submissions(r, visitor)
        case (.GET, ["api", "profile"]):
            guard visitor.token != nil else { return notSignedIn() }
            return json(try await api.call(Method.Accounts.getProfile, GetProfileRequest(username: ""), for: visitor.relay))
        case (.GET, let path) where path.count == 3 && path[1] == "profile":
            return json(try await api.call(Method.Accounts.getProfile, GetProfileRequest(username: path[2]), for: visitor.relay))
        default: return nil
        }
    }

    func signIn(_ r: HTTPRequest, _ visitor: Visitor, signUp: Bool) async throws -> HTTPAnswer {
        guard let body = try? JSONDecoder().decode(CredentialsBody.self, from: Data(r.body)) else {
            return failure(.badRequest, "the body must be JSON: {username, password}", code: "INVALID_ARGUMENT")
        }
        let credentials = Credentials(username: body.username, password: body.password)
        // Made as nobody: a stale cookie must not stand in the way of a new session.
        let session: Session
        do {
            session = try await api.call(signUp ? Method.Accounts.signUp : Method.Accounts.signIn, credentials, for: visitor.anonymous,
                                         idempotent: false)
        } catch let error as RPCError where error.code == .unauthenticated {
            // A wrong password: the visitor's own session (if any) is not the one refused.
            return failure(.unauthorized, error.message, code: "UNAUTHENTICATED")
        }
        logger.info(signUp ? "signed up" : "signed in", metadata: ["username": "\(body.username)", "client": "\(r.client)"])
        return signedIn(session, visitor)
    }

    func signOut(_ r: HTTPRequest, _ visitor: Visitor) async throws -> HTTPAnswer {
        let body = r.body.isEmpty ? SignOutBody() : try? JSONDecoder().decode(SignOutBody.self, from: Data(r.body))
        guard let body else { return failure(.badRequest, "the body must be JSON: {everywhere?}", code: "INVALID_ARGUMENT") }
        if visitor.token != nil {
            do {
                _ = try await api.call(Method.Accounts.signOut, SignOutRequest(everywhere: body.everywhere ?? false), for: visitor.relay)
            } catch let error as RPCError where error.code == .unauthenticated {
                // Already ended: signed out all the same.
            }
        }
        var answer = json(["signed_in": false])
        answer.headers.append(("Set-Cookie", SessionCookie.clear(secure: visitor.secure)))
        return answer
    }

    func changePassword(_ r: HTTPRequest, _ visitor: Visitor) async throws -> HTTPAnswer {
        guard let body = try? JSONDecoder().decode(PasswordBody.self, from: Data(r.body)) else {
            return failure(.badRequest, "the body must be JSON: {old_password, new_password}", code: "INVALID_ARGUMENT")
        }
        guard visitor.token != nil else { return notSignedIn() }
        // The session first: an ended one is UNAUTHENTICATED (and its cookie cleared), a wrong
        // current password afterwards is only a wrong input, which leaves the session alone.
        _ = try await api.call(Method.Accounts.whoAmI, Empty(), for: visitor.relay)
        do {
            let session = try await api.call(Method.Accounts.changePassword,
                                             ChangePasswordRequest(oldPassword: body.old_password, newPassword: body.new_password),
                                             for: visitor.relay, idempotent: false)
            return signedIn(session, visitor)
        } catch let error as RPCError where error.code == .unauthenticated {
            return failure(.badRequest, error.message, code: "INVALID_ARGUMENT")
        }
    }

    /// The visitor's own runs, newest first: `question` (a slug) narrows them, `offset` and `limit` page them.
    func submissions(_ r: HTTPRequest, _ visitor: Visitor) async throws -> HTTPAnswer {
        guard visitor.token != nil else { return notSignedIn() }
        guard let offset = Int(r.query["offset"] ?? "0"), offset >= 0, let limit = Int(r.query["limit"] ?? "20"), (1...100).contains(limit) else {
            return failure(.badRequest, "offset is 0 or more, limit 1 to 100", code: "INVALID_ARGUMENT")
        }
        let list = try await api.call(Method.Judge.listRuns, ListRunsRequest(slug: r.query["question"] ?? "", limit: limit, offset: offset),
                                      for: visitor.relay)
        return json(list)
    }

    /// The account of a new session, and the cookie that keeps the session.
    func signedIn(_ session: Session, _ visitor: Visitor) -> HTTPAnswer {
        guard let cookie = SessionCookie.set(session.token, expiresAtMs: session.expiresAtMs, secure: visitor.secure) else {
            return failure(.internalServerError, "the API's session token cannot be kept in a cookie", code: "INTERNAL")
        }
        var answer = json(AccountJSON(session.account ?? Account()))
        answer.headers.append(("Set-Cookie", cookie))
        return answer
    }

    func notSignedIn() -> HTTPAnswer { failure(.unauthorized, "not signed in", code: "UNAUTHENTICATED") }
}
