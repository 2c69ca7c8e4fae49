/// Accounts, their session and personal tokens, sign-in throttling, and each account's runs and
/// progress, in the MetadataDB. Passwords arrive here already hashed; tokens only as digests.
public struct AccountStore: Sendable {
    /// An account as stored.
    public struct Record: Sendable, Equatable {
        public var username: String
        /// The password's argon2id hash.
        public var passwordHash: String
        public var role: String
        public var createdAtMs: Int64
        public var disabled: Bool

        public init(username: String, passwordHash: String, role: String, createdAtMs: Int64, disabled: Bool = false) {
            self.username = username
            self.passwordHash = passwordHash
            self.role = role
            self.createdAtMs = createdAtMs
            self.disabled = disabled
        }
    }

    /// A session or personal token as stored under its digest.
    public struct TokenRecord: Sendable, Equatable {
        public var digest: String
        public var account: String
        /// The account's role when the token was made (a change of role ends the account's tokens).
        public var role: String
        /// "session" or "personal".
        public var kind: String
        public var name: String
        public var createdAtMs: Int64
        public var expiresAtMs: Int64

        public init(digest: String, account: String, role: String, kind: String, name: String, createdAtMs: Int64, expiresAtMs: Int64) {
            self.digest = digest
            self.account = account
            self.role = role
            self.kind = kind
            self.name = name
            self.createdAtMs = createdAtMs
            self.expiresAtMs = expiresAtMs
        }
    }

    public let redis: RedisClient

    public init(redis: RedisClient) { self.redis = redis }

