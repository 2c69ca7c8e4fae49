import Dispatch
import HTTP
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import RPC
import Web

/// Bytes on a connection to clonecode-web: parsed by SwiftNIO's HTTP/1.1 decoder as the server
/// configures it, gathered by the server's RequestAssembler, and answered by the gateway's routes.
/// No API is behind the gateway (its socket does not exist), so a route that calls it ends in
/// UNAVAILABLE after reading everything the request carries.
enum HTTPInput {
    static let server: HTTPServer = {
        let logger = Logger(label: "fuzz") { _ in SwiftLogNoOpLogHandler() }
        let gateway = Gateway(api: .unix(path: "/nonexistent/clonecode-fuzz/api.sock"), assets: "/nonexistent",
                              codemirror: "/nonexistent", submitBurst: Int.max, submitsPerSecond: 1e9, logger: logger)
        return HTTPServer(maxBody: 256 * 1024, logger: logger) { await gateway.handle($0) }
    }()

    static func run(_ input: [UInt8]) {
        let channel = EmbeddedChannel()
        defer { _ = try? channel.finish() }
        var requests: [Request] = []
        do {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline()
            try channel.writeInbound(ByteBuffer(bytes: input))
        } catch {
            // A request that is not HTTP: the server's pipeline answers 400 and closes.
        }
        var assembler = RequestAssembler(maxBody: server.maxBody)
        while let part = try? channel.readInbound(as: HTTPServerRequestPart.self) {
            if let (head, body, tooLarge) = assembler.take(part) { requests.append(Request(head: head, body: body, tooLarge: tooLarge)) }
        }
        guard !requests.isEmpty else { return }
        let done = DispatchSemaphore(value: 0)
        Task { [requests] in
            for request in requests {
                let answer = await server.respond(to: request.head, body: request.body, tooLarge: request.tooLarge, client: "127.0.0.1")
                if let stream = answer.stream { for await _ in stream {} }
            }
            done.signal()
        }
        done.wait()
    }

    /// A complete request, as the server answers it.
    struct Request: Sendable {
        var head: HTTPRequestHead
        var body: [UInt8]
        var tooLarge: Bool
    }
}
