import Foundation

/// The workers' registrations in the MetadataDB, each alive while its heartbeat lasts.
public struct WorkerDirectory: Sendable {
    /// A worker's registration as stored.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var fields: [String: String]
    }

    public let redis: RedisClient

    public init(redis: RedisClient) { self.redis = redis }

    /// Registers or refreshes a worker for `ttl`.
    public func heartbeat(id: String, fields: [String: String], ttl: Duration) async throws {
        let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
        let ttlMs = ttl.components.seconds * 1000 + ttl.components.attoseconds / 1_000_000_000_000_000
        try await redis.transaction([
            ["HSET", Keys.worker(id)] + fields.flatMap { [$0.key, $0.value] } + ["last_seen_ms", String(nowMs)],
            ["PEXPIRE", Keys.worker(id), String(ttlMs)],
            ["ZADD", Keys.workers, String(nowMs + ttlMs), id],
        ])
    }

    /// Removes a worker's registration (on a clean stop).
    public func remove(id: String) async throws {
        try await redis.transaction([["DEL", Keys.worker(id)], ["ZREM", Keys.workers, id]])
    }

    /// The workers whose heartbeat has not expired; expired ones are pruned.
    public func live() async throws -> [Entry] {
        let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
        try await redis.command("ZREMRANGEBYSCORE", Keys.workers, "-inf", String(nowMs))
        let ids = try await redis.command("ZRANGE", Keys.workers, "0", "-1").array?.compactMap(\.string) ?? []
        let replies = try await redis.pipeline(ids.map { ["HGETALL", Keys.worker($0)] })
        return zip(ids, replies).compactMap { id, reply in
            let fields = reply.fields
            return fields.isEmpty ? nil : Entry(id: id, fields: fields)
        }
    }
}
