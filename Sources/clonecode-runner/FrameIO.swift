import Codec
import SandboxProtocol
#if canImport(Glibc)
import Glibc
#endif

/// Length-prefixed messages on the runner's standard input and output (the container's attach
/// stream). Blocking; the runner is single-threaded.
enum FrameIO {
    /// The next message, or nil at end of input.
    static func read<M: WireMessage>(_ type: M.Type) throws -> M? {
        try RunnerFraming.read(type) { FileIO.read(0, count: $0) }
    }

    static func write(_ message: some WireMessage) {
        // The worker is gone: nothing more to do.
        if !FileIO.write(1, RunnerFraming.frame(message)) { exit(3) }
    }
}
