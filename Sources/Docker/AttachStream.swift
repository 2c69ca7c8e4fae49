package import NIOCore
import NIOPosix
import Timeout

/// What arrives on a container's attach stream, split: length-prefixed messages the container's
/// program wrote on stdout, and its stderr.
public enum AttachEvent: Sendable {
    case message([UInt8])
    case stderr([UInt8])
}

/// A container's attach stream (`POST /containers/{id}/attach`, hijacked): bytes written go to
/// the program's stdin; its stdout is read as length-prefixed messages.
///
/// Used by one task at a time (the slot that owns the container).
public final class AttachStream: Sendable {
    let channel: any Channel
    let events: AsyncThrowingStream<AttachEvent, any Error>

    init(channel: any Channel, events: AsyncThrowingStream<AttachEvent, any Error>) {
        self.channel = channel
        self.events = events
    }

    /// Attaches to a created (not yet started) container: attach first, so nothing it writes is lost.
    /// Returns once the Engine has answered the attach (101): a container started before that
    /// answer could write its first bytes to nobody.
    public static func open(_ docker: DockerClient, container id: String, maxMessage: Int,
                            timeout: Duration = .seconds(30)) async throws -> AttachStream {
        let (events, continuation) = AsyncThrowingStream<AttachEvent, any Error>.makeStream()
        let (channel, attached) = try await docker.connect { channel in
            channel.eventLoop.makeCompletedFuture {
                let attached = channel.eventLoop.makePromise(of: Void.self)
                do {
                    try channel.pipeline.syncOperations.addHandlers([
                        ByteToMessageHandler(AttachDecoder(maxMessage: maxMessage, attached: attached)),
                        AttachForwarder(continuation: continuation),
                    ])
                } catch {
                    attached.fail(error)
                    throw error
                }
                return (channel, attached.futureResult)
            }
        }
        let request = "POST /\(docker.apiVersion)/containers/\(id)/attach?stream=1&stdin=1&stdout=1&stderr=1 HTTP/1.1\r\n"
            + "Host: docker\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n"
        do {
            try await channel.writeAndFlush(ByteBuffer(string: request))
            guard try await withTimeout(timeout, { try await attached.get() }) != nil else {
                throw DockerError("the Engine did not answer the attach within \(timeout)")
            }
        } catch {
            try? await channel.close()
            throw error
        }
        return AttachStream(channel: channel, events: events)
    }

    /// Writes one length-prefixed message to the program's stdin.
    public func send(_ message: [UInt8]) async throws {
        var buffer = channel.allocator.buffer(capacity: message.count + 4)
        buffer.writeInteger(UInt32(message.count))
        buffer.writeBytes(message)
        try await channel.writeAndFlush(buffer)
    }

    /// The events, in order; ends when the stream closes.
    public var stream: AsyncThrowingStream<AttachEvent, any Error> { events }

    /// Closes the connection (before killing the container: a live attach holds the Engine's lock on it).
    public func close() async {
        try? await channel.close()
    }
}

/// Parses the hijacked HTTP response, then Docker's multiplexed frames (8-byte header: stream,
/// 0, 0, 0, big-endian size), then our length-prefixed messages inside stdout.
///
/// Not thread-safe: one per channel, on its event loop.
package struct AttachDecoder: ByteToMessageDecoder {
    package typealias InboundOut = AttachEvent
    let maxMessage: Int
    /// Completed once the response head is read: succeeded on 101 (or 200), failed otherwise.
    let attached: EventLoopPromise<Void>
    private var headParsed = false
    private var settled = false
    private var stdout: [UInt8] = []

    package init(maxMessage: Int, attached: EventLoopPromise<Void>) {
        self.maxMessage = maxMessage
        self.attached = attached
    }

    private mutating func settle(_ result: Result<Void, any Error>) {
        guard !settled else { return }
        settled = true
        attached.completeWith(result)
    }

    package mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if !headParsed {
            let view = buffer.readableBytesView
            guard let end = view.firstRange(of: [13, 10, 13, 10]) else {
                if view.count > 16384 { throw DockerError("attach: no HTTP response head") }
                return .needMoreData
            }
            let head = String(decoding: view[view.startIndex..<end.lowerBound], as: UTF8.self)
            let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            guard status == 101 || status == 200 else {
                let error = DockerError("attach refused: \(head.prefix(200))")
                settle(.failure(error))
                throw error
            }
            buffer.moveReaderIndex(forwardBy: end.upperBound - view.startIndex)
            headParsed = true
            settle(.success(()))
        }
        guard let header = buffer.getBytes(at: buffer.readerIndex, length: 8) else { return .needMoreData }
        let size = Int(header[4]) << 24 | Int(header[5]) << 16 | Int(header[6]) << 8 | Int(header[7])
        guard buffer.readableBytes >= 8 + size else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: 8)
        let payload = buffer.readBytes(length: size) ?? []
        if header[0] == 2 {
            context.fireChannelRead(wrapInboundOut(.stderr(payload)))
            return .continue
        }
        stdout += payload
        while stdout.count >= 4 {
            let length = Int(stdout[0]) << 24 | Int(stdout[1]) << 16 | Int(stdout[2]) << 8 | Int(stdout[3])
            guard length <= maxMessage else { throw DockerError("the runner sent a message of \(length) bytes") }
            guard stdout.count >= 4 + length else { break }
            context.fireChannelRead(wrapInboundOut(.message(Array(stdout[4..<4 + length]))))
            stdout.removeFirst(4 + length)
        }
        return .continue
    }

    package mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }

    package mutating func decoderRemoved(context: ChannelHandlerContext) {
        settle(.failure(DockerError("the Engine closed the attach before answering it")))
    }
}

/// Hands decoded events to the async side.
final class AttachForwarder: ChannelInboundHandler, Sendable {
    typealias InboundIn = AttachEvent
    let continuation: AsyncThrowingStream<AttachEvent, any Error>.Continuation

    init(continuation: AsyncThrowingStream<AttachEvent, any Error>.Continuation) { self.continuation = continuation }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        continuation.yield(unwrapInboundIn(data))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        continuation.finish(throwing: error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
    }
}
