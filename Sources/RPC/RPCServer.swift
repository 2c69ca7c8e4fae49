public import Logging
import NIOCore
import Metrics
import Synchronization
import Timeout
import Wire

/// Serves an `RPCRouter` on listeners: many calls in flight per connection, cancellation, deadlines,
/// server streams, and a graceful drain.
///
/// `run` may be called once. `beginShutdown` may be called from any task.
public final class RPCServer: Sendable {
    public let router: RPCRouter
    let logger: Logger
    let maxCallsPerConnection: Int
    let networkTokens: [Token]?
    private let state = Mutex(State())

    private struct State {
        var listeners: [RPCListener] = []
        var connections: [ObjectIdentifier: CallRegistry] = [:]
        var shuttingDown = false
    }

    /// - Parameter networkTokens: when given, a call that arrives over TCP must carry one of these
    ///   tokens or is answered UNAUTHENTICATED (Unix-socket callers are known by their uid instead).
    public init(router: RPCRouter, logger: Logger, maxCallsPerConnection: Int = 128, networkTokens: [Token]? = nil) {
        self.router = router
        self.networkTokens = networkTokens
        self.logger = logger
        self.maxCallsPerConnection = maxCallsPerConnection
    }

    /// Accepts and serves connections until the listeners close and every connection has ended.
    public func run(_ listeners: [RPCListener]) async {
        state.withLock { $0.listeners = listeners }
        await withDiscardingTaskGroup { listening in
            for listener in listeners {
                listening.addTask {
                    await withDiscardingTaskGroup { connections in
                        do {
                            try await listener.channel.executeThenClose { inbound in
                                for try await connection in inbound {
                                    connections.addTask { await self.serve(connection) }
                                }
                            }
                        } catch {
                            self.logger.error("listener \(listener.name) failed: \(error)")
                        }
                    }
                }
            }
        }
    }

    /// Stops accepting connections and calls; lets calls in flight finish (server streams end with
    /// UNAVAILABLE), then closes every connection. `run` returns once all of that is done.
    public func beginShutdown() {
        let (listeners, connections) = state.withLock { state in
            state.shuttingDown = true
            return (state.listeners, Array(state.connections.values))
        }
        listeners.forEach { $0.close() }
        for registry in connections { Task { await registry.drain() } }
    }

    /// Cancels every call in flight at once (after a drain took too long).
    public func cancelAll() {
        let connections = state.withLock { Array($0.connections.values) }
        for registry in connections { Task { await registry.cancelAll() } }
    }

    // MARK: - One connection

    private func serve(_ connection: Connection) async {
        let channel = connection.channel.channel
        let registry = CallRegistry(limit: maxCallsPerConnection) { channel.close(promise: nil) }
        let key = ObjectIdentifier(registry)
        let refuse = state.withLock { state in
            if !state.shuttingDown { state.connections[key] = registry }
            return state.shuttingDown
        }
        if refuse {
            channel.close(promise: nil)
            return
        }
        defer { _ = state.withLock { $0.connections.removeValue(forKey: key) } }
        let logger = self.logger.with("peer", "\(connection.peer)")
        do {
            try await connection.channel.executeThenClose { inbound, outbound in
                for try await item in inbound {
                    switch item {
                    case .frame(let frame):
                        await self.dispatch(frame, peer: connection.peer, registry: registry, outbound: outbound, logger: logger)
                    case .tooLarge(let length, let limit):
                        logger.warning("closing connection: frame of \(length) bytes is over the limit of \(limit)")
                        try? await outbound.write(Frame(callID: 0, kind: .response, code: .resourceExhausted,
                                                        message: "frame of \(length) bytes is over the limit of \(limit) bytes"))
                        return
                    case .malformed(let why):
                        logger.warning("closing connection: malformed frame: \(why)")
                        try? await outbound.write(Frame(callID: 0, kind: .response, code: .invalidArgument,
                                                        message: "malformed frame: \(why)"))
                        return
                    }
                }
                // The client finished sending: answer what it asked, then close.
                await registry.waitIdle()
            }
        } catch {
            logger.debug("connection ended: \(error)")
        }
        await registry.cancelAll()
    }

