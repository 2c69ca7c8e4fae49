import Docker
import Foundation
import Judge
import Logging
import Model
import Sandbox
import SandboxProtocol
import Testing

/// Programs that try to break the judge or each other. Each gets its verdict, and the slot judges
/// a correct solution correctly right after it.
@Suite("hostile programs", .serialized)
struct HostileTests {
    static let correct = """
        class Solution:
            def twoSum(self, nums, target):
                seen = {}
                for i, v in enumerate(nums):
                    if target - v in seen:
                        return [seen[target - v], i]
                    seen[v] = i
        """

    /// A two-sum whose body is `body` (indented by the caller's lines).
    static func solution(_ body: String, prefix: String = "") -> String {
        prefix + "class Solution:\n    def twoSum(self, nums, target):\n" + body.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n") + "\n"
    }

    static func check(_ source: String, is verdict: Verdict, slot: Slot, _ also: ((Outcome, RunnerResult) -> Void)? = nil) async throws {
        let started = ContinuousClock.now
        let (outcome, result) = try await SandboxTests.judge(source, in: slot)
        #expect(outcome.verdict == verdict, "\(source)\n→ \(outcome)")
        also?(outcome, result)
        #expect(ContinuousClock.now - started < .seconds(30))
        let (next, _) = try await SandboxTests.judge(correct, in: slot)
        #expect(next.verdict == .accepted, "the slot did not judge the next submission right: \(next)")
    }

