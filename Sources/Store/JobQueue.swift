/// The job stream as a worker sees it: a consumer of the `workers` group.
///
/// Reads block on a connection of their own (hiredis contexts are not shared), so the client
/// passed as `reader` must be used for nothing else.
public struct JobQueue: Sendable {
    /// One job: the stream entry and the run it names.
    public struct Job: Sendable, Equatable {
        public var entryID: String
        public var runID: String
    }

    public let redis: RedisClient
    public let reader: RedisClient
    public let consumer: String

    public init(redis: RedisClient, reader: RedisClient, consumer: String) {
        self.redis = redis
        self.reader = reader
        self.consumer = consumer
    }

    /// New jobs, waiting up to `blockMs` for one.
    public func next(count: Int, blockMs: Int) async throws -> [Job] {
        try await entries(reader.command("XREADGROUP", "GROUP", Keys.jobGroup, consumer, "COUNT", String(count),
                                         "BLOCK", String(blockMs), "STREAMS", Keys.jobs, ">"))
    }

    /// Jobs delivered to this consumer earlier and not acknowledged (after a restart).
    public func ownPending() async throws -> [Job] {
        try await entries(redis.command("XREADGROUP", "GROUP", Keys.jobGroup, consumer, "COUNT", "1000",
                                        "STREAMS", Keys.jobs, "0"))
    }

    /// Takes over jobs that another consumer has held for longer than `minIdleMs` (its worker died).
    public func reclaim(minIdleMs: Int, count: Int) async throws -> [Job] {
        let reply = try await redis.command("XAUTOCLAIM", Keys.jobs, Keys.jobGroup, consumer, String(minIdleMs), "0-0",
                                            "COUNT", String(count))
        guard let parts = reply.array, parts.count >= 2 else { return [] }
        return Self.parse(parts[1])
    }

    /// How many times the job was delivered (1 for the first time).
    public func deliveries(_ job: Job) async throws -> Int {
        let reply = try await redis.command("XPENDING", Keys.jobs, Keys.jobGroup, job.entryID, job.entryID, "1")
        // [[id, consumer, idle ms, deliveries]]
        guard let entry = reply.array?.first?.array, entry.count >= 4 else { return 1 }
        return entry[3].int ?? 1
    }

    /// Resets the idle time of jobs this consumer is still judging, so that nobody reclaims them.
    public func keepAlive(_ jobs: [Job]) async throws {
        guard !jobs.isEmpty else { return }
        try await redis.command(["XCLAIM", Keys.jobs, Keys.jobGroup, consumer, "0"] + jobs.map(\.entryID) + ["JUSTID"])
    }

    /// Acknowledges and deletes a job whose run needs nothing more.
    public func drop(_ job: Job) async throws {
        try await redis.transaction([["XACK", Keys.jobs, Keys.jobGroup, job.entryID], ["XDEL", Keys.jobs, job.entryID]])
    }

    private func entries(_ reply: RedisReply) -> [Job] {
        // [[stream, [[id, [field, value, ...]], ...]]]
        guard let streams = reply.array, let first = streams.first?.array, first.count == 2 else { return [] }
        return Self.parse(first[1])
    }

    static func parse(_ list: RedisReply) -> [Job] {
        (list.array ?? []).compactMap { entry in
            guard let parts = entry.array, parts.count == 2, let id = parts[0].string else { return nil }
            let fields = parts[1].array ?? []
            var runID: String?
            stride(from: 0, to: fields.count - 1, by: 2).forEach { if fields[$0].string == "run_id" { runID = fields[$0 + 1].string } }
            return runID.map { Job(entryID: id, runID: $0) }
        }
    }
}
