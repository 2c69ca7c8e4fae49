import Foundation
public import Logging
import Synchronization

/// Listens on Redis pub/sub channels on a thread of its own and hands each message to async code.
///
/// It reconnects by itself after a failure and then reports `.resubscribed`, since messages sent
/// while it was away are lost: a consumer re-reads the state it watches.
public final class RedisSubscriber: Sendable {
    /// What the subscriber delivers.
    public enum Event: Sendable, Equatable {
        case message(channel: String, payload: String)
        /// (Re)connected and subscribed; anything published before may have been missed.
        case resubscribed
    }

    private let dialer: RedisDialer
    private var endpoint: RedisEndpoint { dialer.server.endpoint }
    private let channels: [String]
    private let logger: Logger
    private let current = Mutex<RedisConnection?>(nil)
    private let stopped = Atomic<Bool>(false)
    private let continuation: AsyncStream<Event>.Continuation
    /// The events, in order. Single consumer.
    public let events: AsyncStream<Event>

    public init(server: RedisServer, channels: [String], logger: Logger) {
        dialer = RedisDialer(server: server)
        self.channels = channels
        self.logger = logger
        (events, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(10_000))
    }

    /// Starts the listening thread.
    public func start() {
        let thread = Thread { [self] in loop() }
        thread.name = "redis-subscriber"
        thread.start()
    }

    /// Stops listening and finishes `events`.
    public func stop() {
        stopped.store(true, ordering: .sequentiallyConsistent)
        current.withLock { $0?.shutdown() }
        continuation.finish()
        dialer.close()
    }

    private func loop() {
        var failures = 0
        while !stopped.load(ordering: .sequentiallyConsistent) {
            do {
                let connection = try dialer.connect(timeout: nil)
                current.withLock { $0 = connection }
                if stopped.load(ordering: .sequentiallyConsistent) { break }
                try connection.append(["SUBSCRIBE"] + channels)
                for _ in channels { _ = try connection.readReply() }
                failures = 0
                continuation.yield(.resubscribed)
                while true {
                    let reply = try connection.readReply()
                    if let parts = reply.array, parts.count == 3, parts[0].string == "message",
                       let channel = parts[1].string, let payload = parts[2].string {
                        continuation.yield(.message(channel: channel, payload: payload))
                    }
                }
            } catch {
                current.withLock { $0 = nil }
                if stopped.load(ordering: .sequentiallyConsistent) { break }
                failures += 1
                if failures == 1 { logger.warning("subscription to \(endpoint) lost: \(error); reconnecting") }
                Thread.sleep(forTimeInterval: min(2.0, 0.1 * Double(failures)))
            }
        }
    }
}
