import Foundation
import NIOCore
public import NIOHTTP1
import NIOPosix
import Timeout

/// A client of the Docker Engine API over its Unix socket: plain HTTP/1.1, one connection per
/// request, JSON bodies. Thread-safe.
public struct DockerClient: Sendable {
    public let socketPath: String
    public let apiVersion: String

    public init(socketPath: String = "/var/run/docker.sock", apiVersion: String = "v1.41") {
        self.socketPath = socketPath
        self.apiVersion = apiVersion
    }

    /// An answer: the HTTP status and the body.
    public struct Response: Sendable {
        public var status: Int
        public var body: [UInt8]

        /// The body as JSON.
        public var json: Any? { try? JSONSerialization.jsonObject(with: Data(body)) }
        /// The Engine's error message, or the body as text.
        public var message: String {
            (json as? [String: Any])?["message"] as? String ?? String(decoding: body, as: UTF8.self)
        }
    }

    /// Sends a request; `body` is encoded as JSON.
    public func request(_ method: HTTPMethod, _ path: String, json body: Any? = nil,
                        timeout: Duration = .seconds(60)) async throws -> Response {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let channel = try await connect { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHTTPClientHandlers()
                return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
            }
        }
        let exchange: @Sendable () async throws -> Response = {
            try await channel.executeThenClose { inbound, outbound in
                var head = HTTPRequestHead(version: .http1_1, method: method, uri: "/\(apiVersion)\(path)")
                head.headers.add(name: "Host", value: "docker")
                head.headers.add(name: "Connection", value: "close")
                if let payload {
                    head.headers.add(name: "Content-Type", value: "application/json")
                    head.headers.add(name: "Content-Length", value: String(payload.count))
                } else if method == .POST {
                    head.headers.add(name: "Content-Length", value: "0")
                }
                // One write: the Engine may answer and close as soon as the head is complete, so a
                // request written in parts could meet a closed connection before its last part.
                var parts: [HTTPClientRequestPart] = [.head(head)]
                if let payload { parts.append(.body(.byteBuffer(ByteBuffer(bytes: payload)))) }
                parts.append(.end(nil))
                try await outbound.write(contentsOf: parts)
                var response = Response(status: 0, body: [])
                for try await part in inbound {
                    switch part {
                    case .head(let head): response.status = Int(head.status.code)
                    case .body(var buffer): response.body += buffer.readBytes(length: buffer.readableBytes) ?? []
                    case .end: return response
                    }
                }
                throw DockerError("the Docker Engine closed the connection during \(method) \(path)")
            }
        }
        let answer: Response?
        do {
            answer = try await withTimeout(timeout, exchange)
        } catch {
            throw DockerError("\(method) \(path): \(error)")
        }
        guard let answer else {
            channel.channel.close(promise: nil)
            throw DockerError("\(method) \(path) took longer than \(timeout)")
        }
        return answer
    }

    /// Sends a request and fails unless the status is 2xx.
    @discardableResult
    public func expect(_ method: HTTPMethod, _ path: String, json body: Any? = nil,
                       timeout: Duration = .seconds(60)) async throws -> Response {
        let response = try await request(method, path, json: body, timeout: timeout)
        guard (200..<300).contains(response.status) else {
            throw DockerError("\(method) \(path): \(response.status) \(response.message)")
        }
        return response
    }

    /// True when the Engine answers.
    public func ping() async -> Bool {
        (try? await request(.GET, "/_ping", timeout: .seconds(5)))?.status == 200
    }

    func connect<Output: Sendable>(_ initializer: @escaping @Sendable (any Channel) -> EventLoopFuture<Output>) async throws -> Output {
        do {
            return try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(5))
                .connect(unixDomainSocketPath: socketPath, channelInitializer: initializer)
        } catch {
            throw DockerError("cannot reach the Docker Engine at \(socketPath): \(error)")
        }
    }
}

/// A failure talking to the Docker Engine.
public struct DockerError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
