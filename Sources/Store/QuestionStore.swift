import Foundation
public import Model

/// The question bank in the QuestionsDB. Hidden tests are kept apart from what clients see.
public struct QuestionStore: Sendable {
    /// What a put did.
    public enum Change: Sendable, Equatable { case created, updated, unchanged }

    public let redis: RedisClient

    public init(redis: RedisClient) { self.redis = redis }

    /// Stores a question and its tests atomically; storing identical content again changes nothing.
    /// `checker` is the question's checker.py (compare: checker), kept for workers only.
    public func put(_ question: Question, tests: [TestCase], reference: ReferenceSolution? = nil, checker: String = "") async throws -> Change {
        let meta = try Self.json(question)
        let testsJSON = try Self.json(tests)
        let referenceJSON = try reference.map(Self.json) ?? ""
        let testsID = FNV1a.digest(testsJSON)
        let key = Keys.question(question.slug)
        // The tests are compared by digest: a bank reload does not read every question's megabytes back.
        let current = try await redis.command("HMGET", key, "meta", "tests_id", "reference", "checker").array ?? []
        if current.count == 4, current[0].string == meta, current[1].string == testsID,
           (current[2].string ?? "") == referenceJSON, (current[3].string ?? "") == checker { return .unchanged }
        try await redis.transaction([
            ["HSET", key, "meta", meta, "tests", testsJSON, "reference", referenceJSON, "checker", checker, "tests_id", testsID],
            ["ZADD", Keys.questions, String(question.number), question.slug],
        ])
        return current.first == .null ? .created : .updated
    }

    /// The question, without its tests; nil when there is none with that slug.
    public func get(_ slug: String) async throws -> Question? {
        guard let meta = try await redis.command("HGET", Keys.question(slug), "meta").string else { return nil }
        return try Self.decode(Question.self, meta)
    }

    /// The hidden tests of a question (for workers only); nil when the question does not exist.
    public func tests(_ slug: String) async throws -> [TestCase]? {
        guard let tests = try await redis.command("HGET", Keys.question(slug), "tests").string else { return nil }
        return try Self.decode([TestCase].self, tests)
    }

    /// What identifies the question's current tests (a digest of them): a worker that keeps decoded
    /// tests asks for this instead of the tests themselves. Nil when the question does not exist or
    /// was stored without one.
    public func testsID(_ slug: String) async throws -> String? {
        try await redis.command("HGET", Keys.question(slug), "tests_id").string
    }

    /// The hidden tests with the identifier of `testsID(_:)`, read together.
    public func identifiedTests(_ slug: String) async throws -> (id: String?, tests: [TestCase])? {
        let reply = try await redis.command("HMGET", Keys.question(slug), "tests", "tests_id").array ?? []
        guard reply.count == 2, let tests = reply[0].string else { return nil }
        return (reply[1].string, try Self.decode([TestCase].self, tests))
    }

    /// The reference solution (for workers only), if the question has one.
    public func reference(_ slug: String) async throws -> ReferenceSolution? {
        guard let text = try await redis.command("HGET", Keys.question(slug), "reference").string, !text.isEmpty else { return nil }
        return try Self.decode(ReferenceSolution.self, text)
    }

    /// The question's checker (checker.py, for workers only); nil when it has none.
    public func checker(_ slug: String) async throws -> String? {
        guard let text = try await redis.command("HGET", Keys.question(slug), "checker").string, !text.isEmpty else { return nil }
        return text
    }

    /// Every question, by number.
    public func list() async throws -> [Question] {
        let slugs = try await redis.command("ZRANGE", Keys.questions, "0", "-1").array?.compactMap(\.string) ?? []
        let metas = try await redis.pipeline(slugs.map { ["HGET", Keys.question($0), "meta"] })
        return try metas.compactMap { reply in try reply.string.map { try Self.decode(Question.self, $0) } }
    }

    /// Deletes a question and its tests; false when it did not exist.
    public func delete(_ slug: String) async throws -> Bool {
        let replies = try await redis.transaction([["DEL", Keys.question(slug)], ["ZREM", Keys.questions, slug]])
        return replies.first?.int == 1
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }


    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw RedisError.server("stored \(type) is unreadable: \(error)")
        }
    }
}
