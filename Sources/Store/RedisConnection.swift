internal import CHiredis
import Foundation

/// One hiredis connection: blocking, and not thread-safe.
///
/// A connection is used by one thread at a time (the pool hands it out); after any I/O error it is
/// dead and must be dropped. `shutdown()` alone may be called from another thread, to end a
/// blocking read.
final class RedisConnection: @unchecked Sendable {
    private let context: UnsafeMutablePointer<redisContext>
    let endpoint: RedisEndpoint

    /// - Parameter shownAs: the endpoint named in errors (the server behind a TLS relay).
    init(endpoint: RedisEndpoint, timeout: Duration?, shownAs: RedisEndpoint? = nil) throws {
        self.endpoint = shownAs ?? endpoint
        let connectTimeout = Self.timeval(timeout ?? .seconds(2))
        let made: UnsafeMutablePointer<redisContext>? = switch endpoint {
        case .unix(let path): redisConnectUnixWithTimeout(path, connectTimeout)
        case .tcp(let host, let port): redisConnectWithTimeout(host, Int32(port), connectTimeout)
        case .tls, .sentinel: nil  // RedisDialer connects through a TLSRelay's Unix socket, or to the primary, instead
        }
        guard let made else { throw RedisError.unavailable("cannot allocate a connection to \(endpoint)") }
        if made.pointee.err != 0 {
            let why = Self.errorText(made)
            redisFree(made)
            throw RedisError.unavailable("cannot connect to Redis at \(shownAs ?? endpoint): \(why)")
        }
        if let timeout { _ = redisSetTimeout(made, Self.timeval(timeout)) }
        context = made
    }

    deinit { redisFree(context) }

    /// Set when the server answered that it is no longer a primary (a failover demoted it), or by
    /// `retire()`: the connection must be dropped, so that the next one goes to the current primary.
    private var demoted = false

    /// False once the connection has seen an I/O error, or its server stopped being a primary.
    var isUsable: Bool { context.pointee.err == 0 && !demoted }

    /// Marks the connection as not to be used again (e.g. its server has lost its replicas: it may
    /// be a primary the sentinels have replaced and not yet demoted).
    func retire() { demoted = true }

    /// False when the server closed the connection while it sat idle (a restart): with no request
    /// outstanding, anything readable on the socket is its end.
    var isAlive: Bool {
        var entry = pollfd(fd: context.pointee.fd, events: Int16(POLLIN | POLLRDHUP), revents: 0)
        return isUsable && poll(&entry, 1, 0) == 0
    }

    /// Sends one command and waits for its reply. Error replies are returned, not thrown.
    func command(_ args: [String]) throws -> RedisReply {
        try append(args)
        return try readReply()
    }

    /// Sends all commands at once, then reads their replies in order.
    func pipeline(_ commands: [[String]]) throws -> [RedisReply] {
        for args in commands { try append(args) }
        return try commands.map { _ in try readReply() }
    }

    func append(_ args: [String]) throws {
        let utf8 = args.map { Array($0.utf8) }
        let status: Int32 = utf8.withUnsafePointers { pointers, lengths in
            redisAppendCommandArgv(context, Int32(utf8.count), pointers, lengths)
        }
        if status != REDIS_OK { throw failure() }
    }

    /// Waits for the next reply (also for pub/sub messages).
    func readReply() throws -> RedisReply {
        var raw: UnsafeMutableRawPointer?
        guard redisGetReply(context, &raw) == REDIS_OK, let raw else { throw failure() }
        defer { freeReplyObject(raw) }
        let reply = Self.convert(raw.assumingMemoryBound(to: redisReply.self))
        if reply.isFromDemotedPrimary { demoted = true }
        return reply
    }

    /// Ends any blocking read on this connection, from another thread.
    func shutdown() {
        Foundation.shutdown(context.pointee.fd, Int32(SHUT_RDWR))
    }

    private func failure() -> RedisError {
        .unavailable("Redis at \(endpoint): \(Self.errorText(context))")
    }

    private static func errorText(_ context: UnsafeMutablePointer<redisContext>) -> String {
        withUnsafeBytes(of: context.pointee.errstr) { bytes in
            String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }

    private static func convert(_ reply: UnsafePointer<redisReply>) -> RedisReply {
        let r = reply.pointee
        func text() -> String {
            guard let str = r.str else { return "" }
            return String(decoding: UnsafeRawBufferPointer(start: str, count: r.len), as: UTF8.self)
        }
        switch r.type {
        case REDIS_REPLY_STRING: return .string(text())
        case REDIS_REPLY_STATUS: return .status(text())
        case REDIS_REPLY_ERROR: return .error(text())
        case REDIS_REPLY_INTEGER: return .integer(Int(r.integer))
        case REDIS_REPLY_ARRAY:
            return .array((0..<r.elements).map { convert(r.element[$0]!) })
        default: return .null
        }
    }

    private static func timeval(_ duration: Duration) -> Foundation.timeval {
        let (seconds, attoseconds) = duration.components
        return Foundation.timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }
}

extension Array where Element == [UInt8] {
    /// Calls `body` with C pointers to every element and their lengths (hiredis's argv form).
    fileprivate func withUnsafePointers<R>(
        _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>, UnsafeMutablePointer<Int>) -> R
    ) -> R {
        let pointers = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(capacity: count)
        let lengths = UnsafeMutablePointer<Int>.allocate(capacity: count)
        var copies: [UnsafeMutablePointer<CChar>] = []
        defer {
            copies.forEach { $0.deallocate() }
            pointers.deallocate()
            lengths.deallocate()
        }
        for (i, bytes) in enumerated() {
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: Swift.max(bytes.count, 1))
            bytes.withUnsafeBytes { UnsafeMutableRawPointer(copy).copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(copy), byteCount: bytes.count) }
            copies.append(copy)
            pointers[i] = UnsafePointer(copy)
            lengths[i] = bytes.count
        }
        return body(pointers, lengths)
    }
}
