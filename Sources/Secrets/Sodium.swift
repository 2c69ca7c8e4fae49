import CSodium

/// libsodium's one-time set-up, done before any other call (sodium_init is thread-safe and
/// returns at once after the first time).
enum Sodium {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func ready() throws {
        guard sodium_init() >= 0 else { throw Failure("libsodium could not start (no random source)") }
    }
}
