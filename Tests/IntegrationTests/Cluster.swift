import Foundation
import RPC
import Store
import Synchronization
@_exported import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Two real Redis servers and a real `clonecode-api` in a temporary folder.
final class Cluster: @unchecked Sendable {
    let dir: String
    var questionsRedis: Child?
    var metadataRedis: Child?
    var api: Child?
    var workers: [Child] = []
    var workerNotify: [String: NotifySocket] = [:]
    let notify: NotifySocket
    var tcpPort = 0

    var apiSocket: String { "\(dir)/api.sock" }
    var questionsSocket: String { "\(dir)/questions.sock" }
    var metadataSocket: String { "\(dir)/metadata.sock" }
    var endpoint: Endpoint { .unix(path: apiSocket) }
    var tcpEndpoint: Endpoint { .tcp(host: "127.0.0.1", port: tcpPort) }

    init() throws {
        dir = "/tmp/cc-it-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        chmod(dir, 0o755)
        notify = NotifySocket(path: "\(dir)/notify.sock")
    }

    deinit {
        // Workers first, so that no attach stream is open when their containers are removed (a
        // container removed under a live attach keeps dockerd's lock on it for minutes).
        for worker in workers { worker.stop() }
        Containers.removeNow(workers: Array(workerNotify.keys))
        api?.stop()
        questionsRedis?.stop()
        metadataRedis?.stop()
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// Starts one Redis server on a Unix socket, with append-only persistence in its own folder.
    /// - Parameters:
    ///   - extra: more redis-server options (a TLS port, a password).
    ///   - password: the server's requirepass, for the readiness check.
    func startRedis(_ name: String, extra: [String] = [], password: String? = nil, namespace: String? = nil) async throws -> Child {
        let data = "\(dir)/\(name)-data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let child = try Child("/usr/bin/redis-server", [
            "--port", "0", "--unixsocket", "\(dir)/\(name).sock", "--unixsocketperm", "700", "--dir", data,
            "--appendonly", "yes", "--appendfsync", "always", "--save", "",
        ] + extra, logTo: "\(dir)/\(name).log", namespace: namespace)
        let client = RedisClient(server: RedisServer(.unix(path: "\(dir)/\(name).sock"), password: password), poolSize: 1)
        defer { Task { await client.shutdown() } }
        for _ in 0..<250 {
            if await client.ping() { return child }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ClusterError("redis-server \(name) did not start: \(child.log)")
    }

    func startRedisServers() async throws {
        questionsRedis = try await startRedis("questions")
        metadataRedis = try await startRedis("metadata")
    }

    /// Starts the API daemon; with `waitReady`, returns once it sent READY=1.
    /// - Parameter redis: the `--questions-db` and `--metadata-db` values (default: the cluster's Unix sockets).
    func startAPI(extra: [String] = [], waitReady: Bool = true, environment: [String: String] = [:],
                  redis: (questions: String, metadata: String)? = nil, namespace: String? = nil) async throws {
        tcpPort = Ports.free()
        api = try Child("\(Paths.bin)/clonecode-api", [
            "--listen", "unix:\(apiSocket)", "--listen", "tcp://127.0.0.1:\(tcpPort)",
            "--questions-db", redis?.questions ?? "unix:\(questionsSocket)", "--metadata-db", redis?.metadata ?? "unix:\(metadataSocket)",
            "--log", "stderr", "--drain-timeout", "3",
        ] + extra, environment: ["NOTIFY_SOCKET": notify.path].merging(environment) { $1 }, logTo: "\(dir)/api.log",
            namespace: namespace)
        if waitReady {
            guard await notify.waitFor({ $0 == "READY=1" }) != nil else {
                throw ClusterError("clonecode-api sent no READY=1: \(api?.log ?? "")")
            }
        }
    }

    /// A fresh client of the API daemon over its Unix socket.
    func client(token: String = "") async throws -> RPCClient {
        try await RPCClient.connect(to: endpoint, authToken: token)
    }

    /// Runs the `clonecode` CLI (as another uid with `asUser`); returns its status, stdout and stderr.
    func cli(_ arguments: [String], asUser uid: Int? = nil) async throws -> (status: Int32, out: String, err: String) {
        var env = ProcessInfo.processInfo.environment
        env["CLONECODE_SERVER"] = "unix:\(apiSocket)"
        let result = if let uid {
            try await Subprocess.run("/usr/bin/setpriv", ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", "\(Paths.bin)/clonecode"] + arguments,
                                     environment: env)
        } else {
            try await Subprocess.run("\(Paths.bin)/clonecode", arguments, environment: env)
        }
        return (result.status, result.text, result.errorText)
    }

    /// Both Redis servers and the API daemon, with the repository's question bank loaded.
    static func withBank(apiArguments: [String] = []) async throws -> Cluster {
        let cluster = try Cluster()
        try await cluster.startRedisServers()
        try await cluster.startAPI(extra: apiArguments)
        try await cluster.loadBank()
        return cluster
    }

    /// Loads the repository's question bank through the CLI.
    func loadBank() async throws {
        let result = try await cli(["admin", "load", "\(Paths.root)/questions"])
        guard result.status == 0 else { throw ClusterError("admin load failed: \(result.err)") }
    }
}

struct ClusterError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Cluster {
    /// Starts a worker daemon with its own id and socket; with `waitReady`, returns once it sent READY=1.
    /// - Parameter redis: the `--questions-db` and `--metadata-db` values (default: the cluster's Unix sockets).
    func startWorker(id: String, extra: [String] = [], notify: NotifySocket? = nil, waitReady: Bool = true,
                     redis: (questions: String, metadata: String)? = nil, namespace: String? = nil) async throws -> Child {
        let socket = notify ?? NotifySocket(path: "\(dir)/notify-\(id)-\(UUID().uuidString.prefix(6)).sock")
        let child = try Child("\(Paths.bin)/clonecode-worker", [
            "--id", id, "--questions-db", redis?.questions ?? "unix:\(questionsSocket)",
            "--metadata-db", redis?.metadata ?? "unix:\(metadataSocket)",
            "--listen", "unix:\(dir)/worker-\(id).sock", "--log", "stderr", "--uid-base", String(1_300_000 + abs(id.hashValue % 50) * 1000),
        ] + extra, environment: ["NOTIFY_SOCKET": socket.path], logTo: "\(dir)/worker-\(id).log", namespace: namespace)
        if waitReady {
            guard await socket.waitFor(timeout: .seconds(60), { $0 == "READY=1" }) != nil else {
                throw ClusterError("clonecode-worker \(id) sent no READY=1: \(child.log)")
            }
        }
        workers.append(child)
        workerNotify[id] = socket
        return child
    }
}
