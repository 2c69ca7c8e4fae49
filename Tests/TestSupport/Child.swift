public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process that is killed when the test is done with it.
public final class Child: @unchecked Sendable {
    public let process = Process()
    public let stderrPath: String

    /// - Parameter namespace: a network namespace (`ip netns`) to run in: another "host".
    public init(_ program: String, _ arguments: [String], environment: [String: String] = [:], logTo path: String,
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
        guard let log = FileHandle(forWritingAtPath: path) else { throw TestFailure("cannot write \(path)") }
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        stderrPath = path
        try process.run()
    }

    /// What the process wrote on stdout and stderr so far.
    public var log: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    public func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    /// Waits for the process to end; returns its status, or nil after `timeout`.
    public func wait(timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline { return nil }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }

    /// Kills the process and waits (a little) until Foundation has seen it end.
    public func stop() {
        guard process.isRunning else { return }
        signal(SIGKILL)
        for _ in 0..<500 where process.isRunning { usleep(2000) }
    }

    deinit { stop() }
}

/// A test's set-up that could not be done: the test fails with this message.
public struct TestFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Temporary folders for a test's sockets and files.
public enum TemporaryDirectory {
    /// Makes a fresh folder under /tmp (short, so that Unix socket paths in it fit in sun_path).
    public static func make(_ prefix: String) throws -> String {
        let path = "/tmp/\(prefix)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o755)
        return path
    }
}

/// Free TCP ports on the loopback address.
public enum Ports {
    /// A port that nothing listens on now (the kernel's choice for an ephemeral bind).
    public static func free() -> Int {
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
