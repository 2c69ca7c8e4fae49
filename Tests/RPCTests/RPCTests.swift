import Foundation
import Logging
import TestSupport
import Testing
@testable import RPC
import Wire

/// Records what handlers saw, for assertions.
actor Observations {
    var cancelled: [String] = []
    func record(_ what: String) { cancelled.append(what) }
}

/// The methods of the test server: typed like the protocol's, under a service of their own.
enum TestMethod {
    static let echo = UnaryMethod<GetRunRequest, SubmitResponse>("test.v1.T/Echo")
    static let fail = UnaryMethod<Empty, Empty>("test.v1.T/Fail")
    static let hang = UnaryMethod<GetRunRequest, Empty>("test.v1.T/Hang")
    static let count = ServerStreamingMethod<ListRunsRequest, SubmitResponse>("test.v1.T/Count")
    static let nope = UnaryMethod<Empty, Empty>("test.v1.T/Nope")
    /// Echo's name with a request of another type, as a client of another version might send.
    static let echoWithFrame = UnaryMethod<Frame, SubmitResponse>("test.v1.T/Echo")
}

/// An in-process server on a temporary Unix socket with handlers made for testing the transport.
struct TestServer {
    let server: RPCServer
    let endpoint: Endpoint
    let observations = Observations()
    let task: Task<Void, Never>

    init() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rpc-\(UUID().uuidString.prefix(8)).sock").path
        endpoint = .unix(path: path)
        var router = RPCRouter()
        router.unary(TestMethod.echo) { (request: GetRunRequest, _) in SubmitResponse(runID: request.runID) }
        router.unary(TestMethod.fail) { (_: Empty, _) async throws -> Empty in throw RPCError(.notFound, "nothing here") }
        let observations = self.observations
        router.unary(TestMethod.hang) { (request: GetRunRequest, _) async throws -> Empty in
            do {
                try await Task.sleep(for: .seconds(60))
            } catch {
                await observations.record(request.runID)
                throw error
            }
            return Empty()
        }
        router.serverStream(TestMethod.count) { (request: ListRunsRequest, _, stream: ServerStream<SubmitResponse>) in
            for i in 0..<request.limit { try await stream.send(SubmitResponse(runID: "\(i)")) }
            if request.slug == "fail" { throw RPCError(.dataLoss, "stream broke") }
        }
        server = RPCServer(router: router, logger: Logger(label: "test"), maxCallsPerConnection: 64)
        let listener = try await RPCListener.bind(endpoint, maxFrameSize: 4096)
        task = Task { [server] in await server.run([listener]) }
    }

    func stop() async {
        server.beginShutdown()
        await task.value
    }
}

@Suite("RPC transport", .serialized)
struct RPCTests {
    @Test func manyCallsInFlightOnOneConnection() async throws {
        let server = try await TestServer()
        let client = try await RPCClient.connect(to: server.endpoint)
        let answers = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<60 {
                group.addTask { try await client.call(TestMethod.echo, GetRunRequest(runID: "r\(i)")).runID }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(answers == Set((0..<60).map { "r\($0)" }))
        client.close()
        await server.stop()
    }

    @Test func statusAndMessageReachTheClient() async throws {
        let server = try await TestServer()
        let client = try await RPCClient.connect(to: server.endpoint)
        await #expect(throws: RPCError(.notFound, "nothing here")) {
            try await client.call(TestMethod.fail, Empty())
        }
        client.close()
        await server.stop()
    }

