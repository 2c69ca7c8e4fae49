import Foundation
import Model
import RPC
import Store
import TLS
import Testing
import Wire

/// Three hosts on one machine, in network namespaces this test makes (ip netns, veth; only its own
/// addresses): Redis and the API on host A, a worker on each of B and C reaching A over TLS.
@Suite("Three hosts in network namespaces", .serialized)
struct MultiHostTests {
    /// The namespaces and links; removed at the end.
    final class Hosts: @unchecked Sendable {
        let tag = String(UUID().uuidString.prefix(6)).lowercased()
        var a: String { "cc-a-\(tag)" }
        var b: String { "cc-b-\(tag)" }
        var c: String { "cc-c-\(tag)" }
        /// A's address as B sees it, and as C sees it (a link each, like two networks).
        let aForB = "10.231.1.1", bAddress = "10.231.1.2", aForC = "10.231.2.1", cAddress = "10.231.2.2"

        func ip(_ arguments: [String]) async throws {
            let result = try await Subprocess.run("/usr/sbin/ip", arguments)
            guard result.status == 0 else { throw ClusterError("ip \(arguments.joined(separator: " ")): \(result.errorText)") }
        }

        func create() async throws {
            for ns in [a, b, c] {
                try await ip(["netns", "add", ns])
                try await ip(["-n", ns, "link", "set", "lo", "up"])
            }
            for (peer, mine, theirs, side) in [(b, aForB, bAddress, "b"), (c, aForC, cAddress, "c")] {
                let here = "cc\(side)a-\(tag)", there = "cca\(side)-\(tag)"
                try await ip(["link", "add", here, "netns", a, "type", "veth", "peer", "name", there, "netns", peer])
                try await ip(["-n", a, "addr", "add", "\(mine)/24", "dev", here])
                try await ip(["-n", peer, "addr", "add", "\(theirs)/24", "dev", there])
                try await ip(["-n", a, "link", "set", here, "up"])
                try await ip(["-n", peer, "link", "set", there, "up"])
            }
        }

        /// Cuts B's only link, as if its cable were pulled.
        func cutB() async throws { try await ip(["-n", a, "link", "set", "ccba-\(tag)", "down"]) }

        /// Plugs B's link back in.
        func reconnectB() async throws { try await ip(["-n", a, "link", "set", "ccba-\(tag)", "up"]) }

        func remove() {
            for ns in [a, b, c] {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
                process.arguments = ["netns", "delete", ns]
                try? process.run()
                process.waitUntilExit()
            }
        }
    }

