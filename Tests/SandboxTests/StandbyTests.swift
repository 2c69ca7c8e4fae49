import Foundation
import Model
import Sandbox
import SandboxProtocol
import Testing

/// Standby runs for real (the runner's Standby): after a JVM language's job, its VM is started for
/// the next job, which takes it when its compile comes from the cache. What is checked is what a
/// submission could notice: verdicts, output, limits, and that nothing of another job reaches it.
@Suite("standby runs", .serialized)
struct StandbyTests {
    /// Judges `source` in `language` in `slot` on the two-sum tests.
    static func judge(_ source: String, _ language: Language, in slot: Slot) async throws -> (Verdict, RunnerResult) {
        try await CompileCacheTests.judge(source, in: slot, language: language)
    }

    /// A JVM job whose program is in the cache runs in the standby the job before it started, and
    /// gets the same verdict as without; a job of another language, or one that compiles in its
    /// box, does not take it, and every job leaves its uid clean.
    @Test(arguments: [Language.java, .kotlin, .scala])
    func aCachedJVMRunTakesTheStandby(_ language: Language) async throws {
        try await CompileCacheTests.withSlots { slot, _, _ in
            let source = try SandboxTests.twoSum(in: language)
            let (first, cold) = try await Self.judge(source, language, in: slot)
            #expect(first == .accepted)
            #expect(cold.run?.standby == false, "the first job of a container has no standby")
            let (second, hit) = try await Self.judge(source, language, in: slot)
            #expect(second == .accepted, "\(hit)")
            #expect(hit.compile?.cached == true && hit.run?.standby == true, "\(hit)")
            #expect(hit.clean)
            // Python has no standby: the JVM's is dropped, and the next JVM job starts its own VM.
            let (python, other) = try await Self.judge(try SandboxTests.twoSum(in: .python3), .python3, in: slot)
            #expect(python == .accepted && other.clean && other.run?.standby == false, "\(other)")
            let (again, fresh) = try await Self.judge(source, language, in: slot)
            #expect(again == .accepted && fresh.run?.standby == false, "\(fresh)")
            let (last, taken) = try await Self.judge(source, language, in: slot)
            #expect(last == .accepted && taken.run?.standby == true, "\(taken)")
        }
    }

    /// A standby sees only its own job: its directory holds that job's files and nothing an earlier
    /// job left, no other process of its uid runs, and a job that compiles in its box does not
    /// get it (the compile's end kills every process of the uid); one whose compile is the
    /// compile server's does.
    @Test func aStandbySeesOnlyItsOwnJob() async throws {
        // Leaves a file in its directory and a process that would outlive it if it could.
        let leaver = """
            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of("left-behind"), "secret");
                        new ProcessBuilder("/bin/sleep", "60").start();
                    } catch (java.io.IOException e) { throw new RuntimeException(e); }
                    for (int i = 0; i < nums.length; i++)
                        for (int j = i + 1; j < nums.length; j++)
                            if (nums[i] + nums[j] == target) return new int[] {i, j};
                    return new int[0];
                }
            }
            """
        // Fails unless its directory holds exactly its own job's files and it is its uid's only process.
        let looker = """
            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    java.util.TreeSet<String> names = new java.util.TreeSet<>(java.util.Arrays.asList(new java.io.File(".").list()));
                    java.util.Set<String> own = java.util.Set.of("Solution.java", "Solution.class", "__Driver.class", "__Driver$1.class", "tests.json");
                    if (!own.equals(names)) throw new IllegalStateException("the directory holds " + names);
                    String me = uid(ProcessHandle.current().pid());
                    long mine = ProcessHandle.allProcesses().filter(p -> me.equals(uid(p.pid()))).count();
                    if (mine != 1) throw new IllegalStateException(mine + " processes of this uid");
                    for (int i = 0; i < nums.length; i++)
                        for (int j = i + 1; j < nums.length; j++)
                            if (nums[i] + nums[j] == target) return new int[] {i, j};
                    return new int[0];
                }
                // The "Uid:" line of a process's status (names are no use: the judge's uids have none).
                static String uid(long pid) {
                    try {
                        return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status")).stream()
                            .filter(line -> line.startsWith("Uid:")).findFirst().orElse("");
                    } catch (java.io.IOException gone) { return "gone"; }
                }
            }
            """
        try await CompileCacheTests.withSlots { slot, other, _ in
            // The looker's program goes into the shared cache from the other slot.
            let (compiled, _) = try await Self.judge(looker, .java, in: other)
            #expect(compiled == .accepted)
            for _ in 0..<2 {
                let (left, leftResult) = try await Self.judge(leaver, .java, in: slot)
                #expect(left == .accepted && leftResult.clean, "\(leftResult)")
                let (looked, result) = try await Self.judge(looker, .java, in: slot)
                #expect(result.run?.standby == true, "\(result)")
                #expect(looked == .accepted, "\(String(decoding: result.run?.progress ?? [], as: UTF8.self))")
                #expect(result.clean)
            }
            // A new source: compiled in its box while Java's compile server warms up (the standby
            // is not used), then by the server (it is); the job is judged as ever.
            let started = ContinuousClock.now
            for round in 0... {
                let (new, fresh) = try await Self.judge(looker + "\n// another source \(round)\n", .java, in: slot)
                let warm = try #require(fresh.compile?.warm)
                #expect(new == .accepted && fresh.compile?.cached == false && fresh.run?.standby == warm, "\(fresh)")
                if warm { break }
                guard ContinuousClock.now - started < .seconds(150) else {
                    Issue.record("Java's compile server was not warm after 150 s")
                    break
                }
                try await Task.sleep(for: .seconds(3))
            }
        }
    }

    /// A standby's run keeps its job's limits and reports: an endless loop is stopped at the time
    /// limit, an exception is a runtime error naming the user's line, and the CPU time reported
    /// is the job's, not the standby's start: less than a fresh JVM's for the same job.
    @Test func aStandbyRunKeepsTheLimits() async throws {
        let looping = """
            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    long spin = 0;
                    while (target != -12345) spin++;
                    return new int[] {(int) spin};
                }
            }
            """
        let throwing = """
            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    int[] none = new int[0];
                    return new int[] {none[target]};
                }
            }
            """
        try await CompileCacheTests.withSlots { slot, other, _ in
            for source in [looping, throwing] { _ = try await Self.judge(source, .java, in: other) }
            let (_, cold) = try await Self.judge(try SandboxTests.twoSum(in: .java), .java, in: slot)
            let (crash, crashed) = try await Self.judge(throwing, .java, in: slot)
            #expect(crashed.run?.standby == true, "\(crashed)")
            #expect(crash == .runtimeError, "\(crashed)")
            let report = String(decoding: crashed.run?.progress ?? [], as: UTF8.self)
            #expect(report.contains("ArrayIndexOutOfBoundsException") && report.contains("line 4"), "\(report)")
            let (accepted, quick) = try await Self.judge(try SandboxTests.twoSum(in: .java), .java, in: slot)
            #expect(accepted == .accepted && quick.run?.standby == true)
            // Last: a time limit has the worker replace the container.
            let (loop, looped) = try await Self.judge(looping, .java, in: slot)
            #expect(looped.run?.standby == true, "\(looped)")
            #expect(loop == .timeLimitExceeded, "\(looped)")
            #expect((quick.run?.cpuMs ?? .max) < (cold.run?.cpuMs ?? 0), "standby \(quick.run?.cpuMs ?? 0) ms, fresh \(cold.run?.cpuMs ?? 0) ms")
        }
    }
}
