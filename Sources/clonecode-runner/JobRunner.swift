import CRunner
import SandboxProtocol
#if canImport(Glibc)
import Glibc
#endif

/// One job: a fresh box, the steps, then everything of the job's uid killed and removed. A compile
/// whose key the compile cache holds does not run: its outputs are copied into the box instead; nor
/// does one that the language's compile server answers (its outputs are copied likewise). A run
/// whose standby (Standby) was started for this job goes on in the standby's box.
struct JobRunner {
    let uid: UInt32
    var cache: CompileCache?
    var servers: CompileServers?

    func run(_ job: RunnerJob, standby: Standby? = nil) -> RunnerResult {
        var result = RunnerResult(id: job.id)
        let key = cache == nil ? nil : CompileCache.key(of: job)
        var files = job.files
        let cached = key.flatMap { cache?.lookup($0) }
        let served = cached == nil ? job.compile.flatMap { servers?.compile($0, files: job.files) } : nil
        let started = standby?.take(for: job, uid: uid, compilesInBox: job.compile != nil && cached == nil && served == nil)
        let box = (started == nil ? nil : standby?.box) ?? "/box/j\(job.id)-\(FileIO.randomHex(12))"
        // Fail closed: a uid that still has something (but its standby) is not used.
        guard started != nil || cc_leftovers(uid) == 0 else {
            result.clean = false
            result.error = "uid \(uid) still owns processes or files"
            return result
        }
        if let outputs = cached?.files ?? served?.files {
            // The kept files replace those of the same path (sources a compile rewrote).
            let paths = Set(outputs.map(\.path))
            files = files.filter { !paths.contains($0.path) } + outputs
        }
        let prepared = Self.prepare(uid: uid, box: box, files: files, existing: started != nil)
        guard prepared == 0 else {
            result.error = "cannot prepare the box: \(String(cString: strerror(prepared)))"
            started?.kill(asUID: uid)
            result.clean = finish(box: box)
            return result
        }
        var steps = StepRunner(uid: uid, box: box)
        steps.progress = { done in FrameIO.write(RunnerResult(id: job.id, partial: true, testsDone: done)) }
        var compileOK = true
        if var outcome = cached?.compile {
            outcome.cached = true
            outcome.warm = false
            outcome.wallMs = 0
            outcome.cpuMs = 0
            result.compile = outcome
        } else if let served {
            compileOK = Self.succeeded(served.result)
            result.compile = served.result
            if compileOK, let key, let cache {
                cache.store(key, RunnerCompiled(files: served.files, compile: served.result))
            }
        } else if let compile = job.compile {
            let outcome = withKiller { kill in steps.run(compile, kill: kill) }
            compileOK = Self.succeeded(outcome)
            result.compile = outcome
            // Kept as the compile left it, before the program runs (and could change it).
            if compileOK, let key, let cache,
               let outputs = CompileCache.collect(uid: uid, box: box, skipping: job.files.filter(\.data).map(\.path)) {
                cache.store(key, RunnerCompiled(files: outputs, compile: outcome))
            }
        }
        if compileOK && job.inputs.isEmpty, let started {
            result.run = withKiller { kill in steps.watch(started, step: job.run, kill: kill) }
            result.run?.standby = true
        } else if let started {
            // Its compile failed: the standby's process is not run.
            started.kill(asUID: uid)
        } else if compileOK && job.inputs.isEmpty {
            result.run = withKiller { kill in steps.run(job.run, kill: kill) }
        } else if compileOK {
            // A program question: the program once per test, each with its own input; a failed
            // run ends the job (its verdict is decided there), a wrong output does not (only the
            // worker knows the expected outputs).
            steps.progress = { _ in }
            for (index, input) in job.inputs.enumerated() {
                var step = job.run
                step.stdin = input
                let outcome = withKiller { kill in steps.run(step, kill: kill) }
                result.runs.append(outcome)
                FrameIO.write(RunnerResult(id: job.id, partial: true, testsDone: index + 1))
                if !outcome.ran || outcome.exitCode != 0 || outcome.signal != 0 || outcome.timedOut || outcome.idleTimedOut
                    || outcome.outputExceeded || outcome.oomKilled { break }
            }
        }
        steps.progress = { _ in }
        result.clean = finish(box: box)
        return result
    }

    private static func succeeded(_ compile: RunnerStepResult) -> Bool {
        compile.ran && compile.exitCode == 0 && compile.signal == 0 && !compile.timedOut
    }

    /// Runs `body` with a killer armed beforehand, which `body` fires to stop the step at a limit
    /// and which is fired afterwards in any case (once), so no process of the uid outlives the
    /// step, however many it forked.
    private func withKiller(_ body: (_ kill: () -> Void) -> RunnerStepResult) -> RunnerStepResult {
        var trigger: Int32 = -1
        let killer = cc_arm_killer(uid, &trigger)
        var fired = false
        func fire() {
            guard !fired, killer > 0 else { return }
            fired = true
            _ = cc_fire_killer(killer, trigger)
        }
        let result = body(fire)
        fire()
        return result
    }

    /// Removes what the job wrote; true when nothing of its uid is left. Killed processes may
    /// linger a moment as zombies until the container's init reaps them: allow it 100 ms.
    private func finish(box: String) -> Bool {
        _ = cc_clean(uid, box)
        for _ in 0..<50 {
            if cc_leftovers(uid) == 0 { return true }
            var pause = timespec(tv_sec: 0, tv_nsec: 2_000_000)
            nanosleep(&pause, nil)
        }
        cc_report_leftovers(1)
        _ = cc_leftovers(uid)
        cc_report_leftovers(0)
        return false
    }

    /// Makes the box as `uid` (or, with `existing`, takes the one a standby made) and writes `files` into it.
    static func prepare(uid: UInt32, box: String, files: [RunnerFile], existing: Bool) -> Int32 {
        let names = files.map(\.path)
        let contents = files.map(\.content)
        return withCStrings(names) { namePointers in
            let buffers = contents.map { bytes -> UnsafeMutablePointer<UInt8> in
                let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
                buffer.initialize(from: bytes, count: bytes.count)
                return buffer
            }
            defer { buffers.forEach { $0.deallocate() } }
            let pointers: [UnsafePointer<UInt8>?] = buffers.map { UnsafePointer($0) }
            let lengths = contents.map(\.count)
            let executable: [Int32] = files.map { $0.executable ? 1 : 0 }
            return box.withCString { boxPath in
                cc_prepare_box(uid, boxPath, existing ? 1 : 0, Int32(files.count), namePointers, pointers, lengths, executable)
            }
        }
    }
}
