/// The Redis key layout (docs/STORAGE.md describes it for operators).
public enum Keys {
    // QuestionsDB
    /// Sorted set of question slugs, scored by question number.
    public static let questions = "cc:questions"
    /// Hash with `meta` (the question as JSON, no tests), `tests` (JSON array of hidden tests) and
    /// `reference` (the reference solution as JSON, or "").
    public static func question(_ slug: String) -> String { "cc:question:\(slug)" }

    // MetadataDB
    /// Hash of one run's fields.
    public static func run(_ id: String) -> String { "cc:run:\(id)" }
    /// Sorted set of a question's run ids, scored by creation time (ms).
    public static func runsOf(_ slug: String) -> String { "cc:runs:\(slug)" }
    /// Hash of a question's counters: `submitted`, `accepted`.
    public static func stats(_ slug: String) -> String { "cc:stats:\(slug)" }
    /// Sorted set of accepted runtimes (ms) of a question in a language; members are run ids.
    public static func runtimes(_ slug: String, _ language: String) -> String { "cc:runtimes:\(slug):\(language)" }
    /// String "<run id> <fingerprint>": the run a client's request id made, kept for a day.
    public static func request(_ id: String) -> String { "cc:request:\(id)" }
    /// The job stream: one entry per run to judge, field `run_id`.
    public static let jobs = "cc:jobs"
    /// The consumer group of the workers on `jobs`.
    public static let jobGroup = "workers"
    /// Pub/sub channel: every change of a run record, with the fields it set (RunChange).
    public static let runEvents = "cc:run-events"
    /// Sorted set of worker ids, scored by the expiry (ms) of their last heartbeat.
    public static let workers = "cc:workers"
    /// Hash of a worker's registration, expiring with its heartbeat.
    public static func worker(_ id: String) -> String { "cc:worker:\(id)" }

    // MetadataDB: accounts
    /// Hash of an account: `username`, `password` (argon2id), `role`, `created_at_ms`, `disabled`.
    public static func account(_ name: String) -> String { "cc:account:\(name)" }
    /// Sorted set of usernames, scored by creation time (ms).
    public static let accounts = "cc:accounts"
    /// Hash of a session or personal token, under its digest (the token itself is never stored):
    /// `account`, `role`, `kind`, `name`, `created_at_ms`, `expires_at_ms`; it expires with the token.
    public static func token(_ digest: String) -> String { "cc:token:\(digest)" }
    /// Sorted set of an account's token digests, scored by expiry (ms).
    public static func tokens(_ name: String) -> String { "cc:tokens:\(name)" }
    /// Counter of failed sign-ins of an account or from an address, expiring with its window.
    public static func signInFailures(account name: String) -> String { "cc:signin-failures:account:\(name)" }
    public static func signInFailures(address: String) -> String { "cc:signin-failures:address:\(address)" }
    /// Counter of accounts made from an address, expiring with its window.
    public static func signUps(address: String) -> String { "cc:signups:\(address)" }
    /// Sorted set of an account's runs (submissions and tries), scored by creation time (ms).
    public static func runsBy(_ name: String) -> String { "cc:author-runs:\(name)" }
    /// Sorted set of an account's runs of one question, scored by creation time (ms).
    public static func runsBy(_ name: String, question slug: String) -> String { "cc:author-runs:\(name):\(slug)" }
    /// Sorted set of an account's runs not yet judged, scored by creation time (ms).
    public static func waitingBy(_ name: String) -> String { "cc:author-waiting:\(name)" }
    /// Hash of an account's counters: `submitted`, `accepted`, `lang:<language>` (judged submissions).
    public static func statsOf(_ name: String) -> String { "cc:author-stats:\(name)" }
    /// Hash of an account's questions: slug -> "solved" or "attempted".
    public static func progressOf(_ name: String) -> String { "cc:author-progress:\(name)" }
    /// Hash of an account's last accepted submission of each question: slug -> run id.
    public static func acceptedBy(_ name: String) -> String { "cc:author-accepted:\(name)" }
}
