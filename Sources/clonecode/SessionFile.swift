import Foundation

/// Where the CLI keeps the signed-in person's token: one line in a file only its owner can read
/// (mode 0600, in a folder of mode 0700). `--session-file` or $CLONECODE_SESSION_FILE name it;
/// else it is `$XDG_CONFIG_HOME/clonecode/session` (`~/.config/clonecode/session`). A script may
/// put a personal token (`clonecode tokens create`) in a file of its own and name that file.
struct SessionFile {
    let path: String

    init(_ path: String?) {
        let environment = ProcessInfo.processInfo.environment
        if let path = path ?? environment["CLONECODE_SESSION_FILE"], !path.isEmpty {
            self.path = path
        } else {
            let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? "\(environment["HOME"] ?? NSHomeDirectory())/.config"
            self.path = "\(config)/clonecode/session"
        }
    }

    /// The stored token, or "" when there is none.
    func read() -> String {
        (try? readSecret(path)) ?? ""
    }

    /// Stores `token`, readable by this user only, replacing the file as one step.
    func write(_ token: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch { throw CLIError("cannot make \(folder): \(error.localizedDescription)") }
        let temporary = "\(path).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CLIError("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let bytes = Array((token + "\n").utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Forgets the stored token.
    func remove() {
        unlink(path)
    }
}
