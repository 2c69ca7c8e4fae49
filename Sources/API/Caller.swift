import Wire

/// Who made a call, as the API sees it.
enum Caller: Sendable, Equatable {
    /// Someone not signed in (or a gateway's visitor without a session).
    case nobody
    /// A signed-in person, by a session or a personal token.
    case person(Person)
    /// An operator: root or the service's own user on the Unix socket, or the admin token over TCP.
    /// Operators may do anything; runs they make have no author.
    case `operator`

    /// A signed-in person.
    struct Person: Sendable, Equatable {
        var username: String
        var role: Role
        /// The digest of the token the call carried.
        var tokenDigest: String
        /// "session" or "personal".
        var kind: String
    }

    /// May read every run and change the bank and accounts.
    var isAdmin: Bool {
        switch self {
        case .operator: true
        case .person(let person): person.role == .admin
        case .nobody: false
        }
    }

    /// The signed-in person's name, or nil.
    var username: String? {
        if case .person(let person) = self { return person.username }
        return nil
    }

    /// Whether this caller may see a run made by `author` ("" for a run made without an account):
    /// its author and admins; a run without an author, whoever has its id.
    func mayRead(runBy author: String) -> Bool {
        author.isEmpty || isAdmin || username == author
    }
}
