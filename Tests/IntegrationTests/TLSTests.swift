import Foundation
import Model
import RPC
import Store
import TLS
import Testing
import Wire

/// What crosses a network: TLS with certificates checked both ways, tokens, Redis's password.
@Suite("TLS and tokens between hosts", .serialized)
struct TLSTests {
    static let token = "client-token-0123456789abcdef"

    @Test("The API's TCP listener: TLS with client certificates, and a client token on every call")
    func apiOverTLSWithAToken() async throws {
        let cluster = try Cluster()
        let pki = try await TestPKI(dir: cluster.dir)
        let server = try await pki.issue("api")
        let client = try await pki.issue("client")
        let tokenFile = try TestPKI.secret(Self.token, at: "\(cluster.dir)/client.token")
        try await cluster.startRedisServers()
        try await cluster.startAPI(extra: [
            "--tls-ca-file", pki.caFile, "--tls-cert-file", server.certificateFile!, "--tls-key-file", server.keyFile!,
            "--verify-clients", "yes", "--client-token-file", tokenFile,
        ])
        try await cluster.loadBank()
        let endpoint = Endpoint.tls(host: "127.0.0.1", port: cluster.tcpPort)

        let good = try await RPCClient.connect(to: endpoint, authToken: Self.token, tls: client)
        defer { good.close() }
        let list = try await good.call(Method.Questions.list, ListQuestionsRequest())
        #expect(list.questions.count >= 20)

        // Without the token, or with a wrong one: UNAUTHENTICATED, for unary calls and streams alike.
        let anonymous = try await RPCClient.connect(to: endpoint, tls: client)
        defer { anonymous.close() }
        await #expect(throws: RPCError(.unauthenticated, "calls over TCP need a token (--token-file)")) {
            try await anonymous.call(Method.Questions.list, ListQuestionsRequest())
        }
        let guessing = try await RPCClient.connect(to: endpoint, authToken: "guess", tls: client)
        defer { guessing.close() }
        await #expect(throws: RPCError(.unauthenticated, "the token is wrong")) {
            for try await _ in guessing.stream(Method.Judge.watchRun, GetRunRequest(runID: "x")) {}
        }

        // Plain TCP to the TLS port, a client without a certificate, and one that trusts another CA
        // all fail before any call is answered.
        func answered(_ connect: () async throws -> RPCClient) async -> Bool {
            guard let connection = try? await connect() else { return false }
            defer { connection.close() }
            let list: ListQuestionsResponse? = try? await connection.call(Method.Questions.list, ListQuestionsRequest(),
                                                                          timeout: .seconds(5))
            return list != nil
        }
        let port = cluster.tcpPort
        #expect(await !answered { try await RPCClient.connect(to: .tcp(host: "127.0.0.1", port: port), authToken: Self.token) })
        #expect(await !answered { try await RPCClient.connect(to: endpoint, authToken: Self.token, tls: TLSFiles(caFile: pki.caFile)) })
        let rogue = try await TestPKI(dir: cluster.dir, name: "rogue")
        let mallory = try await rogue.issue("mallory")
        #expect(await !answered { try await RPCClient.connect(to: endpoint, authToken: Self.token, tls: mallory) })

        // The Unix socket needs neither: local users are known by their uid.
        let local = try await cluster.client()
        defer { local.close() }
        _ = try await local.call(Method.Questions.list, ListQuestionsRequest())

        // The CLI over TLS, with its files from the environment.
        var env = ProcessInfo.processInfo.environment
        env["CLONECODE_TLS_CA_FILE"] = pki.caFile
        env["CLONECODE_TLS_CERT_FILE"] = client.certificateFile
        env["CLONECODE_TLS_KEY_FILE"] = client.keyFile
        env["CLONECODE_TOKEN_FILE"] = tokenFile
        let cli = try await Subprocess.run("\(Paths.bin)/clonecode", ["question", "two-sum", "--server", endpoint.description], environment: env)
        #expect(cli.status == 0 && cli.text.contains("Two Sum"), "\(cli.errorText)")
    }

    @Test("The API and a worker reach Redis over TLS with a password, and judge")
    func redisOverTLS() async throws {
        let cluster = try Cluster()
        let pki = try await TestPKI(dir: cluster.dir)
        let redisHost = try await pki.issue("redis")
        let daemonHost = try await pki.issue("daemons")
        let password = "redis-password-0123456789abcdef"
        let passwordFile = try TestPKI.secret(password, at: "\(cluster.dir)/redis.password")
        var ports: [String: Int] = [:]
        for name in ["questions", "metadata"] {
            let port = Ports.free()
            ports[name] = port
            let child = try await cluster.startRedis(name, extra: [
                "--bind", "127.0.0.1", "--tls-port", "\(port)", "--tls-cert-file", redisHost.certificateFile!,
                "--tls-key-file", redisHost.keyFile!, "--tls-ca-cert-file", pki.caFile, "--tls-auth-clients", "yes",
                "--requirepass", password,
            ], password: password)
            if name == "questions" { cluster.questionsRedis = child } else { cluster.metadataRedis = child }
        }
        let tlsArguments = ["--tls-ca-file", pki.caFile, "--tls-cert-file", daemonHost.certificateFile!,
                            "--tls-key-file", daemonHost.keyFile!, "--redis-password-file", passwordFile]
        let questions = "rediss://127.0.0.1:\(ports["questions"]!)", metadata = "rediss://127.0.0.1:\(ports["metadata"]!)"

        // A TLS client that cannot prove itself, or the wrong password, is not let in.
        let noCertificate = RedisClient(server: RedisServer(.tls(host: "127.0.0.1", port: ports["metadata"]!), password: password,
                                                            tls: TLSFiles(caFile: pki.caFile)))
        #expect(await noCertificate.ping() == false)
        await noCertificate.shutdown()
        let wrongPassword = RedisClient(server: RedisServer(.tls(host: "127.0.0.1", port: ports["metadata"]!), password: "nope-nope-nope-nope",
                                                            tls: daemonHost))
        await #expect(throws: RedisError.self) { try await wrongPassword.command("PING") }
        await wrongPassword.shutdown()

        try await cluster.startAPI(extra: ["--questions-db", questions, "--metadata-db", metadata] + tlsArguments)
        try await cluster.loadBank()
        _ = try await cluster.startWorker(id: "tls-worker", extra: tlsArguments + ["--slots", "1"],
                                          redis: (questions: questions, metadata: metadata))
        let client = try await cluster.client()
        defer { client.close() }
        let source = try String(contentsOfFile: "\(Paths.root)/Tests/solutions/python3/two-sum.py", encoding: .utf8)
        let run = try await WorkerTests.submit(client, "two-sum", source)
        #expect(run.verdict == .accepted && run.worker == "tls-worker")
    }
}
