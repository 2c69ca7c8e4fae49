import CRunner
import SandboxProtocol
#if canImport(Glibc)
import Glibc
#endif

/// Compiled programs kept on disk for later jobs with the same source: a directory shared by the
/// runners of every slot (one volume, mounted in each container), written and read by runners
/// only. The directory is root's with mode 0700, so no job's uid can list, read or change it; a
/// job only ever gets a copy in its own box. An entry is written whole under a temporary name and
/// then renamed, so a reader sees all of it or nothing; the least recently used go first when the
/// directory passes `maxBytes`.
struct CompileCache {
    let directory: String
    let maxBytes: Int
    /// The most a compile may leave in its box to be kept.
    static let maxEntry = 64 << 20

    /// Nil when the directory cannot be made private (the runner then compiles every time).
    init?(directory: String, maxBytes: Int) {
        guard maxBytes > 0 else { return nil }
        _ = mkdir(directory, 0o700)
        var info = stat()
        guard lstat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == 0,
              chmod(directory, 0o700) == 0 else { return nil }
        self.directory = directory
        self.maxBytes = maxBytes
    }

    /// The key of a job's compile: SHA-256 of the runner's version, the compile's argv and every
    /// file but the data files (path, mode and content). Nil for a job without a compile step.
    static func key(of job: RunnerJob) -> String? {
        guard let compile = job.compile else { return nil }
        var bytes: [UInt8] = []
        func add(_ part: [UInt8]) {
            let count = UInt64(part.count)
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: count >> UInt64(shift))) }
            bytes += part
        }
        add(Array(RunnerVersion.current.utf8))
        for argument in compile.argv { add(Array(argument.utf8)) }
        for file in job.files where !file.data {
            add(Array(file.path.utf8))
            add(file.executable ? [1] : [0])
            add(file.content)
        }
        var digest = [UInt8](repeating: 0, count: 32)
        cc_sha256(bytes, bytes.count, &digest)
        return FileIO.hex(digest)
    }

    /// The entry of `key`, marked as just used; nil when there is none (or it is unreadable, and
    /// then it is removed).
    func lookup(_ key: String) -> RunnerCompiled? {
        let path = "\(directory)/\(key)"
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let bytes = Self.readAll(fd), let entry = try? RunnerCompiled(wire: bytes), entry.compile != nil else {
            unlink(path)
            return nil
        }
        _ = futimens(fd, nil)  // last used: now
        return entry
    }

    /// Keeps `entry` under `key`, then trims the directory to its size. Failures (a full disk) only
    /// mean that the next job with this source compiles again.
    func store(_ key: String, _ entry: RunnerCompiled) {
        let bytes = entry.wireBytes()
        guard bytes.count <= Self.maxEntry, bytes.count <= maxBytes else { return }
        let temporary = "\(directory)/.\(key).\(FileIO.randomHex(8))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let written = FileIO.write(fd, bytes)
        guard close(fd) == 0, written, rename(temporary, "\(directory)/\(key)") == 0 else {
            unlink(temporary)
            return
        }
        trim()
    }

    /// What a compile left in the box (every regular file but `skipping`), read as the job's uid;
    /// nil when it is more than an entry may hold or cannot be read.
    static func collect(uid: UInt32, box: String, skipping: [String]) -> [RunnerFile]? {
        let fd = cc_memfd()
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let failed = withCStrings(skipping) { skip in
            cc_collect_box(uid, box, fd, Int32(skipping.count), skip, maxEntry)
        }
        guard failed == 0, lseek(fd, 0, SEEK_SET) == 0, let bytes = readAll(fd) else { return nil }
        var files: [RunnerFile] = []
        var offset = 0
        while offset < bytes.count {
            guard offset + 11 <= bytes.count else { return nil }
            let pathLength = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            let executable = bytes[offset + 2] != 0
            let size = bytes[(offset + 3)..<(offset + 11)].reduce(0) { $0 << 8 | Int($1) }
            offset += 11
            guard pathLength > 0, size >= 0, offset + pathLength + size <= bytes.count else { return nil }
            let path = String(decoding: bytes[offset..<(offset + pathLength)], as: UTF8.self)
            offset += pathLength
            files.append(RunnerFile(path: path, content: Array(bytes[offset..<(offset + size)]), executable: executable))
            offset += size
        }
        return files
    }

    /// Removes the least recently used entries (and temporary files left by a runner that died)
    /// until the directory holds at most `maxBytes`.
    private func trim() {
        guard let listing = opendir(directory) else { return }
        var entries: [(name: String, size: Int, used: Int)] = []  // used: nanoseconds
        var total = 0
        let fd = dirfd(listing)
        while let entry = readdir(listing) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            let size = Int(info.st_blocks) * 512
            total += size
            entries.append((name, size, info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec))
        }
        closedir(listing)
        guard total > maxBytes else { return }
        let now = Int(time(nil)) * 1_000_000_000
        for entry in entries.sorted(by: { $0.used < $1.used }) where total > maxBytes {
            // A temporary file younger than a minute may be another runner's write in progress.
            if entry.name.hasPrefix("."), now - entry.used < 60_000_000_000 { continue }
            if unlink("\(directory)/\(entry.name)") == 0 { total -= entry.size }
        }
    }

    /// A regular file's whole content, from its start.
    private static func readAll(_ fd: Int32) -> [UInt8]? {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= maxEntry * 2 else { return nil }
        return FileIO.read(fd, count: Int(info.st_size))
    }
}
