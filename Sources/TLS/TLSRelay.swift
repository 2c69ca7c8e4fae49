import Foundation
import NIOCore
import NIOPosix
public import NIOSSL

/// A local Unix socket whose connections are carried to a TLS server: for a client library that
/// cannot speak TLS itself (hiredis 0.14 on Debian 12).
///
/// The socket lives in a fresh directory of mode 0700 in the process's temporary directory, so only
/// this process's user can connect to it (systemd units give the daemons a private /tmp too). Every
/// connection makes one TLS connection to the server and relays bytes both ways; a server whose
/// certificate fails the check closes the local connection, which the client sees as an I/O error.
/// Thread-safe.
public final class TLSRelay: Sendable {
    /// The Unix socket to connect to instead of the server.
    public let path: String
    private let directory: String
    private let listener: any Channel

    /// Binds the local socket; blocks (call it off event loops).
    public init(host: String, port: Int, context: NIOSSLContext) throws {
        let group = MultiThreadedEventLoopGroup.singleton
        var template = Array("\(NSTemporaryDirectory())/clonecode-tls.XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw TLSError("cannot make a directory for the TLS relay: \(String(cString: strerror(errno)))")
        }
        directory = String(cString: made)
        path = "\(directory)/relay.sock"
        let hostname = TLSFiles.serverHostname(host)
        do {
            listener = try ServerBootstrap(group: group)
                .childChannelOption(.autoRead, value: false)
                .childChannelOption(.allowRemoteHalfClosure, value: true)
                .childChannelInitializer { inbound in
                    ClientBootstrap(group: inbound.eventLoop)
                        .channelOption(.allowRemoteHalfClosure, value: true)
                        .connectTimeout(.seconds(5))
                        .channelInitializer { outbound in
                            outbound.eventLoop.makeCompletedFuture {
                                try outbound.pipeline.syncOperations.addHandler(
                                    NIOSSLClientHandler(context: context, serverHostname: hostname))
                            }
                        }
                        .connect(host: host, port: port)
                        .flatMapThrowing { outbound in
                            let (local, remote) = GlueHandler.matchedPair()
                            try inbound.pipeline.syncOperations.addHandler(local)
                            try outbound.pipeline.syncOperations.addHandler(remote)
                            inbound.setOption(.autoRead, value: true).whenComplete { _ in }
                        }
                        .flatMapErrorThrowing { error in
                            inbound.close(promise: nil)
                            throw error
                        }
                }
                .bind(unixDomainSocketPath: path).wait()
        } catch {
            rmdir(directory)
            throw TLSError("cannot start the TLS relay to \(host):\(port): \(error)")
        }
    }

    /// Stops accepting and removes the socket; relayed connections end with their clients.
    public func close() {
        try? listener.close().wait()
        unlink(path)
        rmdir(directory)
    }
}
