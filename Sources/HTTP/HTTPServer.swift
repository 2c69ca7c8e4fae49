public import Logging
public import NIOCore
public import NIOHTTP1
import Metrics
import NIOPosix

/// A request as handlers see it.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var query: [String: String]
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The client's address, for rate limits.
    public var client: String

    public init(method: HTTPMethod, path: String, query: [String: String], headers: HTTPHeaders, body: [UInt8], client: String) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.client = client
    }
}

/// An answer: status, headers and a body, or a stream of body chunks (server-sent events).
public struct HTTPAnswer: Sendable {
    public var status: HTTPResponseStatus
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// When set, the body is written chunk by chunk as the stream yields, and the connection closes after.
    public var stream: AsyncStream<[UInt8]>?

    public init(status: HTTPResponseStatus, headers: [(String, String)] = [], body: [UInt8] = [], stream: AsyncStream<[UInt8]>? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.stream = stream
    }
}

/// A small HTTP/1.1 server on SwiftNIO: keep-alive, a body size limit, streamed answers.
///
/// `handler` is called for each request, concurrently across connections.
public struct HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest) async -> HTTPAnswer

    let handler: Handler
    /// The largest request body answered; a larger one is 413.
    package let maxBody: Int
    let logger: Logger

    public init(maxBody: Int, logger: Logger, handler: @escaping Handler) {
        self.handler = handler
        self.maxBody = maxBody
        self.logger = logger
    }

    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// Binds a TCP address, or adopts a socket passed by systemd.
    public static func listen(host: String, port: Int) async throws -> NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never> {
        try await bootstrap().bind(host: host, port: port, childChannelInitializer: initializer)
    }

    public static func adopt(descriptor: Int32) async throws -> NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never> {
        try await bootstrap().bind(descriptor, childChannelInitializer: initializer)
    }

    static func bootstrap() -> ServerBootstrap {
        ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
    }

    static let initializer: @Sendable (any Channel) -> EventLoopFuture<Connection> = { channel in
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline()
            return try Connection(wrappingChannelSynchronously: channel)
        }
    }

    /// Serves until the listener closes.
    public func run(_ listener: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>) async {
        await withDiscardingTaskGroup { group in
            do {
                try await listener.executeThenClose { inbound in
                    for try await connection in inbound {
                        group.addTask { await serve(connection) }
                    }
                }
            } catch {
                logger.error("web listener failed: \(error)")
            }
        }
    }

    private func serve(_ connection: Connection) async {
        let client = connection.channel.remoteAddress?.ipAddress ?? "unknown"
        try? await connection.executeThenClose { inbound, outbound in
            var assembler = RequestAssembler(maxBody: maxBody)
            for try await part in inbound {
                guard let (head, body, tooLarge) = assembler.take(part) else { continue }
                let answer = await respond(to: head, body: body, tooLarge: tooLarge, client: client)
                let keepAlive = head.isKeepAlive && answer.stream == nil
                var headers = HTTPHeaders(answer.headers)
                if answer.stream == nil { headers.replaceOrAdd(name: "Content-Length", value: String(answer.body.count)) }
                headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
                try await outbound.write(.head(HTTPResponseHead(version: head.version, status: answer.status, headers: headers)))
                if let stream = answer.stream {
                    for await chunk in stream {
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: chunk))))
                    }
                } else if !answer.body.isEmpty {
                    try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: answer.body))))
                }
                try await outbound.write(.end(nil))
                if !keepAlive { return }
            }
        }
    }

    /// The answer to one complete request: 413 for a body over the limit, else the handler's.
    package func respond(to head: HTTPRequestHead, body: [UInt8], tooLarge: Bool, client: String) async -> HTTPAnswer {
        let (path, query) = Self.split(head.uri)
        let answer = tooLarge
            ? HTTPAnswer(status: .payloadTooLarge, headers: [("Content-Type", "application/json")],
                         body: Array("{\"error\":\"the request body is over \(maxBody) bytes\"}".utf8))
            : await handler(HTTPRequest(method: head.method, path: path, query: query, headers: head.headers, body: body, client: client))
        Counter(label: "clonecode_http_requests_total", dimensions: [("code", String(answer.status.code))]).increment()
        return answer
    }

    static func split(_ uri: String) -> (String, [String: String]) {
        let parts = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var query: [String: String] = [:]
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = String(kv[0]).removingPercentEncoding ?? String(kv[0])
                let value = kv.count > 1 ? (String(kv[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "") : ""
                query[key] = value
            }
        }
        return (String(parts[0]).removingPercentEncoding ?? String(parts[0]), query)
    }
}

import Foundation
