import CRunner
import SandboxProtocol
#if canImport(Glibc)
import Glibc
#endif

/// A run started before its job (`RunnerStep.standby`): once a job of a language that declares one
/// is done, its VM is started again for the next job, as that job's uid, in that job's new and
/// empty box, with the run's limits. It loads and warms up its driver, then waits for its standard
/// input to close, which is the job's go: the job's files are in the box by then, and the clocks
/// start there, so the job does not wait for the VM to start.
///
/// It serves one job at most, and only one whose run it was started for (the same command and
/// limits) and in whose box nothing runs before it: a job that compiles in its box ends its
/// compile by killing every process of the uid. Any other job has it killed and its box removed
/// first, and is then run as if there were none. No job's code or data reaches it before its own
/// job's, so it is as fresh as a process started for that job.
///
/// Used by the runner's one thread only.
final class Standby {
    let uid: UInt32
    let box: String
    /// The command it runs (the step's `standby`).
    let command: [String]
    let limits: RunnerLimits
    private var process: StepProcess?

    /// The CPU limit it starts with, in seconds (no run is allowed more), lowered to its job's own
    /// when the job takes it.
    static let cpuSecondsAtStart: UInt32 = 62

    private init(uid: UInt32, box: String, command: [String], limits: RunnerLimits, process: StepProcess) {
        self.uid = uid
        self.box = box
        self.command = command
        self.limits = limits
        self.process = process
    }

    /// Starts the standby of `step` for the next job, which will run as `uid`; nil when the step
    /// has none, the uid still owns something, or it cannot start.
    static func start(for step: RunnerStep, uid: UInt32) -> Standby? {
        guard !step.standby.isEmpty, cc_leftovers(uid) == 0 else { return nil }
        let box = "/box/j0-\(FileIO.randomHex(12))"
        guard JobRunner.prepare(uid: uid, box: box, files: [], existing: false) == 0 else {
            _ = cc_clean(uid, box)
            return nil
        }
        var limits = step.limits
        limits.cpuMs = cpuSecondsAtStart * 1000
        guard case .success(let process) = StepRunner(uid: uid, box: box).start(step.standby, limits: limits) else {
            _ = cc_clean(uid, box)
            return nil
        }
        return Standby(uid: uid, box: box, command: step.standby, limits: step.limits, process: process)
    }

    /// The process for `job`, which runs as `uid` and, with `compilesInBox`, compiles in its box
    /// first; nil when it cannot take it (then it is gone: killed, its box removed).
    func take(for job: RunnerJob, uid: UInt32, compilesInBox: Bool) -> StepProcess? {
        let run = job.run
        guard let process, uid == self.uid, !compilesInBox, job.inputs.isEmpty, run.standby == command,
              run.limits.fileBytes == limits.fileBytes, run.limits.memoryBytes == limits.memoryBytes,
              run.limits.stackBytes == limits.stackBytes, run.limits.processes == limits.processes
        else {
            discard()
            return nil
        }
        // Warmed up (its empty line on descriptor 3, read here, before the job's clocks start),
        // still waiting, and its CPU limit lowered to the run's and what it has used already.
        guard Self.readyLine(from: process.fds[3], within: Self.readyWithinMs) else {
            discard()
            return nil
        }
        var status: Int32 = 0
        var cpu = 0, rss = 0
        let used = cc_cpu_ms(process.pid)
        let seconds = (Int(run.limits.cpuMs) + 999) / 1000 + (used + 999) / 1000
        guard cc_wait(process.pid, 0, &status, &cpu, &rss) == 0, used >= 0, seconds <= Int(Self.cpuSecondsAtStart),
              cc_limit_cpu(uid, process.pid, UInt(seconds)) == 0
        else {
            discard()
            return nil
        }
        process.cpuBeforeMs = used
        self.process = nil
        return process
    }

    /// How long a job waits for its standby to be warmed up before it starts a VM of its own.
    static let readyWithinMs = 3000

    /// Whether the standby's first output on `fd` is its empty line, within `milliseconds`.
    private static func readyLine(from fd: Int32, within milliseconds: Int) -> Bool {
        let deadline = Clock.milliseconds() + milliseconds
        while true {
            var poll = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let left = deadline - Clock.milliseconds()
            guard left > 0 else { return false }
            let ready = Glibc.poll(&poll, 1, Int32(left))
            if ready < 0 && errno == EINTR { continue }
            guard ready == 1 else { return false }
            var byte: UInt8 = 0
            let n = read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            return n == 1 && byte == UInt8(ascii: "\n")
        }
    }

    /// Kills it and removes its box.
    func discard() {
        guard let process else { return }
        self.process = nil
        process.kill(asUID: uid)
        _ = cc_clean(uid, box)
    }
}
