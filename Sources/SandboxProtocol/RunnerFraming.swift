public import Codec

/// The runner's side of its stream: length-prefixed messages (a 4-byte big-endian length, then the
/// message), read from any source of bytes.
public enum RunnerFraming {
    /// The largest job a runner accepts (sources and tests), 64 MiB.
    public static let maxFrame = 64 << 20

    /// The next message, or nil at the end of the input. `read(n)` gives exactly `n` bytes, or nil
    /// at the end. Throws for a length over `maxFrame` (before reading it) and for bytes that are
    /// not an `M`.
    public static func read<M: WireMessage>(_ type: M.Type, from read: (Int) -> [UInt8]?) throws -> M? {
        guard let header = read(4) else { return nil }
        let length = header.reduce(0) { $0 << 8 | Int($1) }
        guard length <= maxFrame else { throw WireError.malformed("a frame of \(length) bytes is over the limit of \(maxFrame)") }
        guard let body = read(length) else { return nil }
        return try M(wire: body)
    }

    /// `message` with its length prefix.
    public static func frame(_ message: some WireMessage) -> [UInt8] {
        let body = message.wireBytes()
        let length = UInt32(body.count)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xff), UInt8(length >> 8 & 0xff), UInt8(length & 0xff)] + body
    }
}
