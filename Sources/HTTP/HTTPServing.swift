public import NIOCore
public import NIOHTTP1
public import ServiceLifecycle

/// The HTTP server on its listening socket as a service: a graceful shutdown (or cancellation)
/// closes the socket; `run` returns once the server is done.
public struct HTTPServing: Service {
    let server: HTTPServer
    let listener: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>

    public init(_ server: HTTPServer, on listener: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>) {
        self.server = server
        self.listener = listener
    }

    public func run() async {
        await withTaskCancellationOrGracefulShutdownHandler {
            await server.run(listener)
        } onCancelOrGracefulShutdown: {
            listener.channel.close(promise: nil)
        }
    }
}
