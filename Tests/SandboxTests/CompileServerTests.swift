import Foundation
import Judge
import Model
import Sandbox
import SandboxProtocol
import TestSupport
import Testing

/// The resident compile servers of Java, Kotlin and Scala (runtime/java/CcCompileServer.java, the
/// runner's CompileServers): once a server's warm-up is done compiles are answered by it, no compile
/// sees another, jobs cannot reach a server, and a server that cannot start leaves the compile to
/// the box.
@Suite("compile servers", .serialized)
struct CompileServerTests {
    /// Judges new sources of `correct` until one's compile is the server's (its warm-up, started by
    /// the first, is done), pausing between them so that the warm-up, which yields to jobs, can run.
    static func warmUp(_ slot: Slot, _ correct: String, _ language: Language) async throws {
        let started = ContinuousClock.now
        for round in 0... {
            let (outcome, result) = try await SandboxTests.judge(correct + "\n// \(round)\n", in: slot, language: language)
            #expect(outcome.verdict == .accepted, "\(outcome)")
            if result.compile?.warm == true { return }
            #expect(round > 0 || result.compile?.warm == false, "the first compile was the server's, which was not warm yet")
            guard ContinuousClock.now - started < .seconds(150) else {
                Issue.record("the \(language) compile server was not warm after 150 s")
                return
            }
            try await Task.sleep(for: .seconds(3))
        }
    }

    /// Java, Kotlin, then Scala: a class one submission declares is unknown to the next one's compile.
    @Test(arguments: [
        (Language.java, "class CcSecretZero { static int f() { return 1; } }\n", "        int x = CcSecretZero.f();\n", "cannot find symbol"),
        (Language.kotlin, "class CcSecretOne { fun f() = 1 }\n", "        val x = CcSecretOne().f()\n", "unresolved reference: CcSecretOne"),
        (Language.scala, "object CcSecretTwo { val f = 1 }\n", "    val x = CcSecretTwo.f\n", "not found: value CcSecretTwo"),
    ])
    func aCompileIsWarmAndSeesNothingOfAnEarlierOne(language: Language, secret: String, use: String, error: String) async throws {
        let slot = try await SandboxTests.slot(memoryBytes: 768 << 20)
        let correct = try SandboxTests.twoSum(in: language)
        try await Self.warmUp(slot, correct, language)
        let (first, firstResult) = try await SandboxTests.judge(correct + "\n" + secret, in: slot, language: language)
        #expect(first.verdict == .accepted, "\(first)")
        #expect(firstResult.compile?.warm == true, "the compile was not the server's")
        // The same body with a use of the earlier submission's class inserted after the method's first line.
        var lines = correct.components(separatedBy: "\n")
        let head = try #require(lines.firstIndex { $0.contains("twoSum") })
        lines.insert(use.trimmingCharacters(in: .newlines), at: head + 1)
        let (second, secondResult) = try await SandboxTests.judge(lines.joined(separator: "\n"), in: slot, language: language)
        #expect(second.verdict == .compileError, "\(second)")
        #expect(second.compileOutput.contains(error), "\(second.compileOutput)")
        #expect(secondResult.compile?.warm == true)
        // And the server goes on: the correct solution again (a new source: no cache hit).
        let (third, thirdResult) = try await SandboxTests.judge(correct + "\n", in: slot, language: language)
        #expect(third.verdict == .accepted, "\(third)")
        #expect(thirdResult.compile?.warm == true)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    /// A submission looks for the server among the container's processes: it cannot signal it, see
    /// its directory or read its environment, and the next compile is still the server's.
    @Test func aSubmissionCannotReachTheCompileServer() async throws {
        let slot = try await SandboxTests.slot(memoryBytes: 768 << 20)
        let kotlin = try SandboxTests.twoSum(in: .kotlin)
        try await Self.warmUp(slot, kotlin, .kotlin)
        let attacker = HostileTests.solution("""
            import os, signal
            seen = []
            for pid in os.listdir('/proc'):
                if not pid.isdigit():
                    continue
                try:
                    cmd = open('/proc/%s/cmdline' % pid).read()
                except OSError:
                    continue
                if 'CcCompileServer' not in cmd:
                    continue
                found = ['server']
                for name, attempt in [('kill', lambda: os.kill(int(pid), signal.SIGKILL)),
                                      ('cwd', lambda: os.listdir('/proc/%s/cwd' % pid)),
                                      ('environ', lambda: open('/proc/%s/environ' % pid).read()),
                                      ('fd', lambda: os.listdir('/proc/%s/fd' % pid))]:
                    try:
                        attempt()
                        found.append(name + ' allowed')
                    except OSError:
                        found.append(name + ' denied')
                seen.append(' '.join(found))
            try:
                seen.append('/box lists ' + ' '.join(os.listdir('/box')))
            except OSError:
                seen.append('/box unlistable')
            raise RuntimeError('; '.join(seen))
            """)
        let (probe, _) = try await SandboxTests.judge(attacker, in: slot)
        #expect(probe.verdict == .runtimeError)
        #expect(probe.message.contains("server kill denied cwd denied environ denied fd denied; /box unlistable"), "\(probe.message)")
        let (after, afterResult) = try await SandboxTests.judge(kotlin + "\n", in: slot, language: .kotlin)
        #expect(after.verdict == .accepted, "\(after)")
        #expect(afterResult.compile?.warm == true)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }

    /// A server that cannot start: the job compiles in its box, as without a server.
    @Test func aServerThatCannotStartLeavesTheCompileToTheBox() async throws {
        let slot = try await SandboxTests.slot(memoryBytes: 768 << 20)
        let builder = JobBuilder(runtime: LanguageRuntime.all[.kotlin]!)
        var job = builder.job(source: try SandboxTests.twoSum(in: .kotlin), question: SandboxTests.question,
                              inputs: SandboxTests.tests.map(\.input))
        job.compile?.server = ["/opt/clonecode/no-such-server"]
        let result = try await slot.run(job, timeout: builder.answerTimeout(job))
        let verdicts = Verdicts(question: SandboxTests.question, tests: SandboxTests.tests, timeLimitMs: builder.timeLimitMs(SandboxTests.question),
                                memoryLimitKb: builder.memoryLimitKb(SandboxTests.question))
        #expect(verdicts.decide(result).verdict == .accepted)
        #expect(result.compile?.warm == false)
        #expect(result.compile?.ran == true)
        await slot.shutdown()
        await SandboxTests.removeContainers()
    }
}
