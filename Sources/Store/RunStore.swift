public import Model

/// Runs, their per-question index and counters, and the job stream, all in the MetadataDB.
public struct RunStore: Sendable {
    /// Why a run was not created.
    public enum CreateError: Error, Equatable {
        /// The job stream already holds `depth` jobs, the configured maximum.
        case queueFull(depth: Int)
        /// The run's author has `waiting` runs not yet judged, the configured maximum.
        case tooManyWaiting(waiting: Int)
        /// The run's author made the most runs a minute allows; one more is allowed after `retryAfter`.
        case tooManyPerMinute(retryAfter: Duration)
    }

    /// How many runs an author may make: a minute's worth, and not yet judged (0: no limit).
    public struct Quota: Sendable, Equatable {
        public var perMinute: Int
        public var waiting: Int
        public init(perMinute: Int, waiting: Int) {
            self.perMinute = perMinute
            self.waiting = waiting
        }
        public static let none = Quota(perMinute: 0, waiting: 0)
    }

    public let redis: RedisClient
    /// Replicas that must hold a new run and its job before `create` returns (Redis WAIT); 0 for none.
    public let waitReplicas: Int
    /// How long `create` waits for them.
    public let waitTimeout: Duration
    private var waitTimeoutMs: Int { max(1, Int(waitTimeout / .milliseconds(1))) }

    public init(redis: RedisClient, waitReplicas: Int = 0, waitTimeout: Duration = .seconds(1)) {
        self.redis = redis
        self.waitReplicas = waitReplicas
        self.waitTimeout = waitTimeout
    }

    // Answers a repeated request id with what it stored (`{2, "<run id> <fingerprint>"}`); else checks
    // the queue depth and the author's quotas, then writes the record, indexes it (by question and by
    // author), queues the job and keeps the request id for a day, as one atomic step: no run without
    // its job, no job without its run, no request id with two runs. (Nobody watches a run before it
    // exists.) KEYS: run, runs of the question, jobs, request, the author's runs, the author's runs
    // of the question, the author's waiting runs (the last four are "" when not used). ARGV: max
    // depth, run id, created, request value, runs per minute, waiting runs (0: no limit), fields.
    // Answers {0, depth} for a full queue, {3, waiting} and {4, retry ms} for a quota.
    static let createScript = """
        if ARGV[4] ~= '' then
            local earlier = redis.call('GET', KEYS[4])
            if earlier then return {2, earlier} end
        end
        local depth = redis.call('XLEN', KEYS[3])
        if depth >= tonumber(ARGV[1]) then return {0, depth} end
        local created = tonumber(ARGV[3])
        if KEYS[5] ~= '' then
            local waiting_limit, minute_limit = tonumber(ARGV[6]), tonumber(ARGV[5])
            redis.call('ZREMRANGEBYSCORE', KEYS[7], '-inf', created - 900000)
            local waiting = redis.call('ZCARD', KEYS[7])
            if waiting_limit > 0 and waiting >= waiting_limit then return {3, waiting} end
            if minute_limit > 0 and redis.call('ZCOUNT', KEYS[5], '(' .. (created - 60000), '+inf') >= minute_limit then
                local oldest = redis.call('ZRANGEBYSCORE', KEYS[5], '(' .. (created - 60000), '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
                return {4, math.max(1, tonumber(oldest[2]) + 60000 - created)}
            end
        end
        if redis.call('EXISTS', KEYS[1]) == 1 then return redis.error_reply('run ' .. ARGV[2] .. ' exists') end
        redis.call('HSET', KEYS[1], unpack(ARGV, 7))
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
        if KEYS[5] ~= '' then
            redis.call('ZADD', KEYS[5], ARGV[3], ARGV[2])
            redis.call('ZADD', KEYS[6], ARGV[3], ARGV[2])
            redis.call('ZADD', KEYS[7], ARGV[3], ARGV[2])
        end
        redis.call('XADD', KEYS[3], '*', 'run_id', ARGV[2])
        if ARGV[4] ~= '' then redis.call('SET', KEYS[4], ARGV[4], 'EX', 86400) end
        return {1, depth + 1}
        """