    private func dispatch(_ frame: Frame, peer: Peer, registry: CallRegistry,
                          outbound: NIOAsyncChannelOutboundWriter<Frame>, logger: Logger) async {
        let id = frame.callID
        switch frame.kind {
        case .request:
            break
        case .cancel:
            await registry.cancel(id)
            return
        default:
            logger.warning("unexpected frame kind \(frame.kind) from client (call \(id))")
            try? await outbound.write(Frame(callID: id, kind: .response, code: .invalidArgument,
                                            message: "a client may send only FRAME_REQUEST and FRAME_CANCEL"))
            return
        }
        guard let route = router.routes[frame.method] else {
            logger.warning("unknown method '\(frame.method)'")
            try? await outbound.write(Frame(callID: id, kind: .response, code: .unimplemented,
                                            message: "unknown method '\(frame.method)'"))
            return
        }
        let isStream: Bool
        if case .serverStream = route { isStream = true } else { isStream = false }
        if let networkTokens, case .tcp = peer, !networkTokens.contains(where: { $0.matches(frame.authToken) }) {
            logger.warning("call without a valid token over TCP", metadata: ["peer": "\(peer)"])
            try? await outbound.write(Frame(callID: id, kind: isStream ? .streamEnd : .response, code: .unauthenticated,
                                            message: frame.authToken.isEmpty ? "calls over TCP need a token (--token-file)" : "the token is wrong"))
            return
        }
        let receivedAt = ContinuousClock.now
        let timeout: Duration? = frame.timeoutMs > 0 ? .milliseconds(frame.timeoutMs) : nil
        let context = CallContext(method: frame.method, peer: peer, authToken: frame.authToken,
                                  userToken: frame.userToken, relayed: frame.relayed, clientAddress: frame.clientAddress,
                                  deadline: timeout.map { receivedAt + $0 },
                                  logger: logger.with("method", frame.method))
        let result = await registry.start(id, isStream: isStream) {
            await Self.perform(route, frame: frame, context: context, timeout: timeout, outbound: outbound, registry: registry)
        }
        let refusal: (StatusCode, String)? = switch result {
        case .started: nil
        case .duplicate: (.invalidArgument, "call id \(id) is already in flight on this connection")
        case .tooMany: (.resourceExhausted, "more than \(maxCallsPerConnection) calls in flight on this connection")
        case .draining: (.unavailable, "the server is shutting down")
        }
        if let (code, message) = refusal {
            try? await outbound.write(Frame(callID: id, kind: isStream ? .streamEnd : .response, code: code, message: message))
        }
    }

    private static func perform(_ route: RPCRouter.Route, frame: Frame, context: CallContext, timeout: Duration?,
                                outbound: NIOAsyncChannelOutboundWriter<Frame>, registry: CallRegistry) async {
        let id = frame.callID
        // A call's last frame is sent even when its task was cancelled (a cancelled task's writes
        // would throw), from a task of its own.
        let started = ContinuousClock.now
        func send(_ last: Frame) async {
            Counter(label: "clonecode_rpc_calls_total", dimensions: [("method", frame.method), ("code", "\(last.code)")]).increment()
            Metrics.Timer(label: "clonecode_rpc_call_duration_seconds", dimensions: [("method", frame.method)])
                .recordNanoseconds(Int64((ContinuousClock.now - started) / .nanoseconds(1)))
            await Task { try? await outbound.write(last) }.value
        }
        func status(of error: any Error) async -> (StatusCode, String) {
            if error is CancellationError, await registry.isDraining {
                return (.unavailable, "the server is shutting down")
            }
            return Self.status(of: error, context: context)
        }
        switch route {
        case .unary(let handler):
            do {
                let payload = try await withDeadline(timeout) { try await handler(frame.payload, context) }
                await send(Frame(callID: id, kind: .response, payload: payload))
            } catch {
                let (code, message) = await status(of: error)
                await send(Frame(callID: id, kind: .response, code: code, message: message,
                                 retryAfterMs: (error as? RPCError)?.retryAfterMs ?? 0))
            }
        case .serverStream(let handler):
            let stream = ServerStream<[UInt8]> { payload in
                try await outbound.write(Frame(callID: id, kind: .streamMessage, payload: payload))
            }
            do {
                try await withDeadline(timeout) { try await handler(frame.payload, context, stream) }
                await send(Frame(callID: id, kind: .streamEnd))
            } catch {
                let (code, message) = await status(of: error)
                await send(Frame(callID: id, kind: .streamEnd, code: code, message: message,
                                 retryAfterMs: (error as? RPCError)?.retryAfterMs ?? 0))
            }
        }
    }

    private static func status(of error: any Error, context: CallContext) -> (StatusCode, String) {
        switch error {
        case let error as RPCError:
            context.logger.debug("call failed: \(error)")
            return (error.code, error.message)
        case is CancellationError:
            return (.cancelled, "the call was cancelled")
        default:
            context.logger.error("call failed: \(error)")
            return (.internalError, "internal error: \(error)")
        }
    }
}

/// Runs `body`, failing with DEADLINE_EXCEEDED (and cancelling it) when `timeout` passes first.
func withDeadline<T: Sendable>(_ timeout: Duration?, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    guard let timeout else { return try await body() }
    guard let value = try await withTimeout(timeout, body) else {
        throw RPCError(.deadlineExceeded, "the deadline of \(timeout) passed")
    }
    return value
}

extension Logger {
    func with(_ key: String, _ value: String) -> Logger {
        var copy = self
        copy[metadataKey: key] = "\(value)"
        return copy
    }
}
