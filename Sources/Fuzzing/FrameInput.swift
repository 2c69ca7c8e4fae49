import NIOCore
import NIOEmbedded
import RPC
import Wire

/// RPC frames through the real FrameDecoder. An input whose first byte is 8 or more arrives in
/// reads of that many bytes (a frame can arrive in pieces); any other arrives in one read.
enum FrameInput {
    static func run(_ input: [UInt8]) {
        let channel = EmbeddedChannel()
        defer { _ = try? channel.finish() }
        do {
            try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder(maxFrameSize: FrameDecoder.defaultMaxFrameSize)))
            let first = Int(input.first ?? 0)
            let step = first >= 8 ? first : max(1, input.count)
            var offset = 0
            while offset < input.count {
                let end = min(input.count, offset + step)
                try channel.writeInbound(ByteBuffer(bytes: input[offset..<end]))
                offset = end
                while let inbound = try channel.readInbound(as: InboundFrame.self) {
                    if case .frame(let frame) = inbound { RoundTrip.check(frame) }
                }
            }
        } catch {
            // A decoder error closes the connection: an expected end for bad input.
        }
    }
}