    // Updates fields of an existing run, counts the change in its `version` and announces it with the
    // changed fields (a RunChange); returns 0 for an unknown run.
    static let updateScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], unpack(ARGV, 3))
        local version = redis.call('HINCRBY', KEYS[1], 'version', 1)
        redis.call('PUBLISH', ARGV[1], cjson.encode({ARGV[2], tostring(version), unpack(ARGV, 3)}))
        return 1
        """

    // Stores a verdict once: a run already finished is left as it is (a job judged twice stores one
    // result). Updates the question's counters and, for an accepted submission, the runtimes used
    // for percentiles; for a run with an author, the author's waiting runs, counters, progress and
    // last accepted submission; announces the change with its fields; acknowledges and deletes the
    // job. One atomic step. KEYS: run, stats, runtimes, jobs, and the author's waiting runs,
    // counters, progress and accepted submissions ("" without an author). ARGV: entry id, group,
    // channel, run id, mode, verdict, runtime, question, language, then field/value pairs. Returns
    // the percentile as a string, or "" when already finished.
    static let finishScript = """
        local finished = redis.call('HGET', KEYS[1], 'status') == 'Finished'
        local percentile = ''
        if not finished and redis.call('EXISTS', KEYS[1]) == 1 then
            redis.call('HSET', KEYS[1], unpack(ARGV, 10))
            local accepted = ARGV[6] == 'Accepted'
            if ARGV[5] == 'submit' then
                redis.call('HINCRBY', KEYS[2], 'submitted', 1)
                if accepted then
                    redis.call('HINCRBY', KEYS[2], 'accepted', 1)
                    local runtime = tonumber(ARGV[7])
                    local total = redis.call('ZCARD', KEYS[3])
                    local slower = redis.call('ZCOUNT', KEYS[3], '(' .. runtime, '+inf')
                    if total == 0 then percentile = '100' else percentile = tostring(slower * 100 / total) end
                    redis.call('ZADD', KEYS[3], runtime, ARGV[4])
                    redis.call('HSET', KEYS[1], 'percentile', percentile)
                end
            end
            if KEYS[5] ~= '' then
                redis.call('ZREM', KEYS[5], ARGV[4])
                if ARGV[5] == 'submit' then
                    redis.call('HINCRBY', KEYS[6], 'submitted', 1)
                    redis.call('HINCRBY', KEYS[6], 'lang:' .. ARGV[9], 1)
                    if accepted then
                        redis.call('HINCRBY', KEYS[6], 'accepted', 1)
                        redis.call('HSET', KEYS[7], ARGV[8], 'solved')
                        redis.call('HSET', KEYS[8], ARGV[8], ARGV[4])
                    elseif redis.call('HGET', KEYS[7], ARGV[8]) ~= 'solved' then
                        redis.call('HSET', KEYS[7], ARGV[8], 'attempted')
                    end
                end
            end
            local version = redis.call('HINCRBY', KEYS[1], 'version', 1)
            local notice = {ARGV[4], tostring(version), unpack(ARGV, 10)}
            if percentile ~= '' then
                table.insert(notice, 'percentile')
                table.insert(notice, percentile)
            end
            redis.call('PUBLISH', ARGV[3], cjson.encode(notice))
        end
        redis.call('XACK', KEYS[4], ARGV[2], ARGV[1])
        redis.call('XDEL', KEYS[4], ARGV[1])
        return percentile
        """

    /// Stores a run's result (status Finished) and acknowledges its job, atomically and once.
    public func finish(_ run: Run, entryID: String) async throws {
        let fields = RunRecord.fields(of: run).filter { !$0.0.isStoreOnly }
        let author = run.author
        let authorKeys = author.isEmpty ? ["", "", "", ""]
            : [Keys.waitingBy(author), Keys.statsOf(author), Keys.progressOf(author), Keys.acceptedBy(author)]
        try await redis.eval(
            Self.finishScript,
            keys: [Keys.run(run.runID), Keys.stats(run.question), Keys.runtimes(run.question, run.language.rawValue), Keys.jobs] + authorKeys,
            args: [entryID, Keys.jobGroup, Keys.runEvents, run.runID, run.mode.rawValue, run.verdict?.rawValue ?? "",
                   String(run.runtimeMs), run.question, run.language.rawValue] + fields.flatMap { [$0.0.rawValue, $0.1] })
    }

    /// Makes sure the workers' consumer group exists on the job stream.
    public func prepareQueue() async throws {
        do {
            try await redis.command("XGROUP", "CREATE", Keys.jobs, Keys.jobGroup, "0", "MKSTREAM")
        } catch RedisError.server(let why) where why.hasPrefix("BUSYGROUP") {
            // Already there.
        }
    }

    /// Stores `run` and queues its job, unless the queue holds `maxDepth` jobs (CreateError) or
    /// `request` names a request id already used in the last day: then nothing is stored and the
    /// answer is that request's run id and fingerprint (what the caller said the submission was).
    /// With `waitReplicas`, returns only once that many replicas hold what was written (or, for a
    /// repeated request id, everything before); else throws `RedisError.unavailable`, and a retry
    /// with the same request id answers the same run.
    @discardableResult
    public func create(_ run: Run, maxDepth: Int, request: (id: String, fingerprint: String)? = nil, quota: Quota = .none) async throws
        -> (runID: String, fingerprint: String)?
    {
        let fields = RunRecord.fields(of: run).flatMap { [$0.0.rawValue, $0.1] }
        let author = run.author
        let authorKeys = author.isEmpty ? ["", "", ""]
            : [Keys.runsBy(author), Keys.runsBy(author, question: run.question), Keys.waitingBy(author)]
        let script = ["EVAL", Self.createScript, "7", Keys.run(run.runID), Keys.runsOf(run.question), Keys.jobs,
                      request.map { Keys.request(Self.requestName($0.id, author: author)) } ?? ""] + authorKeys
            + [String(maxDepth), run.runID, String(run.createdAtMs), request.map { "\(run.runID) \($0.fingerprint)" } ?? "",
               String(quota.perMinute), String(quota.waiting)] + fields
        var acknowledged = waitReplicas
        let reply: RedisReply
        if waitReplicas > 0 {
            // WAIT on the connection that wrote: it counts the replicas that acknowledged this write.
            // Too few replicas: that connection is dropped, since its server may be a primary the
            // sentinels have replaced and not demoted yet (for seconds after a failover by hand).
            let wanted = waitReplicas
            let replies = try await redis.pipeline([script, ["WAIT", String(waitReplicas), String(waitTimeoutMs)]]) { replies in
                (replies.last?.int ?? 0) < wanted
            }
            reply = try RedisClient.check(replies[0])
            acknowledged = try RedisClient.check(replies[1]).int ?? 0
        } else {
            reply = try await redis.command(script)
        }
        guard let parts = reply.array, parts.count == 2, let created = parts[0].int else {
            throw RedisError.server("unexpected reply to run creation: \(reply)")
        }
        if created == 0 { throw CreateError.queueFull(depth: parts[1].int ?? maxDepth) }
        if created == 3 { throw CreateError.tooManyWaiting(waiting: parts[1].int ?? quota.waiting) }
        if created == 4 { throw CreateError.tooManyPerMinute(retryAfter: .milliseconds(parts[1].int ?? 60_000)) }
        if acknowledged < waitReplicas {
            throw RedisError.unavailable(
                "the run reached \(acknowledged) of \(waitReplicas) replicas within \(waitTimeoutMs) ms; retry with the same request id")
        }
        if created == 2 { return Self.requestValue(parts[1].string ?? "") }
        return nil
    }

    /// The run id and fingerprint a request id was first used with in the last day by `author`
    /// ("" for runs without one), or nil.
    public func request(_ id: String, author: String = "") async throws -> (runID: String, fingerprint: String)? {
        try await redis.command("GET", Keys.request(Self.requestName(id, author: author))).string.map(Self.requestValue)
    }

    /// A request id is the client's: each author has their own.
    private static func requestName(_ id: String, author: String) -> String {
        author.isEmpty ? id : "\(author)/\(id)"
    }

    private static func requestValue(_ value: String) -> (runID: String, fingerprint: String) {
        let parts = value.split(separator: " ", maxSplits: 1).map(String.init)
        return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
    }

    /// Stores `fields` of `run` (which must exist) and announces the change to its watchers; false when
    /// the run does not exist.
    @discardableResult
    public func update(_ run: Run, _ fields: Set<RunRecord.Field>) async throws -> Bool {
        let changed = RunRecord.fields(of: run).filter { fields.contains($0.0) }
        let reply = try await redis.eval(
            Self.updateScript, keys: [Keys.run(run.runID)],
            args: [Keys.runEvents, run.runID] + changed.flatMap { [$0.0.rawValue, $0.1] })
        return reply.int == 1
    }

    /// The run, source included, or nil when there is none with that id.
    public func get(_ runID: String) async throws -> Run? {
        let fields = try await redis.command("HGETALL", Keys.run(runID)).fields
        return fields.isEmpty ? nil : try RunRecord.run(from: fields)
    }

    /// The run as clients see it (without its source and custom input), and its version: the count of
    /// changes a RunChange with a higher version comes after. Nil when there is no such run.
    public func snapshot(_ runID: String) async throws -> (run: Run, version: Int)? {
        let names = RunRecord.Field.allCases.filter { !$0.isStoreOnly }.map(\.rawValue) + ["version"]
        let values = try await redis.command(["HMGET", Keys.run(runID)] + names).array ?? []
        var hash: [String: String] = [:]
        for (name, value) in zip(names, values) { hash[name] = value.string }
        guard hash["run_id"] != nil else { return nil }
        return (try RunRecord.run(from: hash), Int(hash["version"] ?? "") ?? 0)
    }

    /// A question's runs, newest first, without their sources.
    public func list(question slug: String, limit: Int, offset: Int = 0) async throws -> [Run] {
        let ids = try await redis.command("ZREVRANGE", Keys.runsOf(slug), String(offset), String(offset + limit - 1)).array?
            .compactMap(\.string) ?? []
        return try await runs(ids)
    }

    /// The runs with these ids that exist, in that order, without their sources.
    public func runs(_ ids: [String]) async throws -> [Run] {
        guard !ids.isEmpty else { return [] }
        let replies = try await redis.pipeline(ids.map { ["HGETALL", Keys.run($0)] })
        return try replies.compactMap { reply in
            let fields = reply.fields
            guard !fields.isEmpty else { return nil }
            var run = try RunRecord.run(from: fields)
            run.source = ""
            return run
        }
    }

    /// Judged and accepted submissions of a question.
    public func counters(_ slug: String) async throws -> (submitted: UInt64, accepted: UInt64) {
        let values = try await redis.command("HMGET", Keys.stats(slug), "submitted", "accepted").array ?? []
        let numbers = values.map { UInt64($0.string ?? "") ?? 0 }
        return (numbers.first ?? 0, numbers.count > 1 ? numbers[1] : 0)
    }

    /// Counters of many questions at once.
    public func counters(_ slugs: [String]) async throws -> [String: (submitted: UInt64, accepted: UInt64)] {
        let replies = try await redis.pipeline(slugs.map { ["HMGET", Keys.stats($0), "submitted", "accepted"] })
        var result: [String: (UInt64, UInt64)] = [:]
        for (slug, reply) in zip(slugs, replies) {
            let numbers = (reply.array ?? []).map { UInt64($0.string ?? "") ?? 0 }
            result[slug] = (numbers.first ?? 0, numbers.count > 1 ? numbers[1] : 0)
        }
        return result
    }

    /// The job stream's figures: jobs not yet finished, those of them a worker holds, the group's
    /// consumers, and when the oldest unfinished job was queued (ms since the epoch, from its entry id).
    public func queueFigures() async throws -> (length: Int, pending: Int, consumers: Int, oldestQueuedMs: Int64?) {
        let replies = try await redis.pipeline([["XLEN", Keys.jobs], ["XINFO", "GROUPS", Keys.jobs],
                                                ["XRANGE", Keys.jobs, "-", "+", "COUNT", "1"]])
        let length = replies[0].int ?? 0
        var pending = 0, consumers = 0
        for group in replies[1].array ?? [] {
            var fields: [String: RedisReply] = [:]
            let items = group.array ?? []
            stride(from: 0, to: items.count - 1, by: 2).forEach { fields[items[$0].string ?? ""] = items[$0 + 1] }
            if fields["name"]?.string == Keys.jobGroup {
                pending = fields["pending"]?.int ?? 0
                consumers = fields["consumers"]?.int ?? 0
            }
        }
        let oldest = replies[2].array?.first?.array?.first?.string
            .flatMap { $0.split(separator: "-").first }.flatMap { Int64($0) }
        return (length, pending, consumers, oldest)
    }

    /// Jobs ever added to the stream and jobs in it now (XINFO STREAM): their difference counts the
    /// jobs finished, whichever worker finished them.
    public func streamProgress() async throws -> (added: Int, length: Int) {
        let reply = try await redis.command("XINFO", "STREAM", Keys.jobs)
        let items = reply.array ?? []
        var fields: [String: RedisReply] = [:]
        stride(from: 0, to: items.count - 1, by: 2).forEach { fields[items[$0].string ?? ""] = items[$0 + 1] }
        guard let added = fields["entries-added"]?.int, let length = fields["length"]?.int else {
            throw RedisError.server("XINFO STREAM has no entries-added (Redis 7 or later is needed)")
        }
        return (added, length)
    }

    /// How many run records exist (by the size of the per-question indexes).
    public func runCount(questions: [String]) async throws -> Int {
        let replies = try await redis.pipeline(questions.map { ["ZCARD", Keys.runsOf($0)] })
        return replies.compactMap(\.int).reduce(0, +)
    }
}
