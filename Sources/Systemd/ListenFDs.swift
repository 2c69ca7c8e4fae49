internal import CSystemd
import Foundation

/// Sockets passed in by the service manager (socket activation, sd_listen_fds_with_names).
public enum ListenFDs {
    /// A passed socket and its FileDescriptorName.
    public struct Socket: Sendable, Equatable {
        public var descriptor: Int32
        public var name: String
        /// True for an AF_UNIX socket, false for TCP.
        public var isUnix: Bool
    }

    /// Takes the passed sockets (and clears LISTEN_* from the environment). Empty when none were passed.
    public static func take() -> [Socket] {
        var names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = sd_listen_fds_with_names(1, &names)
        guard count > 0 else { return [] }
        defer {
            for i in 0..<Int(count) { free(names?[i]) }
            free(names)
        }
        return (0..<count).map { i in
            let fd = SD_LISTEN_FDS_START + i
            let name = names?[Int(i)].map { String(cString: $0) } ?? "unknown"
            return Socket(descriptor: fd, name: name, isUnix: sd_is_socket_unix(fd, Int32(SOCK_STREAM.rawValue), 1, nil, 0) > 0)
        }
    }
}
