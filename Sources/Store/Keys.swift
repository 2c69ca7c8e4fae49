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
}