    // Creates an account unless the name is taken. KEYS: account, accounts. ARGV: created, fields.
    static let createScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], unpack(ARGV, 2))
        redis.call('ZADD', KEYS[2], ARGV[1], ARGV[3])
        return 1
        """

    /// Stores a new account; false when the username is taken.
    public func create(_ record: Record) async throws -> Bool {
        let reply = try await redis.eval(Self.createScript, keys: [Keys.account(record.username), Keys.accounts],
                                         args: [String(record.createdAtMs)] + Self.fields(of: record))
        return reply.int == 1
    }

    static func fields(of record: Record) -> [String] {
        ["username", record.username, "password", record.passwordHash, "role", record.role,
         "created_at_ms", String(record.createdAtMs), "disabled", record.disabled ? "1" : "0"]
    }

    /// The account, or nil when there is none with that name.
    public func account(_ username: String) async throws -> Record? {
        let hash = try await redis.command("HGETALL", Keys.account(username)).fields
        guard let name = hash["username"], let password = hash["password"] else { return nil }
        return Record(username: name, passwordHash: password, role: hash["role"] ?? "user",
                      createdAtMs: Int64(hash["created_at_ms"] ?? "") ?? 0, disabled: hash["disabled"] == "1")
    }

    /// Changes stored fields of an existing account (`password`, `role`, `disabled`).
    public func update(_ username: String, _ fields: [(String, String)]) async throws {
        guard !fields.isEmpty else { return }
        try await redis.command(["HSET", Keys.account(username)] + fields.flatMap { [$0.0, $0.1] })
    }

    /// Stores a token's record, which expires with it.
    public func addToken(_ token: TokenRecord) async throws {
        let key = Keys.token(token.digest)
        try await redis.transaction([
            ["HSET", key, "account", token.account, "role", token.role, "kind", token.kind, "name", token.name,
             "created_at_ms", String(token.createdAtMs), "expires_at_ms", String(token.expiresAtMs)],
            ["PEXPIREAT", key, String(token.expiresAtMs)],
            ["ZADD", Keys.tokens(token.account), String(token.expiresAtMs), token.digest],
        ])
    }

    /// The token with that digest, or nil when there is none (never made, revoked, or expired).
    /// One round trip: this is the check every signed-in call pays.
    public func token(digest: String, nowMs: Int64) async throws -> TokenRecord? {
        Self.token(digest, from: try await redis.command("HGETALL", Keys.token(digest)).fields, nowMs: nowMs)
    }

    private static func token(_ digest: String, from hash: [String: String], nowMs: Int64) -> TokenRecord? {
        guard let account = hash["account"], let expires = Int64(hash["expires_at_ms"] ?? ""), expires > nowMs else { return nil }
        return TokenRecord(digest: digest, account: account, role: hash["role"] ?? "user", kind: hash["kind"] ?? "session",
                           name: hash["name"] ?? "", createdAtMs: Int64(hash["created_at_ms"] ?? "") ?? 0, expiresAtMs: expires)
    }

    /// An account's live tokens of `kind` ("session", "personal"; nil for both), oldest expiry first.
    public func tokens(of username: String, kind: String?, nowMs: Int64) async throws -> [TokenRecord] {
        let replies = try await redis.pipeline([["ZREMRANGEBYSCORE", Keys.tokens(username), "-inf", String(nowMs)],
                                                ["ZRANGE", Keys.tokens(username), "0", "-1"]])
        let digests = replies[1].array?.compactMap(\.string) ?? []
        let hashes = try await redis.pipeline(digests.map { ["HGETALL", Keys.token($0)] })
        return zip(digests, hashes).compactMap { digest, hash in
            Self.token(digest, from: hash.fields, nowMs: nowMs).flatMap { kind == nil || $0.kind == kind ? $0 : nil }
        }
    }

    /// Ends one token of an account.
    public func revoke(_ digest: String, of username: String) async throws {
        try await redis.transaction([["DEL", Keys.token(digest)], ["ZREM", Keys.tokens(username), digest]])
    }

    // Ends every token of an account of a kind ("" for all), atomically: a token made meanwhile
    // cannot survive. KEYS: the account's token set. ARGV: kind. Token keys are derived here, which
    // a single Redis (or a primary with replicas) allows.
    static let revokeAllScript = """
        local digests = redis.call('ZRANGE', KEYS[1], 0, -1)
        local ended = 0
        for _, digest in ipairs(digests) do
            local key = 'cc:token:' .. digest
            if ARGV[1] == '' or redis.call('HGET', key, 'kind') == ARGV[1] or redis.call('EXISTS', key) == 0 then
                ended = ended + redis.call('DEL', key)
                redis.call('ZREM', KEYS[1], digest)
            end
        end
        return ended
        """

    /// Ends every token of an account of `kind` (nil: sessions and personal tokens); returns how many.
    @discardableResult
    public func revokeAll(of username: String, kind: String? = nil) async throws -> Int {
        try await redis.eval(Self.revokeAllScript, keys: [Keys.tokens(username)], args: [kind ?? ""]).int ?? 0
    }

    // Counts one event in a window and answers the count and the window's time left (ms).
    // KEYS: the counter. ARGV: window (ms).
    static let countScript = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return {n, redis.call('PTTL', KEYS[1])}
        """

    /// Counts an event (a failed sign-in, an account made) under `key` for `window`; returns the count
    /// so far in the window and when the window ends.
    @discardableResult
    public func count(_ key: String, window: Duration) async throws -> (count: Int, left: Duration) {
        let reply = try await redis.eval(Self.countScript, keys: [key], args: [String(Int(window / .milliseconds(1)))])
        let parts = reply.array ?? []
        return (parts.first?.int ?? 0, .milliseconds(max(0, parts.count > 1 ? parts[1].int ?? 0 : 0)))
    }

    /// The counts under `keys` (0 for none) and when each window ends.
    public func counts(_ keys: [String]) async throws -> [(count: Int, left: Duration)] {
        let replies = try await redis.pipeline(keys.flatMap { [["GET", $0], ["PTTL", $0]] })
        return stride(from: 0, to: replies.count, by: 2).map { i in
            (Int(replies[i].string ?? "") ?? 0, .milliseconds(max(0, replies[i + 1].int ?? 0)))
        }
    }

    /// Forgets a counter (a successful sign-in clears the account's failures).
    public func reset(_ key: String) async throws {
        try await redis.command("DEL", key)
    }

    /// An account's run ids, newest first: of one question, or of all; and whether older ones follow.
    public func runs(of username: String, question slug: String?, offset: Int, limit: Int) async throws -> (ids: [String], more: Bool) {
        let key = slug.map { Keys.runsBy(username, question: $0) } ?? Keys.runsBy(username)
        let ids = try await redis.command("ZREVRANGE", key, String(offset), String(offset + limit)).array?.compactMap(\.string) ?? []
        return (Array(ids.prefix(limit)), ids.count > limit)
    }

    /// An account's questions: slug -> "solved" or "attempted".
    public func progress(of username: String) async throws -> [String: String] {
        try await redis.command("HGETALL", Keys.progressOf(username)).fields
    }

    /// The account's last accepted submission of a question, if any.
    public func lastAccepted(by username: String, question slug: String) async throws -> String? {
        try await redis.command("HGET", Keys.acceptedBy(username), slug).string
    }

    /// An account's counters: `submitted`, `accepted`, and `lang:<language>` for each language used.
    public func stats(of username: String) async throws -> [String: String] {
        try await redis.command("HGETALL", Keys.statsOf(username)).fields
    }
}
