import NIOCore
import NIOHTTP1
import ServiceLifecycle

/// The HTTP server on its listening socket as a service: a graceful shutdown (or cancellation)
/// closes the socket; `run` returns once the server is done.
struct HTTPServing: Service {
    let server: HTTPServer
    let listener: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>

    func run() async {
        await withTaskCancellationOrGracefulShutdownHandler {
            await server.run(listener)
        } onCancelOrGracefulShutdown: {
            listener.channel.close(promise: nil)
        }
    }
}
