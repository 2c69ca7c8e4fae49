import CSodium

/// A bearer secret: 256 random bits, written as a prefix (what kind of token it is) and 43
/// characters of base64url. The server keeps only its digest.
public enum SecretToken {
    /// A new token, e.g. `ccs_` + 43 characters.
    public static func make(prefix: String) throws -> String {
        try Sodium.ready()
        var bytes = [UInt8](repeating: 0, count: 32)
        randombytes_buf(&bytes, bytes.count)
        var out = [CChar](repeating: 0, count: 64)
        sodium_bin2base64(&out, out.count, bytes, bytes.count, sodium_base64_VARIANT_URLSAFE_NO_PADDING)
        sodium_memzero(&bytes, bytes.count)
        return prefix + String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The digest the server stores and looks a token up by: BLAKE2b-256, in hexadecimal. A token
    /// is 256 random bits, so a fast hash is enough; a leaked store gives no usable token.
    public static func digest(_ token: String) throws -> String {
        try Sodium.ready()
        var out = [UInt8](repeating: 0, count: 32)
        let input = Array(token.utf8)
        crypto_generichash(&out, out.count, input, UInt64(input.count), nil, 0)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        return String(decoding: out.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] }, as: UTF8.self)
    }

    /// Whether `text` looks like a token made with `prefix` (a cheap check before any lookup).
    public static func isWellFormed(_ text: String, prefix: String) -> Bool {
        text.hasPrefix(prefix) && text.utf8.count == prefix.utf8.count + 43
            && text.utf8.dropFirst(prefix.utf8.count).allSatisfy { c in
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F
            }
    }
}
