import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import TLS
import TestSupport
import Testing

/// The fleet's TLS: contexts made from an operator's files, checked both ways, and the relay that
/// carries a TLS-less client's bytes to a TLS server only when the certificates check out.
@Suite struct TLSRelayTests {
    let directory: String
    let pki: TestPKI

    init() async throws {
        directory = try TemporaryDirectory.make("cc-tls")
        pki = try await TestPKI(dir: directory)
    }

    /// A TLS server on 127.0.0.1 that echoes what it reads.
    func echoServer(_ identity: TLSFiles, verifyClients: Bool = true) async throws -> any Channel {
        let context = try identity.serverContext(verifyClients: verifyClients)
        return try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    try channel.pipeline.syncOperations.addHandler(Echo())
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
    }

    /// Sends `text` through the relay and returns what came back before the connection closed or
    /// `text.count` bytes arrived; "" when the relay gave up on the server.
    func roundTrip(_ text: String, through relay: TLSRelay) async throws -> String {
        let client = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(unixDomainSocketPath: relay.path) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        return try await client.executeThenClose { inbound, outbound in
            try? await outbound.write(ByteBuffer(string: text))
            var received = ""
            do {
                for try await var chunk in inbound {
                    received += chunk.readString(length: chunk.readableBytes) ?? ""
                    if received.utf8.count >= text.utf8.count { break }
                }
            } catch {
                // The relay closed the connection: nothing more to read.
            }
            return received
        }
    }

    @Test func bytesCrossBothWaysWhenEachSideTrustsTheOther() async throws {
        let server = try await echoServer(try await pki.issue("server"))
        defer { server.close(promise: nil) }
        let port = try #require(server.localAddress?.port)
        let client = try await pki.issue("client")
        let relay = try TLSRelay(host: "127.0.0.1", port: port, context: try client.clientContext())
        defer { relay.close() }
        #expect(try await roundTrip("PING over TLS", through: relay) == "PING over TLS")
        let large = String(repeating: "0123456789", count: 50_000)
        #expect(try await roundTrip(large, through: relay) == large)
        // The socket is this user's only.
        var info = stat()
        #expect(stat((relay.path as NSString).deletingLastPathComponent, &info) == 0 && info.st_mode & 0o077 == 0)
    }

    @Test func nothingCrossesToAServerOfAnotherCAOrForAnotherHost() async throws {
        let rogue = try await TestPKI(dir: directory, name: "rogue")
        let client = try await pki.issue("client")
        let impostor = try await echoServer(try await rogue.issue("impostor"))
        defer { impostor.close(promise: nil) }
        let toImpostor = try TLSRelay(host: "127.0.0.1", port: try #require(impostor.localAddress?.port), context: try client.clientContext())
        defer { toImpostor.close() }
        #expect(try await roundTrip("secret", through: toImpostor) == "")

        let elsewhere = try await echoServer(try await pki.issue("elsewhere", addresses: ["192.0.2.9"], names: ["elsewhere.example"]))
        defer { elsewhere.close(promise: nil) }
        let toElsewhere = try TLSRelay(host: "127.0.0.1", port: try #require(elsewhere.localAddress?.port), context: try client.clientContext())
        defer { toElsewhere.close() }
        #expect(try await roundTrip("secret", through: toElsewhere) == "")
    }

    @Test func aServerThatChecksClientsRefusesOneWithoutACertificate() async throws {
        let server = try await echoServer(try await pki.issue("server"), verifyClients: true)
        defer { server.close(promise: nil) }
        let port = try #require(server.localAddress?.port)
        let anonymous = try TLSRelay(host: "127.0.0.1", port: port, context: try TLSFiles(caFile: pki.caFile).clientContext())
        defer { anonymous.close() }
        #expect(try await roundTrip("hello", through: anonymous) == "")
        let lenient = try await echoServer(try await pki.issue("lenient"), verifyClients: false)
        defer { lenient.close(promise: nil) }
        let toLenient = try TLSRelay(host: "127.0.0.1", port: try #require(lenient.localAddress?.port),
                                     context: try TLSFiles(caFile: pki.caFile).clientContext())
        defer { toLenient.close() }
        #expect(try await roundTrip("hello", through: toLenient) == "hello")
    }

    @Test func settingsNamingTLSFilesAreCheckedTogether() throws {
        #expect(try TLSFiles.configured(ca: nil, certificate: nil, key: nil) == nil)
        #expect(try TLSFiles.configured(ca: "/ca.pem", certificate: nil, key: nil) == TLSFiles(caFile: "/ca.pem"))
        #expect(throws: TLSError.self) { try TLSFiles.configured(ca: nil, certificate: "/c.pem", key: "/k.pem") }
        #expect(throws: TLSError.self) { try TLSFiles.configured(ca: "/ca.pem", certificate: "/c.pem", key: nil) }
        let error = #expect(throws: TLSError.self) { try TLSFiles(caFile: pki.caFile).serverContext(verifyClients: false) }
        #expect(error?.description == "a TLS listener needs tls-cert-file and tls-key-file")
        let missing = #expect(throws: TLSError.self) { try TLSFiles(caFile: "\(directory)/none.pem").clientContext() }
        #expect(missing?.description.hasPrefix("cannot load \(directory)/none.pem") == true)
        #expect(TLSFiles.serverHostname("127.0.0.1") == nil && TLSFiles.serverHostname("::1") == nil)
        #expect(TLSFiles.serverHostname("db.example") == "db.example")
    }
}

/// Writes back whatever it reads.
final class Echo: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.writeAndFlush(data, promise: nil)
    }
}
