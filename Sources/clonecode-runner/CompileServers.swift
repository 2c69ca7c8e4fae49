import CRunner
import SandboxProtocol
#if canImport(Glibc)
import Glibc
#endif

/// The container's resident compile servers (`RunnerStep.server`): a JVM compiler kept warm
/// between jobs, one process per command, started on its language's first compile and used once
/// its warm-up is done. Each runs as a uid of its own (never a job's), at the lowest priority (nice
/// 19, below the jobs' 10: its JIT's work after a compile does not slow the program that runs
/// next), in a private directory of /box; jobs
/// cannot signal, trace or read it, and it sees only what the runner sends it. A compile is one
/// request (the compile's argv and the job's files but its data) and one answer (exit code, output,
/// the files the compile left); see runtime/java/CcCompileServer.java. A server that fails, stalls
/// or answers nonsense is killed; the job then compiles in its box as if there were no server.
///
/// Used by the runner's one thread only.
final class CompileServers {
    private struct Server {
        let pid: pid_t
        let uid: UInt32
        let box: String
        let input: Int32   // the server's standard input
        let output: Int32  // its standard output
        /// Its warm-up is done (it said READY): compiles go to it.
        var ready = false
    }

    /// The rounds of a new server's warm-up, which compiles the language's first job again and
    /// again (each time in a fresh compiler; the results are dropped) while that job and the next
    /// ones compile in their boxes; a cold server's compile would be slower than the box's.
    static let warmUpRounds: Int32 = 12
    /// What a server says when its warm-up is done ("CCRY").
    static let ready: [UInt8] = [0x43, 0x43, 0x52, 0x59]

    private var servers: [[String]: Server] = [:]
    /// Commands whose server failed to start, or failed three times (a timeout is the compile's,
    /// not a failure): not tried again in this container.
    private var broken: Set<[String]> = []
    private var failures: [[String]: Int] = [:]
    private let uidBase: UInt32
    private let uidCount: UInt32

    /// Servers take the uids `uidBase ..< uidBase + uidCount`, one per command, at most that many.
    init(uidBase: UInt32, uidCount: UInt32) {
        self.uidBase = uidBase
        self.uidCount = uidCount
    }

    /// The answer to `step` from its server, with the files the compile left; nil when there is
    /// no server for it or the server could not answer (then the job compiles in its box).
    func compile(_ step: RunnerStep, files: [RunnerFile]) -> (result: RunnerStepResult, files: [RunnerFile])? {
        guard !step.server.isEmpty, !broken.contains(step.server) else { return nil }
        guard let server = servers[step.server] else {
            start(step.server, warmingUpWith: Self.request(step, files: files, rounds: Self.warmUpRounds))
            return nil
        }
        guard server.ready || becameReady(step.server) else { return nil }
        let request = Self.request(step, files: files, rounds: 0)
        let started = Clock.milliseconds()
        let deadline = started + Int(step.limits.wallMs)
        var result = RunnerStepResult()
        result.ran = true
        result.warm = true
        guard Self.send(request, to: server.input, before: deadline) else { return stop(step.server, timedOut: Clock.milliseconds() >= deadline) }
        var answer: [UInt8] = []
        var parsed: (code: Int32, output: [UInt8], files: [RunnerFile])?
        while parsed == nil {
            guard let more = Self.receive(from: server.output, before: deadline), answer.count + more.count <= CompileCache.maxEntry * 2 else {
                return stop(step.server, timedOut: Clock.milliseconds() >= deadline)
            }
            answer += more
            switch Self.parse(answer) {
            case .incomplete: continue
            case .invalid: return stop(step.server, timedOut: false)
            case .complete(let code, let output, let files): parsed = (code, output, files)
            }
        }
        guard let parsed, parsed.code >= 0 else { return nil }
        result.exitCode = parsed.code
        result.stdout = Array(parsed.output.prefix(Int(clamping: step.limits.outputBytes)))
        result.outputExceeded = UInt64(parsed.output.count) > step.limits.outputBytes
        result.wallMs = UInt32(clamping: Clock.milliseconds() - started)
        return (result, parsed.files)
    }

    /// Kills the server of `command`; a compile that ran out of time is answered as timed out (the
    /// same compile in the box would not be faster), any other failure by the box.
    private func stop(_ command: [String], timedOut: Bool) -> (result: RunnerStepResult, files: [RunnerFile])? {
        if let server = servers.removeValue(forKey: command) { kill(server) }
        guard timedOut else {
            failures[command, default: 0] += 1
            if failures[command, default: 0] >= 3 { broken.insert(command) }
            return nil
        }
        var result = RunnerStepResult()
        result.ran = true
        result.warm = true
        result.timedOut = true
        return (result, [])
    }

    /// Starts the server of `command` and sends it its warm-up.
    private func start(_ command: [String], warmingUpWith request: [UInt8]) {
        let used = Set(servers.values.map(\.uid))
        guard let uid = (uidBase..<(uidBase + uidCount)).first(where: { !used.contains($0) }), cc_leftovers(uid) == 0 else { return }
        let box = "/box/s\(uid)-\(FileIO.randomHex(12))"
        let made = box.withCString { cc_prepare_box(uid, $0, 0, 0, nil, nil, nil, nil) }
        guard made == 0 else { return }
        guard let server = spawn(command, uid: uid, box: box) else {
            broken.insert(command)
            _ = cc_clean(uid, box)
            return
        }
        servers[command] = server
        if !Self.send(request, to: server.input, before: Clock.milliseconds() + 1000) { _ = stop(command, timedOut: false) }
    }

