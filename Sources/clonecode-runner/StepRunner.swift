import CRunner
import SandboxProtocol
#if canImport(Glibc)
import Glibc
#endif

/// Runs one step of a job as the job's uid and watches it: standard input fed, output captured and
/// capped, progress lines on descriptor 3 counted, wall, idle and output limits enforced, and the
/// main process waited for through a pidfd (a background process that keeps a pipe open cannot
/// stall the runner).
struct StepRunner {
    let uid: uid_t
    let box: String
    /// Called with the number of answered tests (report lines) as they come, at most every 250 ms.
    var progress: (Int) -> Void = { _ in }

    static let environment = [
        "PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "PYTHONDONTWRITEBYTECODE=1",
    ]

    /// Runs `step`; `kill` kills every process of the uid (the runner itself cannot signal them).
    func run(_ step: RunnerStep, kill: () -> Void) -> RunnerStepResult {
        switch start(step.argv, limits: step.limits) {
        case .failure(let message):
            var result = RunnerStepResult()
            result.stderr = Array(message.message.utf8)
            return result
        case .success(let process):
            return watch(process, step: step, kill: kill)
        }
    }

    /// Starts `argv` as the uid in the box with `limits`; it waits for its standard input until
    /// `watch` feeds or closes it.
    func start(_ argv: [String], limits: RunnerLimits) -> Result<StepProcess, StartFailure> {
        // argv[0] is absolute, or "./name" for a program the job built in its box.
        guard var program = argv.first, program.hasPrefix("/") || program.hasPrefix("./") else { return .failure(StartFailure("")) }
        if program.hasPrefix("./") { program = box + "/" + program.dropFirst(2) }
        var argv = argv
        argv[0] = program
        var pipes = [[Int32]](repeating: [-1, -1], count: 4)  // stdin, stdout, stderr, progress
        defer { for fds in pipes { for fd in fds where fd >= 0 { close(fd) } } }
        for i in 0..<4 {
            var fds: [Int32] = [0, 0]
            guard cc_pipe(&fds) == 0 else { return .failure(StartFailure("")) }
            pipes[i] = fds
        }

        let env = Self.environment + ["HOME=\(box)", "TMPDIR=\(box)"]
        var spawnError: Int32 = 0
        let pid: pid_t = withCStrings(argv) { argv in
            withCStrings(env) { envp in
                box.withCString { dir in
                    var options = cc_spawn_options(
                        argv: argv, envp: envp, dir: dir, uid: uid,
                        stdin_fd: pipes[0][0], stdout_fd: pipes[1][1], stderr_fd: pipes[2][1], progress_fd: pipes[3][1],
                        cpu_seconds: UInt((limits.cpuMs + 999) / 1000), file_bytes: limits.fileBytes,
                        memory_bytes: limits.memoryBytes, stack_bytes: limits.stackBytes,
                        processes: UInt(limits.processes), nice: 10)
                    return cc_spawn(&options, &spawnError)
                }
            }
        }
        guard pid > 0 else { return .failure(StartFailure("cannot start \(program): \(String(cString: strerror(spawnError)))")) }
        // The child's ends belong to the child; the runner keeps the others.
        let kept = [pipes[0][1], pipes[1][0], pipes[2][0], pipes[3][0]]
        for i in 0..<4 { pipes[i][i == 0 ? 1 : 0] = -1 }
        return .success(StepProcess(pid: pid, fds: kept))
    }

