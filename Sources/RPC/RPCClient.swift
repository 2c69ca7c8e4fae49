import NIOCore
import NIOPosix
import NIOSSL
import Synchronization
public import TLS
public import Wire

/// A connection to an RPC server, on which many calls may be in flight at once.
///
/// Thread-safe: calls may be made from any task. Cancelling a calling task sends FRAME_CANCEL.
public final class RPCClient: Sendable {
    private enum Pending {
        case unary(CheckedContinuation<Frame, any Error>)
        case stream(AsyncThrowingStream<Frame, any Error>.Continuation)
    }

    private struct State {
        var nextID: UInt64 = 1
        var pending: [UInt64: Pending] = [:]
        var closedError: RPCError?
    }

    private let channel: NIOAsyncChannel<InboundFrame, Frame>
    private let state = Mutex(State())
    private let outbound: NIOAsyncChannelOutboundWriter<Frame>
    /// The token sent with every request (admin or worker token), or "".
    public let authToken: String
    /// The signed-in person's token sent with every request that is not relayed, or "".
    public let userToken: String
    public let endpoint: Endpoint

    private init(channel: NIOAsyncChannel<InboundFrame, Frame>, outbound: NIOAsyncChannelOutboundWriter<Frame>,
                 endpoint: Endpoint, authToken: String, userToken: String) {
        self.channel = channel
        self.outbound = outbound
        self.endpoint = endpoint
        self.authToken = authToken
        self.userToken = userToken
    }

