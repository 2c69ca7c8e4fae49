import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A Unix datagram socket standing in for systemd's notify socket: collects what a daemon sends.
public final class NotifySocket: @unchecked Sendable {
    public let path: String
    private let fd: Int32
    private let received = Mutex<[String]>([])

    public init(path: String) {
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

    /// Every datagram so far, as sent.
    public var messages: [String] { received.withLock { $0 } }

    /// Every message so far, split into its `KEY=value` lines.
    public var lines: [String] { messages.flatMap { $0.split(separator: "\n").map(String.init) } }

    /// Waits until a line satisfying `match` arrives; returns it, or nil after `timeout`.
    public func waitFor(timeout: Duration = .seconds(20), _ match: (String) -> Bool) async -> String? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let line = lines.first(where: match) { return line }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }
}
