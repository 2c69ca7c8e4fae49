import Docker
import NIOCore
import NIOEmbedded
import SandboxProtocol

/// A container's attach stream through the worker's AttachDecoder, every message it yields
/// decoded as a RunnerResult, as RunnerContainer does.
enum AttachInput {
    static func run(_ input: [UInt8]) {
        let channel = EmbeddedChannel()
        let attached = channel.eventLoop.makePromise(of: Void.self)
        // Removing the decoder (finish) completes `attached`.
        try! channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(AttachDecoder(maxMessage: 1 << 20, attached: attached)))
        defer { _ = try? channel.finish() }
        do {
            try channel.writeInbound(ByteBuffer(bytes: input))
            while let event = try channel.readInbound(as: AttachEvent.self) {
                if case .message(let bytes) = event, let result = try? RunnerResult(wire: bytes) {
                    RoundTrip.check(result)
                }
            }
        } catch {
            // The worker gives the container up: an expected end for bad input.
        }
    }
}
