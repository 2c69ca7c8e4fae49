import Foundation
import Model
import Store
import TestSupport
import Testing

/// The question bank in a real Redis: what a put changes, and hidden tests kept apart.
@Suite struct QuestionStoreTests {
    let redis: TestRedis
    let store: QuestionStore

    init() async throws {
        redis = try await TestRedis.start()
        store = QuestionStore(redis: redis.client)
    }

    @Test func aPutSaysWhatItChangedAndStoringTheSameAgainChangesNothing() async throws {
        let entry = try BankFixture.entry("two-sum")
        #expect(try await store.put(entry.question, tests: entry.tests, reference: entry.reference) == .created)
        #expect(try await store.put(entry.question, tests: entry.tests, reference: entry.reference) == .unchanged)
        var renamed = entry.question
        renamed.title = "Two Sum, renamed"
        #expect(try await store.put(renamed, tests: entry.tests, reference: entry.reference) == .updated)
        #expect(try await store.get("two-sum") == renamed)
        // New tests alone are a change too.
        #expect(try await store.put(renamed, tests: Array(entry.tests.prefix(1)), reference: entry.reference) == .updated)
        #expect(try await store.tests("two-sum") == Array(entry.tests.prefix(1)))
    }

    @Test func theQuestionAsReadCarriesNoHiddenTestAndTheTestsAreReadApart() async throws {
        let entry = try BankFixture.entry("two-sum")
        _ = try await store.put(entry.question, tests: entry.tests, reference: entry.reference)
        let meta = try #require(try await redis.client.command("HGET", Keys.question("two-sum"), "meta").string)
        #expect(!meta.contains("\"expected\""))
        #expect(try await store.tests("two-sum") == entry.tests)
        #expect(try await store.reference("two-sum") == entry.reference)
        #expect(entry.reference != nil)
    }

    @Test func aMissingQuestionIsNilAndDeletingItTwiceSaysSo() async throws {
        #expect(try await store.get("two-sum") == nil)
        #expect(try await store.tests("two-sum") == nil)
        #expect(try await store.reference("two-sum") == nil)
        let entry = try BankFixture.entry("two-sum")
        _ = try await store.put(entry.question, tests: entry.tests)
        #expect(try await store.reference("two-sum") == nil, "a put without a reference stores none")
        #expect(try await store.delete("two-sum"))
        #expect(try await !store.delete("two-sum"))
        #expect(try await store.get("two-sum") == nil)
        #expect(try await store.list().isEmpty)
    }

    @Test func theListIsInQuestionNumberOrderWhateverTheOrderOfPuts() async throws {
        let bank = try BankFixture.load()
        for entry in bank.reversed() { _ = try await store.put(entry.question, tests: entry.tests) }
        let listed = try await store.list()
        #expect(listed.map(\.slug) == bank.sorted { $0.question.number < $1.question.number }.map(\.question.slug))
        #expect(listed.count == bank.count)
    }

    @Test func anUnreadableStoredQuestionIsAServerErrorNotACrash() async throws {
        try await redis.client.command("HSET", Keys.question("two-sum"), "meta", "{not json", "tests", "[")
        let error = await #expect(throws: RedisError.self) { try await store.get("two-sum") }
        #expect(error?.description.contains("unreadable") == true)
        await #expect(throws: RedisError.self) { try await store.tests("two-sum") }
    }
}
