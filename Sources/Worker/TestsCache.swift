import Model
import Store

/// The hidden tests of the questions a worker judged lately, decoded once and shared by its slots.
///
/// A design question's tests are megabytes of JSON: decoding them for every submission took longer
/// than the rest of the judge's work. Entries are checked against the stored tests' identifier on
/// every use (one small read), so a reloaded question is judged with its new tests at once. The
/// cache holds at most `capacityBytes` of tests and forgets the least recently used first.
actor TestsCache {
    private struct Entry {
        let id: String
        let tests: [TestCase]
        let bytes: Int
        var used: UInt64
    }

    private let capacityBytes: Int
    private var entries: [String: Entry] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0

    init(capacityBytes: Int = 256 << 20) { self.capacityBytes = capacityBytes }

    /// The question's tests, from the cache when they are still the stored ones; nil when the
    /// question does not exist.
    func tests(_ slug: String, in store: QuestionStore) async throws -> [TestCase]? {
        try await identifiedTests(slug, in: store)?.tests
    }

    /// The question's tests with their stored identifier (nil for tests stored without one).
    func identifiedTests(_ slug: String, in store: QuestionStore) async throws -> (id: String?, tests: [TestCase])? {
        clock += 1
        if let id = try await store.testsID(slug), var entry = entries[slug], entry.id == id {
            entry.used = clock
            entries[slug] = entry
            return (id, entry.tests)
        }
        guard let (id, tests) = try await store.identifiedTests(slug) else { return nil }
        if let id { remember(slug, Entry(id: id, tests: tests, bytes: tests.reduce(0) { $0 + $1.input.utf8.count + $1.expected.utf8.count }, used: clock)) }
        return (id, tests)
    }

    /// The questions whose tests are kept, by slug.
    var cached: Set<String> { Set(entries.keys) }

    private func remember(_ slug: String, _ entry: Entry) {
        if let old = entries.removeValue(forKey: slug) { bytes -= old.bytes }
        guard entry.bytes <= capacityBytes else { return }
        while bytes + entry.bytes > capacityBytes, let oldest = entries.min(by: { $0.value.used < $1.value.used }) {
            entries.removeValue(forKey: oldest.key)
            bytes -= oldest.value.bytes
        }
        entries[slug] = entry
        bytes += entry.bytes
    }
}