    /// Whether the server of `command` has said READY since it was last asked (without waiting).
    private func becameReady(_ command: [String]) -> Bool {
        guard let server = servers[command] else { return false }
        var entry = pollfd(fd: server.output, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 0) > 0 else { return false }
        var said: [UInt8] = []
        let deadline = Clock.milliseconds() + 100
        while said.count < Self.ready.count, let more = Self.receive(from: server.output, before: deadline, atMost: Self.ready.count - said.count) {
            said += more
        }
        guard said == Self.ready else {
            _ = stop(command, timedOut: false)
            return false
        }
        servers[command]?.ready = true
        return true
    }

    private static func request(_ step: RunnerStep, files: [RunnerFile], rounds: Int32) -> [UInt8] {
        var request: [UInt8] = []
        append(rounds, to: &request)
        append(Int32(step.argv.count), to: &request)
        for argument in step.argv { append(Array(argument.utf8), to: &request) }
        let sources = files.filter { !$0.data }
        append(Int32(sources.count), to: &request)
        for file in sources {
            append(Array(file.path.utf8), to: &request)
            append(file.content, to: &request)
        }
        return request
    }

    private func spawn(_ command: [String], uid: UInt32, box: String) -> Server? {
        guard command[0].hasPrefix("/") else { return nil }
        var input: [Int32] = [-1, -1], output: [Int32] = [-1, -1]
        guard cc_pipe(&input) == 0 else { return nil }
        guard cc_pipe(&output) == 0 else { close(input[0]); close(input[1]); return nil }
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { close(input[0]); close(output[1]); if null >= 0 { close(null) } }
        let environment = StepRunner.environment + ["HOME=\(box)", "TMPDIR=\(box)"]
        var error: Int32 = 0
        let pid: pid_t = withCStrings(command) { argv in
            withCStrings(environment) { envp in
                box.withCString { dir in
                    var options = cc_spawn_options(
                        argv: argv, envp: envp, dir: dir, uid: uid,
                        stdin_fd: input[0], stdout_fd: output[1], stderr_fd: null, progress_fd: null,
                        cpu_seconds: 0, file_bytes: UInt64(CompileCache.maxEntry), memory_bytes: 0, stack_bytes: 0,
                        processes: 256, nice: 19)
                    return cc_spawn(&options, &error)
                }
            }
        }
        guard null >= 0, pid > 0 else { close(input[1]); close(output[0]); return nil }
        for fd in [input[1], output[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        return Server(pid: pid, uid: uid, box: box, input: input[1], output: output[0])
    }

    /// Kills every process of the server's uid (the runner cannot signal another uid itself),
    /// reaps the server and removes its directory.
    private func kill(_ server: Server) {
        close(server.input)
        close(server.output)
        killEverything(of: server.uid, reaping: server.pid, within: 1000)
        _ = cc_clean(server.uid, server.box)
    }

    // MARK: - The wire: 4-byte big-endian integers; strings and contents after their length.

    private static func append(_ value: Int32, to bytes: inout [UInt8]) {
        let bits = UInt32(bitPattern: value)
        bytes += [UInt8(bits >> 24), UInt8(bits >> 16 & 0xff), UInt8(bits >> 8 & 0xff), UInt8(bits & 0xff)]
    }

    private static func append(_ part: [UInt8], to bytes: inout [UInt8]) {
        append(Int32(part.count), to: &bytes)
        bytes += part
    }

    private enum Parsed {
        case incomplete, invalid
        case complete(code: Int32, output: [UInt8], files: [RunnerFile])
    }

    /// The answer in `bytes`, if all of it has come.
    private static func parse(_ bytes: [UInt8]) -> Parsed {
        var offset = 0
        func integer() -> Int32? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            return Int32(bitPattern: bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) })
        }
        func part() -> [UInt8]?? {
            guard let length = integer() else { return .some(nil) }
            guard length >= 0 else { return nil }
            guard offset + Int(length) <= bytes.count else { return .some(nil) }
            defer { offset += Int(length) }
            return .some(Array(bytes[offset..<(offset + Int(length))]))
        }
        guard let code = integer() else { return .incomplete }
        guard let output = part() else { return .invalid }
        guard let output else { return .incomplete }
        guard let count = integer() else { return .incomplete }
        guard count >= 0 else { return .invalid }
        var files: [RunnerFile] = []
        for _ in 0..<count {
            guard let path = part(), let content = part() else { return .invalid }
            guard let path, let content else { return .incomplete }
            let name = String(decoding: path, as: UTF8.self)
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            guard !name.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return .invalid }
            files.append(RunnerFile(path: name, content: content))
        }
        return offset == bytes.count ? .complete(code: code, output: output, files: files) : .invalid
    }

    /// Writes all of `bytes` to a non-blocking descriptor; false at the deadline or on an error.
    private static func send(_ bytes: [UInt8], to fd: Int32, before deadline: Int) -> Bool {
        var offset = 0
        while offset < bytes.count {
            guard wait(fd, for: Int16(POLLOUT), before: deadline) else { return false }
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// What a non-blocking descriptor has now (waiting for some until the deadline); nil at the
    /// deadline, at end of file or on an error.
    private static func receive(from fd: Int32, before deadline: Int, atMost: Int = 1 << 16) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: atMost)
        while true {
            guard wait(fd, for: Int16(POLLIN), before: deadline) else { return nil }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if n <= 0 { return nil }
            return Array(buffer.prefix(n))
        }
    }

    private static func wait(_ fd: Int32, for events: Int16, before deadline: Int) -> Bool {
        while true {
            let left = deadline - Clock.milliseconds()
            guard left > 0 else { return false }
            var entry = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&entry, 1, Int32(clamping: left))
            if ready < 0 && errno == EINTR { continue }
            return ready > 0
        }
    }
}
