import Model
import Store
import TestSupport
import Testing
@testable import Worker

/// The worker's decoded tests, against a real Redis: kept while the stored tests are the same,
/// read again as soon as a reload changes them.
struct TestsCacheTests {
    @Test func aReloadedQuestionIsJudgedWithItsNewTests() async throws {
        let redis = try await TestRedis.start()
        let store = QuestionStore(redis: redis.client)
        let entry = try BankFixture.entry("two-sum")
        _ = try await store.put(entry.question, tests: entry.tests, reference: entry.reference)
        let cache = TestsCache()
        #expect(try await cache.tests("two-sum", in: store) == entry.tests)
        #expect(try await cache.tests("two-sum", in: store) == entry.tests)

        let fewer = Array(entry.tests.prefix(3))
        #expect(try await store.put(entry.question, tests: fewer, reference: entry.reference) == .updated)
        #expect(try await cache.tests("two-sum", in: store) == fewer)
        #expect(try await cache.tests("no-such-question", in: store) == nil)
    }

    @Test func theCacheForgetsTheLeastRecentlyUsedBeyondItsSize() async throws {
        let redis = try await TestRedis.start()
        let store = QuestionStore(redis: redis.client)
        var question = try BankFixture.entry("two-sum").question
        let tests = [TestCase(input: "[[1,2],3]", expected: String(repeating: "1", count: 600))]
        for slug in ["a-a", "b-b", "c-c"] {
            question.slug = slug
            _ = try await store.put(question, tests: tests)
        }
        let cache = TestsCache(capacityBytes: 1300)
        for slug in ["a-a", "b-b", "a-a", "c-c"] { _ = try await cache.tests(slug, in: store) }
        #expect(await cache.cached == ["a-a", "c-c"])
    }
}