    /// Connects; fails with UNAVAILABLE when nothing answers at `endpoint`, and with UNAUTHENTICATED
    /// when a `tls://` server's certificate is not one the CA of `tls` signed for that host.
    public static func connect(to endpoint: Endpoint, authToken: String = "", userToken: String = "", tls: TLSFiles? = nil,
                               maxFrameSize: Int = FrameDecoder.defaultMaxFrameSize) async throws -> RPCClient {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
        var secure: (NIOSSLContext, String?)?
        if case .tls(let host, _) = endpoint {
            guard let tls else { throw RPCError(.invalidArgument, "\(endpoint) needs the fleet's CA (--tls-ca-file)") }
            do { secure = (try tls.clientContext(), TLSFiles.serverHostname(host)) } catch {
                throw RPCError(.invalidArgument, "\(error)")
            }
        }
        let handshake = secure
        let initializer: @Sendable (any Channel) -> EventLoopFuture<NIOAsyncChannel<InboundFrame, Frame>> = { channel in
            channel.eventLoop.makeCompletedFuture {
                if let (context, hostname) = handshake {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: hostname))
                }
                try channel.pipeline.syncOperations.addHandlers([
                    ByteToMessageHandler(FrameDecoder(maxFrameSize: maxFrameSize)),
                    MessageToByteHandler(FrameEncoder()),
                ])
                return try NIOAsyncChannel<InboundFrame, Frame>(wrappingChannelSynchronously: channel)
            }
        }
        let channel: NIOAsyncChannel<InboundFrame, Frame>
        do {
            switch endpoint {
            case .unix(let path):
                channel = try await bootstrap.connect(unixDomainSocketPath: path, channelInitializer: initializer)
            case .tcp(let host, let port), .tls(let host, let port):
                channel = try await bootstrap.connect(host: host, port: port, channelInitializer: initializer)
            }
        } catch {
            throw RPCError.unavailable("cannot connect to \(endpoint): \(error)")
        }
        // The client owns the channel for its lifetime; its inbound side is read by one task, which
        // closes the channel when the connection ends.
        return await withCheckedContinuation { (ready: CheckedContinuation<RPCClient, Never>) in
            Task {
                try? await channel.executeThenClose { inbound, outbound in
                    let client = RPCClient(channel: channel, outbound: outbound, endpoint: endpoint, authToken: authToken,
                                           userToken: userToken)
                    ready.resume(returning: client)
                    await client.readLoop(inbound)
                }
            }
        }
    }

    /// Calls a unary method; with `relayedFor`, on behalf of a gateway's visitor.
    public func call<Request, Response>(
        _ method: UnaryMethod<Request, Response>, _ request: Request, timeout: Duration? = nil, relayedFor relay: Relay? = nil
    ) async throws -> Response {
        let id = state.withLock { state -> UInt64 in
            defer { state.nextID += 1 }
            return state.nextID
        }
        let frame = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Frame, any Error>) in
                let closed = state.withLock { state -> RPCError? in
                    if let closed = state.closedError { return closed }
                    state.pending[id] = .unary(continuation)
                    return nil
                }
                if let closed { return continuation.resume(throwing: closed) }
                send(request: request, id: id, method: method.name, timeout: timeout, relay: relay)
            }
        } onCancel: {
            cancel(id)
        }
        guard frame.code == .ok else { throw RPCError(frame: frame) }
        do {
            return try Response(wire: frame.payload)
        } catch {
            throw RPCError(.internalError, "the server's answer is not a valid \(Response.wireDescriptor.name): \(error)")
        }
    }

    /// Calls a server-streaming method; the stream ends when the server sends its end marker and
    /// throws `RPCError` when that carries an error. `relayedFor` is as for `call`.
    public func stream<Request, Response>(
        _ method: ServerStreamingMethod<Request, Response>, _ request: Request, timeout: Duration? = nil, relayedFor relay: Relay? = nil
    ) -> AsyncThrowingStream<Response, any Error> {
        let id = state.withLock { state -> UInt64 in
            defer { state.nextID += 1 }
            return state.nextID
        }
        let (frames, continuation) = AsyncThrowingStream<Frame, any Error>.makeStream()
        let closed = state.withLock { state -> RPCError? in
            if let closed = state.closedError { return closed }
            state.pending[id] = .stream(continuation)
            return nil
        }
        if let closed {
            continuation.finish(throwing: closed)
        } else {
            send(request: request, id: id, method: method.name, timeout: timeout, relay: relay)
        }
        let (messages, output) = AsyncThrowingStream<Response, any Error>.makeStream()
        let pump = Task {
            do {
                for try await frame in frames {
                    output.yield(try Response(wire: frame.payload))
                }
                output.finish()
            } catch {
                output.finish(throwing: error)
            }
        }
        output.onTermination = { [weak self] reason in
            pump.cancel()
            if case .cancelled = reason { self?.cancel(id) }
        }
        return messages
    }

    /// Closes the connection; calls in flight fail with UNAVAILABLE.
    public func close() {
        channel.channel.close(promise: nil)
    }

    private func send<Request: WireMessage>(request: Request, id: UInt64, method: String, timeout: Duration?, relay: Relay?) {
        let ms = timeout.map { UInt32(clamping: max(1, $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000)) } ?? 0
        let frame = Frame(callID: id, kind: .request, method: method, timeoutMs: ms, payload: request.wireBytes(),
                          authToken: authToken, userToken: relay?.userToken ?? userToken, relayed: relay != nil,
                          clientAddress: relay?.clientAddress ?? "")
        Task {
            do {
                try await outbound.write(frame)
            } catch {
                fail(id, RPCError.unavailable("connection to \(endpoint) lost: \(error)"))
            }
        }
    }

    private func cancel(_ id: UInt64) {
        let pending = state.withLock { $0.pending.removeValue(forKey: id) }
        guard let pending else { return }
        switch pending {
        case .unary(let continuation): continuation.resume(throwing: CancellationError())
        case .stream(let continuation): continuation.finish(throwing: CancellationError())
        }
        Task { try? await outbound.write(Frame(callID: id, kind: .cancel)) }
    }

    private func fail(_ id: UInt64, _ error: RPCError) {
        let pending = state.withLock { $0.pending.removeValue(forKey: id) }
        switch pending {
        case .unary(let continuation)?: continuation.resume(throwing: error)
        case .stream(let continuation)?: continuation.finish(throwing: error)
        case nil: break
        }
    }

    private func readLoop(_ inbound: NIOAsyncChannelInboundStream<InboundFrame>) async {
        var closing = RPCError.unavailable("connection to \(endpoint) closed")
        do {
            for try await item in inbound {
                guard case .frame(let frame) = item else {
                    closing = RPCError(.internalError, "the server sent an unreadable frame")
                    break
                }
                deliver(frame)
                if frame.callID == 0 && frame.code != .ok {
                    closing = RPCError(frame: frame)
                }
            }
        } catch {
            closing = RPCError.unavailable("connection to \(endpoint) lost: \(error)")
        }
        let pending = state.withLock { state in
            state.closedError = closing
            defer { state.pending = [:] }
            return state.pending
        }
        for entry in pending.values {
            switch entry {
            case .unary(let continuation): continuation.resume(throwing: closing)
            case .stream(let continuation): continuation.finish(throwing: closing)
            }
        }
        close()
    }

    private func deliver(_ frame: Frame) {
        let entry: Pending? = state.withLock { state in
            switch frame.kind {
            case .streamMessage: state.pending[frame.callID]
            default: state.pending.removeValue(forKey: frame.callID)
            }
        }
        switch (entry, frame.kind) {
        case (.unary(let continuation)?, _):
            continuation.resume(returning: frame)
        case (.stream(let continuation)?, .streamMessage):
            continuation.yield(frame)
        case (.stream(let continuation)?, _):
            if frame.code == .ok {
                continuation.finish()
            } else {
                continuation.finish(throwing: RPCError(frame: frame))
            }
        case (nil, _):
            break
        }
    }
}
