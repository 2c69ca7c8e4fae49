import Testing
import Timeout

/// Racing work against a sleep: the value in time, nil and a cancelled body after it, errors as thrown.
@Suite struct TimeoutTests {
    struct Failure: Error, Equatable {}

    /// Whether the body saw its cancellation.
    actor Seen {
        var cancelled = false
        func set() { cancelled = true }
    }

    @Test func aValueInTimeIsReturned() async throws {
        #expect(try await withTimeout(.seconds(5)) { 42 } == 42)
        #expect(try await withTimeout(.seconds(5)) { () -> Int? in nil } == .some(nil))
    }

    @Test func afterTheTimeoutTheAnswerIsNilAndTheBodyIsCancelled() async throws {
        let seen = Seen()
        let started = ContinuousClock.now
        let value = try await withTimeout(.milliseconds(100)) { () -> Int in
            do {
                try await Task.sleep(for: .seconds(30))
            } catch {
                await seen.set()
                throw error
            }
            return 1
        }
        #expect(value == nil)
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(await seen.cancelled)
    }

    @Test func anErrorOfTheBodyIsRethrown() async throws {
        await #expect(throws: Failure()) { try await withTimeout(.seconds(5)) { () -> Int in throw Failure() } }
    }
}