    @Test func anInfiniteLoopIsTimeLimitExceeded() async throws {
        let slot = try await SandboxTests.slot()
        try await Self.check(Self.solution("while True:\n    pass"), is: .timeLimitExceeded, slot: slot) { _, result in
            // The runner stopped it at the limit (as the job's uid: it cannot signal other uids) and
            // nothing of the job was left for the container's replacement to clean up.
            #expect(result.clean, "\(result)")
            // The driver said "ready" once the solution was loaded, so the loop in the first test got
            // the test's limit (1 s) and a second from there, not the start's allowance (2 s) too.
            #expect(result.run?.progress.first == UInt8(ascii: "\n") && result.run?.idleTimedOut == true, "\(result)")
            #expect((result.run?.wallMs ?? 0) < 2600, "stopped \(result.run?.wallMs ?? 0) ms after the start")
        }
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func sleepingIsTimeLimitExceeded() async throws {
        let slot = try await SandboxTests.slot()
        try await Self.check(Self.solution("import time\ntime.sleep(100)"), is: .timeLimitExceeded, slot: slot) { _, result in
            // The runner stopped it at the limit (as the job's uid: it cannot signal other uids) and
            // nothing of the job was left for the container's replacement to clean up.
            #expect(result.clean, "\(result)")
        }
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func aProgramThatHasAnsweredIsStoppedASecondPastATestsLimit() async throws {
        let slot = try await SandboxTests.slot()
        // The first test answered, the second loops: the start's allowance is used up, so it gets the
        // test's limit (1 s) and a second, not the start's 2 s more.
        let source = Self.solution("Solution.calls = getattr(Solution, 'calls', 0) + 1\nwhile Solution.calls > 1:\n    pass\nreturn [0, 1]")
        try await Self.check(source, is: .timeLimitExceeded, slot: slot) { outcome, result in
            #expect(outcome.passed == 1 && result.run?.idleTimedOut == true, "\(result)")
            #expect((result.run?.wallMs ?? 0) < 3000, "stopped \(result.run?.wallMs ?? 0) ms after the start; the first answer came at once")
            #expect(result.clean)
        }
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func aMemoryHogIsMemoryLimitExceeded() async throws {
        let slot = try await SandboxTests.slot()
        try await Self.check(Self.solution("x = []\nwhile True:\n    x.append(bytearray(16 << 20))"), is: .memoryLimitExceeded, slot: slot)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func aForkBombIsStoppedAndCleanedUp() async throws {
        let slot = try await SandboxTests.slot()
        try await Self.check(Self.solution("import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass"),
                             is: .timeLimitExceeded, slot: slot)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func anOutputFloodIsOutputLimitExceeded() async throws {
        let slot = try await SandboxTests.slot()
        try await Self.check(Self.solution("while True:\n    print('x' * 10000)"), is: .outputLimitExceeded, slot: slot)
        // Writing to the file descriptor directly, around the driver.
        try await Self.check(Self.solution("import os\nwhile True:\n    os.write(1, b'y' * 65536)"), is: .outputLimitExceeded, slot: slot)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func theNetworkIsUnreachable() async throws {
        let slot = try await SandboxTests.slot()
        let probe = Self.solution("""
            import socket
            for address in [('1.1.1.1', 53), ('127.0.0.1', 2375), ('172.17.0.1', 2375)]:
                try:
                    socket.create_connection(address, timeout=1)
                    return [42, 42]
                except OSError:
                    pass
            return [0, 1]
            """)
        // Every connection fails, so the program answers [0,1]: right for the first test, wrong later.
        try await Self.check(probe, is: .wrongAnswer, slot: slot) { outcome, _ in
            #expect(outcome.failedTest?.actual == "[0,1]" && outcome.passed == 1)
        }
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func fillingTheDiskIsARuntimeErrorAndTheRootIsReadOnly() async throws {
        let slot = try await SandboxTests.slot()
        try await Self.check(Self.solution("open('/etc/evil', 'w').write('x')"), is: .runtimeError, slot: slot) { outcome, _ in
            #expect(outcome.message.contains("Read-only file system") || outcome.message.contains("Permission denied"))
        }
        try await Self.check(Self.solution("with open('big', 'wb') as f:\n    while True:\n        f.write(b'z' * (1 << 20))"),
                             is: .runtimeError, slot: slot)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func anAnswerThatClaimsEqualityWithEverythingIsNotAccepted() async throws {
        let slot = try await SandboxTests.slot()
        let cheat = Self.solution("return Liar()", prefix: "class Liar(list):\n    def __eq__(self, other):\n        return True\n\n")
        try await Self.check(cheat, is: .wrongAnswer, slot: slot)
        let object = Self.solution("return Liar()", prefix: "class Liar:\n    def __eq__(self, other):\n        return True\n\n")
        try await Self.check(object, is: .runtimeError, slot: slot) { outcome, _ in
            #expect(outcome.message.contains("where integer[] was expected"))
        }
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func printingFakeResultsForgesNothing() async throws {
        let slot = try await SandboxTests.slot()
        let fake = Self.solution("""
            import os
            for i in range(3):
                line = '{"i": %d, "ms": 0.1, "out": "[0,1]", "stdout": ""}\\n' % i
                print(line)
                try:
                    os.write(3, line.encode())
                except OSError:
                    pass
            return [0, 0]
            """)
        try await Self.check(fake, is: .wrongAnswer, slot: slot)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func exitingEarlyIsARuntimeError() async throws {
        let slot = try await SandboxTests.slot()
        try await Self.check(Self.solution("import os\nos._exit(0)"), is: .runtimeError, slot: slot) { outcome, _ in
            #expect(outcome.message == "the program exited before answering every test")
        }
        try await Self.check(Self.solution("import sys\nsys.exit(3)"), is: .runtimeError, slot: slot)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func nothingASubmissionLeavesBehindReachesTheNext() async throws {
        let slot = try await SandboxTests.slot()
        // A background process, files in the box, /dev/shm and /box, and a changed environment.
        let polluter = Self.solution("""
            import os, subprocess
            os.environ['POISON'] = '1'
            subprocess.Popen(['/usr/bin/python3', '-c', 'import time; time.sleep(600)'], start_new_session=True)
            open('left.txt', 'w').write('x')
            for path in ['/dev/shm/left', '/box/planted']:
                try:
                    open(path, 'w').write('x')
                except OSError:
                    pass
            try:
                os.mkdir('/box/j99999-next')
            except OSError:
                pass
            return [0, 1]
            """)
        let (first, firstResult) = try await SandboxTests.judge(polluter, in: slot)
        #expect(first.verdict == .wrongAnswer)
        #expect(firstResult.clean, "cleanup left something of the polluter's uid")
        let looker = Self.solution("""
            import os
            seen = []
            if os.environ.get('POISON'): seen.append('env')
            if os.path.exists('left.txt'): seen.append('file')
            for path in ['/dev/shm/left', '/box/planted']:
                if os.path.exists(path): seen.append(path)
            for pid in os.listdir('/proc'):
                if pid.isdigit():
                    try:
                        if 'sleep(600)' in open('/proc/%s/cmdline' % pid).read(): seen.append('process')
                    except OSError:
                        pass
            if seen:
                raise RuntimeError('saw ' + ','.join(seen))
            d = {}
            for i, v in enumerate(nums):
                if target - v in d: return [d[target - v], i]
                d[v] = i
            """)
        let (second, _) = try await SandboxTests.judge(looker, in: slot)
        #expect(second.verdict == .accepted, "\(second.message)")
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func aSubmissionCannotSignalOrTraceTheRunner() async throws {
        let slot = try await SandboxTests.slot()
        let attacker = Self.solution("""
            import os, signal, ctypes
            hits = []
            for pid in os.listdir('/proc'):
                if not pid.isdigit() or int(pid) == os.getpid():
                    continue
                try:
                    cmd = open('/proc/%s/cmdline' % pid).read()
                except OSError:
                    continue
                if 'runner' in cmd or 'init' in cmd:
                    try:
                        os.kill(int(pid), signal.SIGKILL)
                        hits.append('kill ' + pid)
                    except OSError:
                        pass
                    libc = ctypes.CDLL(None)
                    if libc.ptrace(16, int(pid), 0, 0) == 0:
                        hits.append('ptrace ' + pid)
                    try:
                        open('/proc/%s/mem' % pid, 'rb').read(1)
                        hits.append('mem ' + pid)
                    except OSError:
                        pass
            if hits:
                raise RuntimeError(' '.join(hits))
            return [0, 1]
            """)
        let (outcome, _) = try await SandboxTests.judge(attacker, in: slot)
        #expect(outcome.verdict == .wrongAnswer, "\(outcome.message)")
        let (next, _) = try await SandboxTests.judge(Self.correct, in: slot)
        #expect(next.verdict == .accepted)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    @Test func theContainerIsLockedDown() async throws {
        let slot = try await SandboxTests.slot()
        // Checked once, at import: the image holds every toolchain, and a Python walk over all of
        // its files takes longer than a test may. find(1) looks at every file of the root filesystem.
        let probe = Self.solution("""
            if PROBLEMS:
                raise RuntimeError('; '.join(PROBLEMS))
            return [0, 1]
            """, prefix: """
            import os, subprocess
            PROBLEMS = []
            if os.getuid() == 0 or os.geteuid() == 0: PROBLEMS.append('root')
            for line in open('/proc/self/status').read().splitlines():
                if line.startswith('CapEff:') and int(line.split()[1], 16) != 0: PROBLEMS.append(line)
                if line.startswith('NoNewPrivs:') and line.split()[1] != '1': PROBLEMS.append(line)
            found = subprocess.run(['/usr/bin/find', '/', '-xdev', '-type', 'f', '-perm', '/6000'],
                                   capture_output=True, text=True)
            PROBLEMS += ['setuid ' + path for path in found.stdout.split()]
            if found.returncode not in (0, 1): PROBLEMS.append('find failed: ' + found.stderr[:200])
            if os.environ.get('TMPDIR') != os.getcwd(): PROBLEMS.append('TMPDIR')

            """)
        let (outcome, _) = try await SandboxTests.judge(probe, in: slot)
        #expect(outcome.verdict == .wrongAnswer, "\(outcome.message)")
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }
}
