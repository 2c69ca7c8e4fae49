import CSodium

/// A password's hash: argon2id from libsodium, in its self-describing string form
/// (`$argon2id$v=19$m=65536,t=2,p=1$...`), which carries its salt and costs.
///
/// Hashing and verifying are slow and take 64 MiB on purpose (that is what makes guessing
/// expensive); they block the calling thread for tens of milliseconds.
public struct PasswordHash: Sendable, Equatable {
    /// The encoded hash, as stored.
    public let encoded: String

    public init(encoded: String) { self.encoded = encoded }

    /// Hashes `password` with a fresh random salt.
    public init(hashing password: String) throws {
        try Sodium.ready()
        var out = [CChar](repeating: 0, count: Int(crypto_pwhash_STRBYTES))
        let length = UInt64(password.utf8.count)
        let status = password.withCString { input in
            crypto_pwhash_str_alg(&out, input, length, UInt64(crypto_pwhash_OPSLIMIT_INTERACTIVE),
                                  Int(crypto_pwhash_MEMLIMIT_INTERACTIVE), crypto_pwhash_ALG_ARGON2ID13)
        }
        guard status == 0 else { throw Sodium.Failure("hashing a password failed (out of memory)") }
        encoded = String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `password` is the one this hash was made from; the comparison takes the same time
    /// however much of a guess is right.
    public func verifies(_ password: String) -> Bool {
        guard (try? Sodium.ready()) != nil, encoded.hasPrefix("$argon2id$") else { return false }
        let length = UInt64(password.utf8.count)
        return encoded.withCString { hash in
            password.withCString { crypto_pwhash_str_verify(hash, $0, length) == 0 }
        }
    }
}

import Dispatch

extension PasswordHash {
    /// Hashing and verifying run one at a time on a queue of their own, off the caller's threads:
    /// each takes 64 MiB and tens of milliseconds, and a burst of sign-ins must not take the
    /// server's memory or every thread of its pool.
    private static let queue = DispatchQueue(label: "clonecode.password-hash")

    /// Hashes `password` (see `init(hashing:)`) on the password queue.
    public static func make(_ password: String) async throws -> PasswordHash {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try PasswordHash(hashing: password) }) }
        }
    }

    /// `verifies(_:)` on the password queue.
    public func check(_ password: String) async -> Bool {
        await withCheckedContinuation { continuation in
            Self.queue.async { continuation.resume(returning: self.verifies(password)) }
        }
    }
}