    @Test func anUnknownMethodIsUnimplementedAndTheConnectionKeepsServing() async throws {
        let server = try await TestServer()
        let client = try await RPCClient.connect(to: server.endpoint)
        await #expect(throws: RPCError(.unimplemented, "unknown method 'test.v1.T/Nope'")) {
            try await client.call(TestMethod.nope, Empty())
        }
        #expect(try await client.call(TestMethod.echo, GetRunRequest(runID: "still")).runID == "still")
        client.close()
        await server.stop()
    }

    @Test func aRequestThatIsNotTheMethodsMessageIsInvalidArgument() async throws {
        let server = try await TestServer()
        let client = try await RPCClient.connect(to: server.endpoint)
        // A Frame's bytes where a GetRunRequest is expected: field 1 is a varint, not a string.
        let error = await #expect(throws: RPCError.self) {
            try await client.call(TestMethod.echoWithFrame, Frame(callID: 5, kind: .request))
        }
        #expect(error?.code == .invalidArgument)
        client.close()
        await server.stop()
    }

    @Test func theServerHonoursDeadlinesAndCancelsTheHandler() async throws {
        let server = try await TestServer()
        let client = try await RPCClient.connect(to: server.endpoint)
        let started = ContinuousClock.now
        let error = await #expect(throws: RPCError.self) {
            try await client.call(TestMethod.hang, GetRunRequest(runID: "deadline"), timeout: .milliseconds(200))
        }
        #expect(error?.code == .deadlineExceeded)
        #expect(ContinuousClock.now - started < .seconds(5))
        try await Task.sleep(for: .milliseconds(100))
        #expect(await server.observations.cancelled.contains("deadline"))
        client.close()
        await server.stop()
    }

    @Test func cancellingTheCallerCancelsTheCallOnTheServer() async throws {
        let server = try await TestServer()
        let client = try await RPCClient.connect(to: server.endpoint)
        let call = Task { try await client.call(TestMethod.hang, GetRunRequest(runID: "cancel-me")) }
        try await Task.sleep(for: .milliseconds(200))
        call.cancel()
        await #expect(throws: CancellationError.self) { try await call.value }
        var seen = false
        for _ in 0..<50 where !seen {
            try await Task.sleep(for: .milliseconds(20))
            seen = await server.observations.cancelled.contains("cancel-me")
        }
        #expect(seen)
        client.close()
        await server.stop()
    }

    @Test func serverStreamsEndWithAMarkerCarryingTheStatus() async throws {
        let server = try await TestServer()
        let client = try await RPCClient.connect(to: server.endpoint)
        var got: [String] = []
        for try await message in client.stream(TestMethod.count, ListRunsRequest(slug: "", limit: 5)) {
            got.append(message.runID)
        }
        #expect(got == ["0", "1", "2", "3", "4"])
        var partial: [String] = []
        let error = await #expect(throws: RPCError.self) {
            for try await message in client.stream(TestMethod.count, ListRunsRequest(slug: "fail", limit: 2)) {
                partial.append(message.runID)
            }
        }
        #expect(partial == ["0", "1"])
        #expect(error == RPCError(.dataLoss, "stream broke"))
        client.close()
        await server.stop()
    }

    @Test func anOversizedFrameGetsAnErrorAndACloseWhileOthersAreServed() async throws {
        let server = try await TestServer()
        let bystander = try await RPCClient.connect(to: server.endpoint)
        guard case .unix(let path) = server.endpoint else { return }
        let raw = try RawSocket(unixPath: path)
        try raw.send(withUnsafeBytes(of: UInt32(1 << 20).bigEndian, Array.init) + [UInt8](repeating: 1, count: 64))
        let reply = try #require(try raw.readFrame())
        #expect(reply.code == .resourceExhausted)
        #expect(reply.message.contains("over the limit of 4096"))
        #expect(try raw.readFrame() == nil, "the connection is closed")
        #expect(try await bystander.call(TestMethod.echo, GetRunRequest(runID: "ok")).runID == "ok")
        bystander.close()
        await server.stop()
    }

    @Test func aMalformedFrameGetsAnErrorAndAClose() async throws {
        let server = try await TestServer()
        guard case .unix(let path) = server.endpoint else { return }
        let raw = try RawSocket(unixPath: path)
        try raw.send([0, 0, 0, 4, 0xff, 0xff, 0xff, 0xff])
        let reply = try #require(try raw.readFrame())
        #expect(reply.code == .invalidArgument)
        #expect(reply.message.hasPrefix("malformed frame"))
        #expect(try raw.readFrame() == nil)
        await server.stop()
    }

    @Test func gracefulShutdownLetsCallsInFlightFinish() async throws {
        let server = try await TestServer()
        let client = try await RPCClient.connect(to: server.endpoint)
        let stream = Task {
            var count = 0
            for try await _ in client.stream(TestMethod.count, ListRunsRequest(slug: "", limit: 3)) { count += 1 }
            return count
        }
        #expect(try await stream.value == 3)
        await server.stop()
        await #expect(throws: RPCError.self) {
            try await client.call(TestMethod.echo, GetRunRequest(runID: "late"))
        }
    }
}
