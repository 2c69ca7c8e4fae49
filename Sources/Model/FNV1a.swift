/// A 64-bit FNV-1a digest, in hex: it tells stored texts apart (tests, headers), not secrets.
public enum FNV1a {
    public static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
