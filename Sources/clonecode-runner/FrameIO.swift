import Codec
#if canImport(Glibc)
import Glibc
#endif

/// Length-prefixed messages on the runner's standard input and output (the container's attach
/// stream). Blocking; the runner is single-threaded.
enum FrameIO {
    /// The largest job accepted (sources and tests), 64 MiB.
    static let maxFrame = 64 << 20

    /// The next message, or nil at end of input.
    static func read<M: WireMessage>(_ type: M.Type) throws -> M? {
        guard let header = FileIO.read(0, count: 4) else { return nil }
        let length = header.reduce(0) { $0 << 8 | Int($1) }
        guard length <= maxFrame else { throw RunnerError("a frame of \(length) bytes is over the limit") }
        guard let body = FileIO.read(0, count: length) else { return nil }
        return try M(wire: body)
    }

    static func write(_ message: some WireMessage) {
        let body = message.wireBytes()
        let length = UInt32(body.count)
        let bytes = [UInt8(length >> 24), UInt8(length >> 16 & 0xff), UInt8(length >> 8 & 0xff), UInt8(length & 0xff)] + body
        // The worker is gone: nothing more to do.
        if !FileIO.write(1, bytes) { exit(3) }
    }
}

struct RunnerError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
