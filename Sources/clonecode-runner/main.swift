// clonecode-runner: the trusted program inside every sandbox container. It reads jobs on its
// standard input, runs each as a uid of its own in a fresh box, and answers on its standard output.
// It runs as root with only CAP_SETUID and CAP_SETGID; see docs/SANDBOX.md.

import CRunner
import SandboxProtocol
#if canImport(Glibc)
import Glibc
#endif

/// Uids for jobs: `--uid-base N --uids K` (defaults 1200000 and 16), used in turn (a standby takes
/// the next job's); the compile servers take the four after them. The compile cache: `--compile-cache DIR --compile-cache-mb N`
/// (none by default).
var arguments = CommandLine.arguments.dropFirst()
var uidBase: UInt32 = 1_200_000
var uidCount: UInt32 = 16
var cacheDirectory: String?
var cacheMB = 0
while let flag = arguments.popFirst(), let value = arguments.popFirst() {
    switch flag {
    case "--uid-base": uidBase = UInt32(value) ?? uidBase
    case "--uids": uidCount = max(1, UInt32(value) ?? uidCount)
    case "--compile-cache": cacheDirectory = value
    case "--compile-cache-mb": cacheMB = Int(value) ?? 0
    default: break
    }
}
signal(SIGPIPE, SIG_IGN)
umask(0o077)

FrameIO.write(RunnerResult(id: 0, version: RunnerVersion.current))
var next: UInt32 = 0
var kept = KeptFiles()
let cache = cacheDirectory.flatMap { CompileCache(directory: $0, maxBytes: cacheMB << 20) }
let servers = CompileServers(uidBase: uidBase + uidCount, uidCount: 4)
var standby: Standby?
while true {
    let job: RunnerJob
    do {
        guard let read = try FrameIO.read(RunnerJob.self) else { exit(0) }
        job = read
    } catch {
        FrameIO.write(RunnerResult(id: 0, clean: false, error: "unreadable job: \(error)"))
        exit(2)
    }
    switch kept.resolve(job.files) {
    case .failure(let missing):
        FrameIO.write(RunnerResult.notKept(id: job.id, key: missing.key))
    case .success(let files):
        var job = job
        job.files = files
        let uid = uidBase + next % uidCount
        next &+= 1
        FrameIO.write(JobRunner(uid: uid, cache: cache, servers: servers).run(job, standby: standby))
        // The next job of the same kind will not wait for its VM to start.
        standby = job.inputs.isEmpty ? Standby.start(for: job.run, uid: uidBase + next % uidCount) : nil
    }
}