    /// Feeds `step`'s standard input to `process` (closing it at its end, or at once when there is
    /// none) and watches the process to its end or to a limit. The clocks start here; CPU time used
    /// before (`process.cpuBeforeMs`, a standby's start) is not the step's.
    func watch(_ process: StepProcess, step: RunnerStep, kill: () -> Void) -> RunnerStepResult {
        var result = RunnerStepResult()
        result.ran = true
        let limits = step.limits
        let pid = process.pid
        let oomBefore = cc_oom_kills()
        let started = Clock.milliseconds()
        let pidfd = cc_pidfd_open(pid)
        defer { if pidfd >= 0 { close(pidfd) } }
        // The runner's ends: [0] writes standard input, [1...3] read output, error and progress.
        var pipes = process.fds.enumerated().map { $0.offset == 0 ? [-1, $0.element] : [$0.element, -1] }
        process.fds = []
        defer { for fds in pipes { for fd in fds where fd >= 0 { close(fd) } } }

        var stdinOffset = 0
        if step.stdin.isEmpty {
            close(pipes[0][1])
            pipes[0][1] = -1
        } else {
            _ = fcntl(pipes[0][1], F_SETFL, fcntl(pipes[0][1], F_GETFL) | O_NONBLOCK)
        }
        var lastProgress = started
        var answered = false
        var lastReport = started
        var reportedLines = 0
        var total: UInt64 = 0
        var exited = false
        var status: Int32 = 0
        var cpu = 0, rss = 0

        while !exited {
            let now = Clock.milliseconds()
            var deadline = started + Int(limits.wallMs)
            // Until the first line (the driver's "ready" once the solution is loaded, or an answer)
            // the idle limit covers the start (an interpreter, a VM); after it, `nextIdleMs` (a
            // test's limit and a little) when given.
            let idle = answered && limits.nextIdleMs > 0 ? limits.nextIdleMs : limits.idleMs
            if idle > 0 { deadline = min(deadline, lastProgress + Int(idle)) }
            if now >= deadline {
                if now >= started + Int(limits.wallMs) { result.timedOut = true } else { result.idleTimedOut = true }
                kill()
                break
            }
            var polls = [pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)]
            for i in 1..<4 where pipes[i][0] >= 0 { polls.append(pollfd(fd: pipes[i][0], events: Int16(POLLIN), revents: 0)) }
            if pipes[0][1] >= 0 { polls.append(pollfd(fd: pipes[0][1], events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&polls, nfds_t(polls.count), Int32(max(1, min(deadline - now, 1000))))
            if ready < 0 && errno != EINTR { break }
            for entry in polls where entry.revents != 0 {
                if entry.fd == pidfd {
                    exited = cc_wait(pid, 0, &status, &cpu, &rss) == 1
                } else if entry.fd == pipes[0][1] {
                    let n = step.stdin.withUnsafeBytes { write(entry.fd, $0.baseAddress! + stdinOffset, $0.count - stdinOffset) }
                    if n > 0 { stdinOffset += n }
                    if n < 0 && errno != EAGAIN || stdinOffset >= step.stdin.count {
                        close(pipes[0][1])
                        pipes[0][1] = -1
                    }
                } else if let index = (1..<4).first(where: { pipes[$0][0] == entry.fd }) {
                    let got = drain(entry.fd, into: &result, stream: index, total: &total, limit: limits.outputBytes,
                                    progressSeen: { lastProgress = Clock.milliseconds(); answered = true })
                    if !got {
                        close(pipes[index][0])
                        pipes[index][0] = -1
                    }
                    if total > limits.outputBytes {
                        result.outputExceeded = true
                        kill()
                    }
                    if index == 3, Clock.milliseconds() - lastReport >= 250 {
                        let lines = Self.answers(in: result.progress)
                        if lines > reportedLines {
                            reportedLines = lines
                            lastReport = Clock.milliseconds()
                            progress(lines)
                        }
                    }
                }
            }
            if result.outputExceeded { break }
        }
        if !exited {
            // Killed above: reap it.
            _ = cc_wait(pid, 5000, &status, &cpu, &rss)
        }
        // Whatever is already in the pipes, without waiting for writers that are still alive.
        for index in 1..<4 where pipes[index][0] >= 0 {
            _ = fcntl(pipes[index][0], F_SETFL, fcntl(pipes[index][0], F_GETFL) | O_NONBLOCK)
            _ = drain(pipes[index][0], into: &result, stream: index, total: &total, limit: limits.outputBytes, progressSeen: {})
        }
        if total > limits.outputBytes { result.outputExceeded = true }
        result.wallMs = UInt32(clamping: Clock.milliseconds() - started)
        result.cpuMs = UInt32(clamping: max(0, cpu - process.cpuBeforeMs))
        result.maxRssKb = UInt64(max(0, rss))
        if status & 0x7f == 0 {
            result.exitCode = (status >> 8) & 0xff
        } else {
            result.signal = status & 0x7f
            if result.signal == SIGXCPU { result.timedOut = true }
        }
        let oomAfter = cc_oom_kills()
        result.oomKilled = oomBefore >= 0 && oomAfter > oomBefore
        return result
    }

    /// The answers on the progress descriptor so far: its lines but empty ones (the driver's "ready",
    /// sent once its solution is loaded, is an empty line).
    static func answers(in progress: [UInt8]) -> Int {
        var count = 0
        var previous = UInt8(ascii: "\n")
        for byte in progress {
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\n") { count += 1 }
            previous = byte
        }
        return count
    }

    /// Reads what is available; false at end of file.
    private func drain(_ fd: Int32, into result: inout RunnerStepResult, stream: Int, total: inout UInt64, limit: UInt64,
                       progressSeen: () -> Void) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return true }  // EAGAIN
            if n == 0 { return false }
            total += UInt64(n)
            let room = Int(max(0, Int64(limit) + 1 - Int64(total) + Int64(n)))
            let chunk = buffer[0..<min(n, room)]
            switch stream {
            case 1: result.stdout += chunk
            case 2: result.stderr += chunk
            default:
                result.progress += chunk
                if chunk.contains(UInt8(ascii: "\n")) { progressSeen() }
            }
            if total > limit || n < buffer.count { return true }
        }
    }
}

/// Why a step's process could not start ("" when the runner could not make its pipes).
struct StartFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// A step's process, started: its pid and the runner's ends of its pipes (standard input's write
/// end, then the read ends of output, error and progress), closed when it goes unless `watch` took
/// them.
final class StepProcess {
    let pid: pid_t
    var fds: [Int32]
    /// CPU time it had used before its step began (a standby's start).
    var cpuBeforeMs = 0

    init(pid: pid_t, fds: [Int32]) {
        self.pid = pid
        self.fds = fds
    }

    /// Kills every process of `uid`, this one among them, and reaps this one.
    func kill(asUID uid: UInt32) { killEverything(of: uid, reaping: pid, within: 5000) }

    deinit { for fd in fds where fd >= 0 { close(fd) } }
}

/// Kills every process of `uid` through a killer of that uid (the runner cannot signal them) and
/// waits up to `milliseconds` to reap `pid`, the runner's own child among them.
func killEverything(of uid: UInt32, reaping pid: pid_t, within milliseconds: Int32) {
    var trigger: Int32 = -1
    let killer = cc_arm_killer(uid, &trigger)
    if killer > 0 { _ = cc_fire_killer(killer, trigger) }
    var status: Int32 = 0
    var cpu = 0, rss = 0
    _ = cc_wait(pid, milliseconds, &status, &cpu, &rss)
}

/// Monotonic milliseconds.
enum Clock {
    static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}

/// Calls `body` with a NULL-terminated array of C strings.
func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { UnsafePointer($0) } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
