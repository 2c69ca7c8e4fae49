import Docker
import Foundation
import Model
import RPC
import Testing
import Wire

/// Faults under a running job: its container killed from outside, the Docker Engine restarted. The
/// job ends in a verdict (judged again, or Internal Error with the reason), nothing is lost, and the
/// worker judges the next submission by itself.
@Suite("faults under a running job", .serialized)
struct FaultTests {
    /// 35 tests of 0.1 s each: long enough to be caught in the middle.
    static let slow = "import time\nclass Solution:\n    def isPalindrome(self, x):\n        time.sleep(0.1)\n        return str(x) == str(x)[::-1]\n"
    static let quick = "class Solution:\n    def isPalindrome(self, x):\n        return str(x) == str(x)[::-1]\n"

    /// Submits `source` to palindrome-number; returns once the run is being judged.
    static func submitAndWaitUntilRunning(_ client: RPCClient, _ source: String) async throws -> String {
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: source)).runID
        for _ in 0..<200 {
            if try await client.call(Method.Judge.getRun, GetRunRequest(runID: runID)).status == .running { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        try await Task.sleep(for: .milliseconds(500))
        return runID
    }

    static func finish(_ client: RPCClient, _ runID: String) async throws -> Run {
        var last: Run?
        for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID), timeout: .seconds(180)) { last = run }
        return try #require(last)
    }

    static func submit(_ client: RPCClient, _ source: String) async throws -> Run {
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "palindrome-number", language: "python3", source: source)).runID
        return try await finish(client, runID)
    }

    @Test func aContainerKilledFromOutsideMidJobIsReplacedAndTheJobJudged() async throws {
        let cluster = try await Cluster.withBank()
        _ = try await cluster.startWorker(id: "fault-kill", extra: ["--slots", "1", "--languages", "python3"])
        let client = try await cluster.client()
        defer { client.close() }
        let runID = try await Self.submitAndWaitUntilRunning(client, Self.slow)
        // Every container of the worker, the spare too.
        let docker = DockerClient()
        let ids = await Containers.of(worker: "fault-kill")
        #expect(!ids.isEmpty)
        for id in ids { _ = try await docker.request(.POST, "/containers/\(id)/kill") }
        let run = try await Self.finish(client, runID)
        #expect(run.verdict == .accepted, "\(run.message)")
        #expect(try await Self.submit(client, Self.quick).verdict == .accepted)
        #expect(await Containers.of(worker: "fault-kill").isDisjoint(with: ids))
    }

    @Test func theDockerEngineRestartedMidJobEndsTheJobAndTheWorkerRecovers() async throws {
        let cluster = try await Cluster.withBank()
        _ = try await cluster.startWorker(id: "fault-dockerd", extra: ["--slots", "1", "--languages", "python3"])
        let client = try await cluster.client()
        defer { client.close() }
        let runID = try await Self.submitAndWaitUntilRunning(client, Self.slow)
        try await DockerEngine.restart()
        let run = try await Self.finish(client, runID)
        // Judged in a new container once the Engine was back, or given up with the reason.
        if run.verdict != .accepted {
            #expect(run.verdict == .internalError && run.message.contains("sandbox"), "\(run.verdict?.rawValue ?? "none"): \(run.message)")
        }
        // The worker judges again by itself.
        var next = try await Self.submit(client, Self.quick)
        for _ in 0..<3 where next.verdict != .accepted {
            try await Task.sleep(for: .seconds(5))
            next = try await Self.submit(client, Self.quick)
        }
        #expect(next.verdict == .accepted, "\(next.message)")
        let stats = try await client.call(Method.Fleet.queueStats, Empty())
        #expect(stats.length == 0 && stats.pending == 0)
    }
}

/// The host's Docker Engine, stopped and started again the way scripts/start-docker runs it.
enum DockerEngine {
    static func restart() async throws {
        if (try? String(contentsOfFile: "/proc/1/comm", encoding: .utf8))?.hasPrefix("systemd") == true {
            let result = try await Subprocess.run("/usr/bin/systemctl", ["restart", "docker"])
            guard result.status == 0 else { throw TestFailure("systemctl restart docker: \(result.errorText)") }
        } else {
            let pids = try await Subprocess.run("/usr/bin/pgrep", ["-x", "dockerd"]).text.split(separator: "\n").compactMap { Int32($0) }
            guard !pids.isEmpty else { throw TestFailure("no dockerd to restart") }
            for pid in pids { kill(pid, SIGTERM) }
            for _ in 0..<600 where pids.contains(where: { kill($0, 0) == 0 }) { try await Task.sleep(for: .milliseconds(100)) }
            guard !pids.contains(where: { kill($0, 0) == 0 }) else { throw TestFailure("dockerd did not stop within 60 s") }
            // Not waited for: its dockerd lives on, and the Engine answering is what counts.
            let start = Process()
            start.executableURL = URL(fileURLWithPath: "\(Paths.root)/scripts/start-docker")
            start.standardOutput = FileHandle.nullDevice
            start.standardError = FileHandle.nullDevice
            try start.run()
        }
        for _ in 0..<600 {
            if await DockerClient().ping() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("dockerd does not answer after its restart")
    }
}
