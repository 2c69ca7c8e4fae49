import NIOCore
import NIOPosix
public import NIOSSL
import Wire
#if canImport(Glibc)
import Glibc
#endif

/// A connection accepted by a listener, with its peer.
struct Connection: Sendable {
    let channel: NIOAsyncChannel<InboundFrame, Frame>
    let peer: Peer
}

/// Linux's `struct ucred` (hidden behind _GNU_SOURCE in Glibc's Swift overlay), same layout.
struct PeerCredentials: Sendable {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
}

/// A bound, listening socket whose connections speak framed RPC.
///
/// Binding happens before serving so that a daemon can report readiness only once its sockets exist.
public final class RPCListener: Sendable {
    let channel: NIOAsyncChannel<Connection, Never>
    /// What this listener is bound to, for logs and status lines.
    public let name: String

    init(channel: NIOAsyncChannel<Connection, Never>, name: String) {
        self.channel = channel
        self.name = name
    }

    /// The TCP port actually bound (useful with port 0), or nil for a Unix socket.
    public var port: Int? { channel.channel.localAddress?.port }

    /// An endpoint on which this process can reach the listener itself (loopback for TCP).
    public var localEndpoint: Endpoint? {
        let address = channel.channel.localAddress
        if let path = address.flatMap(Self.path) { return .unix(path: path) }
        switch address {
        case .v4(let address)?:
            return .tcp(host: "127.0.0.1", port: Int(UInt16(bigEndian: address.address.sin_port)))
        case .v6(let address)?:
            return .tcp(host: "::1", port: Int(UInt16(bigEndian: address.address.sin6_port)))
        default:
            return nil
        }
    }

    /// Binds a new socket. A Unix socket file left over from an earlier run is replaced.
    /// - Parameter tls: when given, TCP connections speak TLS (a `tls://` endpoint requires it).
    public static func bind(_ endpoint: Endpoint, maxFrameSize: Int = FrameDecoder.defaultMaxFrameSize,
                            socketMode: UInt32? = nil, tls: NIOSSLContext? = nil) async throws -> RPCListener {
        let bootstrap = makeBootstrap()
        let initializer = childInitializer(maxFrameSize: maxFrameSize, tls: tls)
        switch endpoint {
        case .unix(let path):
            let channel = try await bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true,
                                                   childChannelInitializer: initializer)
            if let socketMode { chmod(path, mode_t(socketMode)) }
            return RPCListener(channel: channel, name: endpoint.description)
        case .tcp(let host, let port), .tls(let host, let port):
            if case .tls = endpoint, tls == nil { throw RPCError(.invalidArgument, "\(endpoint) needs tls-cert-file and tls-key-file") }
            let channel = try await bootstrap.bind(host: host, port: port, childChannelInitializer: initializer)
            let bound = channel.channel.localAddress?.port ?? port
            return RPCListener(channel: channel, name: Self.network(host: host, port: bound, tls: tls != nil).description)
        }
    }

    /// Serves a listening socket that was passed in (systemd socket activation).
    /// - Parameter tls: when given, connections on a TCP socket speak TLS.
    public static func adopt(descriptor: Int32, name: String, maxFrameSize: Int = FrameDecoder.defaultMaxFrameSize,
                             tls: NIOSSLContext? = nil) async throws -> RPCListener {
        let channel = try await makeBootstrap().bind(descriptor, childChannelInitializer: childInitializer(maxFrameSize: maxFrameSize, tls: tls))
        // Named by address, so that two sockets under one systemd name can be told apart.
        let address = channel.channel.localAddress
        let shown: Endpoint? = if let path = address.flatMap(Self.path) {
            .unix(path: path)
        } else if let host = address?.ipAddress, let port = address?.port {
            Self.network(host: host, port: port, tls: tls != nil)
        } else {
            nil
        }
        return RPCListener(channel: channel, name: shown.map { "\($0) (fd:\(name))" } ?? "fd:\(name)")
    }

    /// A TCP listener's endpoint as clients name it: `tls://` when it speaks TLS.
    private static func network(host: String, port: Int, tls: Bool) -> Endpoint {
        tls ? .tls(host: host, port: port) : .tcp(host: host, port: port)
    }

    /// The path of a Unix socket address, nil for other addresses or an unnamed socket.
    private static func path(of address: SocketAddress) -> String? {
        guard case .unixDomainSocket(let unix) = address else { return nil }
        let path = withUnsafeBytes(of: unix.address.sun_path) { bytes in
            String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        return path.isEmpty ? nil : path
    }

    /// Stops accepting connections.
    public func close() {
        channel.channel.close(promise: nil)
    }

    private static func makeBootstrap() -> ServerBootstrap {
        ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
    }

    private static func childInitializer(maxFrameSize: Int, tls: NIOSSLContext?) -> @Sendable (any Channel) -> EventLoopFuture<Connection> {
        { channel in
            peer(of: channel).flatMapThrowing { peer in
                if let tls, case .tcp = peer {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls))
                }
                try channel.pipeline.syncOperations.addHandlers([
                    ByteToMessageHandler(FrameDecoder(maxFrameSize: maxFrameSize)),
                    MessageToByteHandler(FrameEncoder()),
                ])
                let async = try NIOAsyncChannel<InboundFrame, Frame>(wrappingChannelSynchronously: channel)
                return Connection(channel: async, peer: peer)
            }
        }
    }

    private static func peer(of channel: any Channel) -> EventLoopFuture<Peer> {
        if case .unixDomainSocket? = channel.localAddress, let options = channel as? any SocketOptionProvider {
            let credentials: EventLoopFuture<PeerCredentials> = options.unsafeGetSocketOption(
                level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
            return credentials.map { Peer.unix(uid: $0.uid, gid: $0.gid, pid: $0.pid) }
        }
        return channel.eventLoop.makeSucceededFuture(.tcp(address: channel.remoteAddress?.description ?? "unknown"))
    }
}
