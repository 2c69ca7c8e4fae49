public import Foundation

/// Where the package is, and where `swift build` put its programs.
public enum Paths {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// CLONECODE_BIN_DIR, else .build/debug.
    public static let bin = ProcessInfo.processInfo.environment["CLONECODE_BIN_DIR"] ?? "\(root)/.build/debug"
}

/// Runs programs from async tests without blocking the concurrency pool: the waiting happens on a
/// dispatch thread (Foundation's waitUntilExit on pool threads can stall every other test).
public enum Subprocess {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: Data
        public var text: String { String(decoding: stdout, as: UTF8.self) }
        public var errorText: String { String(decoding: stderr, as: UTF8.self) }
    }

    public static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                           stdin: Data? = nil) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: program)
                process.arguments = arguments
                if let environment { process.environment = environment }
                let out = Pipe(), err = Pipe(), input = Pipe()
                process.standardOutput = out
                process.standardError = err
                process.standardInput = input
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                if let stdin { input.fileHandleForWriting.write(stdin) }
                try? input.fileHandleForWriting.close()
                // stderr is read on a thread of its own, so that neither pipe can fill up and stall.
                let stderrBox = DataBox()
                let reader = Thread { stderrBox.data = err.fileHandleForReading.readDataToEndOfFile() }
                reader.start()
                let stdout = out.fileHandleForReading.readDataToEndOfFile()
                while !stderrBox.done { usleep(1000) }
                let stderr = stderrBox.data
                process.waitUntilExit()
                continuation.resume(returning: Output(status: process.terminationStatus, stdout: stdout, stderr: stderr))
            }
        }
    }
}

/// What the stderr reader thread read; written once, then `done`.
final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = Data()
    private var finished = false
    var data: Data {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue; finished = true } }
    }
    var done: Bool { lock.withLock { finished } }
}
