public import NIOCore
public import Wire

/// What the frame decoder yields: a frame, or the reason the byte stream cannot be read any further.
public enum InboundFrame: Sendable {
    case frame(Frame)
    /// The length prefix announced more than the limit; the stream is abandoned.
    case tooLarge(length: Int, limit: Int)
    /// The bytes of a frame were not a valid Frame message; the stream is abandoned.
    case malformed(String)
}

/// Splits a byte stream into frames: a 4-byte big-endian length, then that many bytes of a `Frame`.
///
/// After a frame that is too large or malformed it yields that once and discards everything after it.
/// Not thread-safe: one instance per channel, used on the channel's event loop.
public struct FrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = InboundFrame

    /// The largest frame accepted, in bytes (the frame itself, without its length prefix).
    public let maxFrameSize: Int
    private var broken = false

    public init(maxFrameSize: Int) { self.maxFrameSize = maxFrameSize }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if broken {
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return .needMoreData
        }
        guard let length = buffer.getInteger(at: buffer.readerIndex, as: UInt32.self) else { return .needMoreData }
        if Int(length) > maxFrameSize {
            broken = true
            context.fireChannelRead(wrapInboundOut(.tooLarge(length: Int(length), limit: maxFrameSize)))
            return .continue
        }
        guard buffer.readableBytes >= 4 + Int(length) else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: 4)
        let bytes = buffer.readBytes(length: Int(length))!
        do {
            context.fireChannelRead(wrapInboundOut(.frame(try Frame(wire: bytes))))
        } catch {
            broken = true
            context.fireChannelRead(wrapInboundOut(.malformed("\(error)")))
        }
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}

/// Writes frames with their 4-byte big-endian length prefix.
public struct FrameEncoder: MessageToByteEncoder {
    public typealias OutboundIn = Frame

    public init() {}

    public func encode(data: Frame, out: inout ByteBuffer) throws {
        let bytes = data.wireBytes()
        out.writeInteger(UInt32(bytes.count))
        out.writeBytes(bytes)
    }
}

extension FrameDecoder {
    /// The default limit, 16 MiB: a question with LeetCode's largest tests (an LRU cache's 10^5
    /// calls) is one frame when it is stored.
    public static let defaultMaxFrameSize = 16 << 20
}
