public import RPC
public import ServiceLifecycle

/// An `RPCServer` on its listeners as a service: a graceful shutdown stops accepting and lets calls
/// in flight finish (server streams end with UNAVAILABLE); cancellation (the group's graceful
/// shutdown took too long) cancels the calls still in flight.
public struct RPCServing: Service {
    let server: RPCServer
    let listeners: [RPCListener]

    public init(_ server: RPCServer, on listeners: [RPCListener]) {
        self.server = server
        self.listeners = listeners
    }

    public func run() async {
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await server.run(listeners)
            } onCancel: {
                server.beginShutdown()
                server.cancelAll()
            }
        } onGracefulShutdown: {
            server.beginShutdown()
        }
    }
}