    @Test("Judging across hosts; a worker cut off for a minute mid-job loses nothing (its job moves to the other worker) and judges again once its link is back")
    func workersOnOtherHosts() async throws {
        let hosts = Hosts()
        try await hosts.create()
        defer { hosts.remove() }
        let cluster = try Cluster()
        let pki = try await TestPKI(dir: cluster.dir)
        let hostA = try await pki.issue("host-a", addresses: [hosts.aForB, hosts.aForC, "127.0.0.1"])
        let hostB = try await pki.issue("host-b", addresses: [hosts.bAddress])
        let hostC = try await pki.issue("host-c", addresses: [hosts.cAddress])
        let password = "three-hosts-password-0123456789"
        let passwordFile = try TestPKI.secret(password, at: "\(cluster.dir)/redis.password")

        // Host A: both Redis servers (Unix socket for the API, TLS for the workers) and the API.
        for (name, port) in [("questions", 6390), ("metadata", 6391)] {
            let child = try await cluster.startRedis(name, extra: [
                "--bind", "0.0.0.0", "--tls-port", "\(port)", "--tls-cert-file", hostA.certificateFile!,
                "--tls-key-file", hostA.keyFile!, "--tls-ca-cert-file", pki.caFile, "--tls-auth-clients", "yes",
                "--requirepass", password,
            ], password: password, namespace: hosts.a)
            if name == "questions" { cluster.questionsRedis = child } else { cluster.metadataRedis = child }
        }
        try await cluster.startAPI(extra: ["--redis-password-file", passwordFile], namespace: hosts.a)
        try await cluster.loadBank()

        // Hosts B and C: a worker each, one slot, a short lease so that a silent worker's job moves soon.
        for (id, host, files, cpu) in [("host-b", hosts.aForB, hostB, "0"), ("host-c", hosts.aForC, hostC, "1")] {
            _ = try await cluster.startWorker(
                id: id,
                extra: ["--tls-ca-file", pki.caFile, "--tls-cert-file", files.certificateFile!, "--tls-key-file", files.keyFile!,
                        "--redis-password-file", passwordFile, "--slots", "1", "--cpus", cpu, "--lease-ms", "3000"],
                redis: (questions: "rediss://\(host):6390", metadata: "rediss://\(host):6391"),
                namespace: id == "host-b" ? hosts.b : hosts.c)
        }
        let client = try await cluster.client()
        defer { client.close() }

        // Both workers judge. Each call sleeps a little, so that runs are in flight long enough to watch.
        let slow = """
            import time
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    time.sleep(0.05)
                    seen = {}
                    for i, v in enumerate(nums):
                        if target - v in seen:
                            return [seen[target - v], i]
                        seen[v] = i
            """
        var ids: [String] = []
        for _ in 0..<8 {
            ids.append(try await client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: slow)).runID)
        }
        // Wait until B is judging one, then pull B's cable.
        var cutRun: String?
        for _ in 0..<600 where cutRun == nil {
            for id in ids {
                let run = try await client.call(Method.Judge.getRun, GetRunRequest(runID: id))
                if run.status == .running && run.worker == "host-b" { cutRun = id; break }
            }
            if cutRun == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let inFlight = try #require(cutRun, "host-b never took a job")
        try await hosts.cutB()
        let cutAt = ContinuousClock.now

        var finished: [Run] = []
        for id in ids {
            var last: Run?
            for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: id), timeout: .seconds(120)) {
                last = run
            }
            finished.append(try #require(last))
        }
        for run in finished {
            #expect(run.status == .finished && run.verdict == .accepted, "\(run.runID): \(run.verdict?.rawValue ?? "-") \(run.message)")
        }
        let moved = try #require(finished.first { $0.runID == inFlight })
        #expect(moved.worker == "host-c" && moved.attempts == 2, "the cut-off job ended on \(moved.worker) after \(moved.attempts) attempts")
        #expect(Set(finished.map(\.worker)) == ["host-b", "host-c"] || Set(finished.map(\.worker)) == ["host-c"])
        let stats = try await client.call(Method.Fleet.queueStats, Empty())
        #expect(stats.length == 0, "jobs left in the stream: \(stats.length)")

        // A minute after the cut, B's link comes back: its worker, never restarted, finds Redis again
        // by itself and judges; what it was judging when cut off stays judged once, by C.
        try await Task.sleep(until: cutAt + .seconds(60))
        try await hosts.reconnectB()
        let deadline = ContinuousClock.now + .seconds(120)
        var judgedByB: Run?
        while judgedByB == nil && ContinuousClock.now < deadline {
            let id = try await client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: slow)).runID
            var last: Run?
            for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: id), timeout: .seconds(120)) { last = run }
            let run = try #require(last)
            #expect(run.status == .finished && run.verdict == .accepted, "\(run.runID) after the link came back: \(run.verdict?.rawValue ?? "-") \(run.message)")
            if run.worker == "host-b" { judgedByB = run }
        }
        #expect(judgedByB != nil, "host-b judged nothing within 120 s of its link coming back")
        let movedNow = try await client.call(Method.Judge.getRun, GetRunRequest(runID: inFlight))
        #expect(movedNow.worker == "host-c" && movedNow.attempts == 2 && movedNow.verdict == .accepted,
                "the cut-off job now reads \(movedNow.worker), \(movedNow.attempts) attempts, \(movedNow.verdict?.rawValue ?? "-")")
    }
}
