import Docker
import Foundation
import Judge
import Logging
import Model
import Sandbox
import SandboxProtocol
import TestSupport
import Testing

/// The compile cache for real: runner containers sharing one Docker volume.
@Suite("compile cache", .serialized)
struct CompileCacheTests {
    static let label = "compile-cache-tests-\(getpid())"
    static let question = SandboxTests.question
    static let tests = SandboxTests.tests

    /// Two slots (as a worker's) mounting one new cache volume of `megabytes`, for `body`; the
    /// containers and the volume are removed afterwards.
    /// - Parameter disk: the volume's own filesystem, a tmpfs of this many bytes (default: the host's disk).
    static func withSlots(megabytes: Int = 64, disk: Int? = nil, _ body: (Slot, Slot, _ volume: String) async throws -> Void) async throws {
        let docker = DockerClient()
        guard await docker.ping() else { throw DockerError("dockerd is not running: scripts/start-docker") }
        let image = "clonecode-runner:r4"
        let id = try #require(try await docker.imageID(image), "no \(image): scripts/build-images")
        var volume = SandboxSpec.CompileCacheVolume(imageID: id, megabytes: megabytes)
        volume.name = "clonecode-compile-test-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        if let disk {
            try await docker.expect(.POST, "/volumes/create", json: [
                "Name": volume.name, "Driver": "local", "Labels": [SandboxSpec.CompileCacheVolume.label: id],
                "DriverOpts": ["type": "tmpfs", "device": "tmpfs", "o": "size=\(disk)"],
            ])
        }
        var slots: [Slot] = []
        for index in 0..<2 {
            let spec = SandboxSpec(image: image, cpu: index % ProcessInfo.processInfo.activeProcessorCount, memoryBytes: 256 << 20,
                                   uidBase: 1_910_000 + index * 100, worker: label, slot: index, compileCache: volume)
            let slot = Slot(spec: spec, docker: docker, logger: Logger(label: "test"))
            try await slot.prepare()
            slots.append(slot)
        }
        do {
            try await body(slots[0], slots[1], volume.name)
        } catch {
            for slot in slots { await slot.shutdown() }
            await Containers.remove(worker: label)
            try? await docker.removeVolume(volume.name)
            throw error
        }
        for slot in slots { await slot.shutdown() }
        await Containers.remove(worker: label)
        try await docker.removeVolume(volume.name)
    }

    /// Judges `source` on the two-sum tests (or `inputs`); the verdict and the runner's result.
    static func judge(_ source: String, in slot: Slot, language: Language = .c, inputs: [String]? = nil,
                      testsKey: String? = nil) async throws -> (Verdict, RunnerResult) {
        let builder = JobBuilder(runtime: LanguageRuntime.all[language]!)
        let job = builder.job(source: source, question: question, inputs: inputs ?? tests.map(\.input), testsKey: testsKey)
        let result = try await slot.run(job, timeout: builder.answerTimeout(job))
        let verdicts = Verdicts(question: question, tests: inputs == nil ? tests : [], timeLimitMs: builder.timeLimitMs(question),
                                memoryLimitKb: builder.memoryLimitKb(question))
        return (verdicts.decide(result).verdict, result)
    }

    /// The accepted C two-sum of Tests/solutions.
    static var twoSum: String { get throws { try SandboxTests.twoSum(in: .c) } }

    /// A submission compiles once: the same source again, in the other slot, as a Run with other
    /// inputs, or as a submission with stored tests, gets the kept program; another source does not.
    @Test func sameSourceCompilesOnce() async throws {
        try await Self.withSlots { first, second, _ in
            let (verdict, cold) = try await Self.judge(try Self.twoSum, in: first)
            #expect(verdict == .accepted)
            #expect(cold.compile?.cached == false && (cold.compile?.wallMs ?? 0) > 0, "\(cold)")
            for slot in [second, first] {
                let (again, warm) = try await Self.judge(try Self.twoSum, in: slot)
                #expect(again == .accepted)
                #expect(warm.compile?.cached == true && warm.compile?.wallMs == 0, "\(warm)")
            }
            let (_, run) = try await Self.judge(try Self.twoSum, in: second, inputs: ["[[5,6],11]"])
            #expect(run.compile?.cached == true)
            let answers = String(decoding: run.run?.progress ?? [], as: UTF8.self)
            #expect(answers.contains("[0,1]"), "\(run)")
            let (_, stored) = try await Self.judge(try Self.twoSum, in: first, testsKey: "two-sum@cache-test")
            #expect(stored.compile?.cached == true)
            let (_, other) = try await Self.judge(try Self.twoSum + "\n// another source\n", in: second)
            #expect(other.compile?.cached == false)
            // A compile error is not kept: it is reported again, from a compile that ran.
            for _ in 0..<2 {
                let (broken, result) = try await Self.judge("int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n", in: first)
                #expect(broken == .compileError)
                #expect(result.compile?.cached == false)
            }
        }
    }

    /// No job can list, read or write the cache, and a program that replaces its own binary while
    /// it runs changes only its own copy: the next submission of the same source gets the original.
    @Test func jobsCannotReachTheCache() async throws {
        try await Self.withSlots { first, _, _ in
            let (compiled, _) = try await Self.judge(try Self.twoSum, in: first)
            #expect(compiled == .accepted)
            let probe = """
                import os
                class Solution:
                    def twoSum(self, nums, target):
                        cache = '/var/cache/clonecode-compile'
                        if not os.path.isdir(cache):
                            raise RuntimeError('the cache is not mounted')
                        for attempt in (lambda: os.listdir(cache), lambda: open(cache + '/x', 'w'),
                                        lambda: os.stat(cache + '/' + '0' * 64), lambda: os.chmod(cache, 0o777)):
                            try:
                                attempt()
                            except PermissionError:
                                continue
                            raise RuntimeError('the compile cache is reachable')
                        seen = {}
                        for i, v in enumerate(nums):
                            if target - v in seen:
                                return [seen[target - v], i]
                            seen[v] = i
                """
            let (verdict, result) = try await Self.judge(probe, in: first, language: .python3)
            #expect(verdict == .accepted, "\(result)")

            let replacing = try "#include <unistd.h>\n" + Self.twoSum.replacingOccurrences(
                of: "*returnSize = 0;", with: "*returnSize = 0; unlink(\"main\"); FILE *f = fopen(\"main\", \"w\"); if (f) { fputs(\"#!/bin/false\\n\", f); fclose(f); }")
            for cached in [false, true] {
                let (again, run) = try await Self.judge(replacing, in: first)
                #expect(again == .accepted, "\(run)")
                #expect(run.compile?.cached == cached)
            }
        }
    }

    /// The cache holds at most its size: the least recently used program goes first.
    @Test func leastRecentlyUsedGoFirst() async throws {
        // Each program carries 400 KB of data: two fit in 1 MB, three do not.
        func source(_ tag: Int) throws -> String {
            try "static volatile char pad[400000] = {\(tag)};\n"
                + Self.twoSum.replacingOccurrences(of: "*returnSize = 0;", with: "*returnSize = 0; if (pad[0] == 99) return 0;")
        }
        try await Self.withSlots(megabytes: 1) { slot, _, _ in
            for tag in 1...2 { _ = try await Self.judge(try source(tag), in: slot) }
            // 1 is used again (now the most recent), then 3 makes room by removing 2.
            let (_, one) = try await Self.judge(try source(1), in: slot)
            #expect(one.compile?.cached == true)
            _ = try await Self.judge(try source(3), in: slot)
            let (_, three) = try await Self.judge(try source(3), in: slot)
            #expect(three.compile?.cached == true)
            let (_, two) = try await Self.judge(try source(2), in: slot)
            #expect(two.compile?.cached == false)
        }
    }

    /// The disk under the cache full (its volume a 4 MiB tmpfs, filled to the last byte by another
    /// container): a submission is judged all the same, nothing half-written is left behind, and
    /// once there is room again programs are kept again. The runners are never replaced.
    @Test func aFullDiskOnlyMeansCompilingAgain() async throws {
        try await Self.withSlots(disk: 4 << 20) { first, second, volume in
            let filled = try await Self.inVolume(volume, ["dd", "if=/dev/zero", "of=/cache/fill", "bs=4096"])
            #expect(filled.output.contains("No space left on device"), "\(filled.output)")
            for slot in [first, second, first] {
                let (verdict, result) = try await Self.judge(try Self.twoSum, in: slot)
                #expect(verdict == .accepted, "\(result)")
                #expect(result.compile?.cached == false, "kept on a full disk: \(result)")
            }
            // Only the filler is there: every entry the runners began was removed when the disk refused it.
            #expect(try await Self.inVolume(volume, ["ls", "-A", "/cache"]).output.split(whereSeparator: \.isWhitespace) == ["fill"])

            _ = try await Self.inVolume(volume, ["rm", "/cache/fill"])
            let (_, compiled) = try await Self.judge(try Self.twoSum, in: second)
            #expect(compiled.compile?.cached == false)
            let (verdict, kept) = try await Self.judge(try Self.twoSum, in: first)
            #expect(verdict == .accepted && kept.compile?.cached == true, "\(kept)")
        }
    }

    /// Runs `argv` as root in a container of the runner image with `volume` at /cache (no network);
    /// its exit status and output (stdout and stderr, through a terminal).
    static func inVolume(_ volume: String, _ argv: [String]) async throws -> (status: Int, output: String) {
        let docker = DockerClient()
        let id = try await docker.createContainer([
            "Image": "clonecode-runner:r4", "Cmd": argv, "User": "0:0", "Tty": true, "NetworkDisabled": true,
            "Labels": ["org.clonecode.worker": label],
            "HostConfig": ["NetworkMode": "none", "CapDrop": ["ALL"], "SecurityOpt": ["no-new-privileges"],
                           "Mounts": [["Type": "volume", "Source": volume, "Target": "/cache"]]],
        ])
        do {
            try await docker.startContainer(id)
            let waited = try await docker.expect(.POST, "/containers/\(id)/wait", timeout: .seconds(60))
            let status = ((waited.json as? [String: Any])?["StatusCode"] as? Int) ?? -1
            let logs = try await docker.expect(.GET, "/containers/\(id)/logs?stdout=1&stderr=1")
            try await docker.removeContainer(id)
            return (status, logs.message)
        } catch {
            try? await docker.removeContainer(id)
            throw error
        }
    }
}
