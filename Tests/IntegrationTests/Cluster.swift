import Foundation
import RPC
import Store
import Synchronization
@_exported import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A child process that is killed when the test is done with it.
final class Child: @unchecked Sendable {
    let process = Process()
    let stderrPath: String

    /// - Parameter namespace: a network namespace (`ip netns`) to run in: another "host".
    init(_ program: String, _ arguments: [String], environment: [String: String] = [:], logTo path: String,
         namespace: String? = nil) throws {
        if let namespace {
            // `ip netns exec` joins the namespace and execs the program: the pid stays the program's.
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
            process.arguments = ["netns", "exec", namespace, program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let log = FileHandle(forWritingAtPath: path)!
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        stderrPath = path
        try process.run()
    }

    var log: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    /// Waits for the process to end; returns its status, or nil after `timeout`.
    func wait(timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline { return nil }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }

    /// Kills the process and waits (a little) until Foundation has seen it end.
    func stop() {
        guard process.isRunning else { return }
        signal(SIGKILL)
        for _ in 0..<500 where process.isRunning { usleep(2000) }
    }

    deinit { stop() }
}

/// A Unix datagram socket standing in for systemd's notify socket: collects what a daemon sends.
final class NotifySocket: @unchecked Sendable {
    let path: String
    private let fd: Int32
    private let received = Mutex<[String]>([])

    init(path: String) {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (i, byte) in path.utf8.enumerated() { buffer[i] = byte }
        }
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        let socketFD = fd
        let thread = Thread { [weak self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = recv(socketFD, &buffer, buffer.count, 0)
                if n <= 0 { return }
                let text = String(decoding: buffer[0..<n], as: UTF8.self)
                guard let self else { return }
                self.received.withLock { $0.append(text) }
            }
        }
        thread.start()
    }

    deinit {
        Glibc.shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    /// Every message so far, split into its `KEY=value` lines.
    var lines: [String] { received.withLock { $0.flatMap { $0.split(separator: "\n").map(String.init) } } }

    /// Waits until a line satisfying `match` arrives; returns it, or nil after `timeout`.
    func waitFor(timeout: Duration = .seconds(20), _ match: (String) -> Bool) async -> String? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let line = lines.first(where: match) { return line }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }
}

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
        let ids = Array(workerNotify.keys)
        Task { for id in ids { await Containers.remove(worker: id) } }
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
    func startAPI(extra: [String] = [], waitReady: Bool = true, environment: [String: String] = [:], namespace: String? = nil) async throws {
        tcpPort = Self.freePort()
        api = try Child("\(Paths.bin)/clonecode-api", [
            "--listen", "unix:\(apiSocket)", "--listen", "tcp://127.0.0.1:\(tcpPort)",
            "--questions-db", "unix:\(questionsSocket)", "--metadata-db", "unix:\(metadataSocket)",
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

    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
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
