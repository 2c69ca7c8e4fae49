import NIOCore
import NIOEmbedded
import TestSupport
import Testing
@testable import RPC
import Wire

@Suite("length-prefixed framing")
struct FrameDecoderTests {
    func channel(limit: Int = 1024) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder(maxFrameSize: limit)))
        return channel
    }

    func prefixed(_ frame: Frame) -> [UInt8] {
        let bytes = frame.wireBytes()
        return withUnsafeBytes(of: UInt32(bytes.count).bigEndian, Array.init) + bytes
    }

    @Test func framesSplitAndJoinedAnyWayAreDecoded() throws {
        let channel = try channel()
        let frames = (1...5).map { Frame(callID: UInt64($0), kind: .request, method: "m/\($0)", payload: Array(repeating: 7, count: $0 * 10)) }
        let stream = frames.flatMap(prefixed)
        var offset = 0
        var sizes = [1, 3, 2, 50, 7]
        while offset < stream.count {
            let size = min(sizes.removeFirst() , stream.count - offset)
            sizes.append(size + 1)
            try channel.writeInbound(ByteBuffer(bytes: stream[offset..<offset + size]))
            offset += size
        }
        var decoded: [Frame] = []
        while let item = try channel.readInbound(as: InboundFrame.self) {
            guard case .frame(let frame) = item else { Issue.record("unexpected \(item)"); return }
            decoded.append(frame)
        }
        #expect(decoded == frames)
    }

    @Test func aFrameOverTheLimitIsReportedOnceAndTheRestDiscarded() throws {
        let channel = try channel(limit: 100)
        try channel.writeInbound(ByteBuffer(bytes: withUnsafeBytes(of: UInt32(101).bigEndian, Array.init) + [1, 2, 3]))
        guard case .tooLarge(let length, let limit)? = try channel.readInbound(as: InboundFrame.self) else {
            Issue.record("no tooLarge"); return
        }
        #expect(length == 101 && limit == 100)
        try channel.writeInbound(ByteBuffer(bytes: prefixed(Frame(callID: 1, kind: .request))))
        #expect(try channel.readInbound(as: InboundFrame.self) == nil)
    }

    @Test func aMalformedFrameIsReported() throws {
        let channel = try channel()
        try channel.writeInbound(ByteBuffer(bytes: [0, 0, 0, 3, 0xff, 0xff, 0xff]))
        guard case .malformed? = try channel.readInbound(as: InboundFrame.self) else { Issue.record("not malformed"); return }
    }

    @Test("fuzz: random byte streams never crash the decoder", arguments: 0..<4)
    func fuzz(seed: UInt64) throws {
        var rng = SplitMix(seed: seed)
        for _ in 0..<300 {
            let channel = try channel(limit: 64)
            for _ in 0..<8 {
                let bytes = (0..<Int(rng.next() % 40)).map { _ in UInt8(truncatingIfNeeded: rng.next() % 8 == 0 ? 0 : rng.next()) }
                try channel.writeInbound(ByteBuffer(bytes: bytes))
            }
            while (try channel.readInbound(as: InboundFrame.self)) != nil {}
            _ = try? channel.finish()
        }
    }
}
