import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Prometheus metrics scraped from real daemons: the API's RPC calls, queued runs, queue gauges
/// and Redis reconnects; the worker's verdicts, latencies, jobs in flight and container replacements.
@Suite("metrics", .serialized)
struct MetricsTests {
    /// A scrape: each sample's value by its name and labels.
    struct Samples {
        let text: String
        let values: [String: [([String: String], Double)]]

        init(_ text: String) {
            self.text = text
            var values: [String: [([String: String], Double)]] = [:]
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
                let series = line[..<space]
                var name = String(series), labels: [String: String] = [:]
                if let brace = series.firstIndex(of: "{") {
                    name = String(series[..<brace])
                    // key="value",... where a value may hold commas, and \" \\ \n escapes.
                    var rest = series[series.index(after: brace)...].dropLast()[...]
                    while let equals = rest.firstIndex(of: "=") {
                        let key = rest[..<equals].trimmingCharacters(in: CharacterSet(charactersIn: ", "))
                        var value = "", escaped = false, index = rest.index(equals, offsetBy: 2, limitedBy: rest.endIndex) ?? rest.endIndex
                        while index < rest.endIndex {
                            let character = rest[index]
                            index = rest.index(after: index)
                            if escaped { value.append(character == "n" ? "\n" : character); escaped = false }
                            else if character == "\\" { escaped = true }
                            else if character == "\"" { break }
                            else { value.append(character) }
                        }
                        labels[key] = value
                        rest = rest[index...]
                    }
                }
                values[name, default: []].append((labels, value))
            }
            self.values = values
        }

        /// The sum of `name`'s samples whose labels include `labels`; nil when there is none.
        func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
            let matching = (values[name] ?? []).filter { sample in labels.allSatisfy { sample.0[$0.key] == $0.value } }
            return matching.isEmpty ? nil : matching.map(\.1).reduce(0, +)
        }
    }

    /// GET `path` from 127.0.0.1:`port` over HTTP/1.0: the status and body.
    static func get(port: Int, path: String = "/metrics", method: String = "GET") throws -> (status: Int, body: String) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw TestFailure("nothing listens on 127.0.0.1:\(port)") }
        let request = Array("\(method) \(path) HTTP/1.0\r\nHost: localhost\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            answer += buffer[0..<count]
        }
        let text = String(decoding: answer, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { throw TestFailure("no HTTP answer from port \(port): \(text)") }
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, String(text[end.upperBound...]))
    }

    static func scrape(_ port: Int) throws -> Samples {
        let (status, body) = try get(port: port)
        guard status == 200 else { throw TestFailure("GET /metrics answered \(status): \(body)") }
        return Samples(body)
    }

    @Test func theAPIAndTheWorkerReportWhatTheyDid() async throws {
        let apiPort = Ports.free(), workerPort = Ports.free()
        let cluster = try await Cluster.withBank(apiArguments: ["--metrics", "127.0.0.1:\(apiPort)"])
        _ = try await cluster.startWorker(id: "metrics-worker", extra: ["--slots", "1", "--languages", "python3",
                                                                       "--metrics", "127.0.0.1:\(workerPort)"])
        func submit(_ body: String) async throws -> String {
            let file = "\(cluster.dir)/s\(UUID().uuidString.prefix(6)).py"
            try ("class Solution:\n    def twoSum(self, nums, target):\n" + body).write(toFile: file, atomically: true, encoding: .utf8)
            let result = try await cluster.cli(["submit", "two-sum", file, "--json"])
            let json = (try? JSONSerialization.jsonObject(with: Data(result.out.utf8))) as? [String: Any]
            return json?["verdict"] as? String ?? "no verdict: \(result.err)"
        }
        #expect(try await submit("        d = {}\n        for i, v in enumerate(nums):\n            if target - v in d: return [d[target - v], i]\n            d[v] = i\n") == "Accepted")
        #expect(try await submit("        return [0, 0]\n") == "Wrong Answer")
        // Killed by a signal: the container is not used again.
        #expect(try await submit("        import os\n        os.kill(os.getpid(), 9)\n") == "Runtime Error")

        let scraped = try Self.scrape(workerPort)
        #expect(scraped.value("clonecode_verdicts_total", ["language": "python3", "verdict": "Accepted"]) == 1)
        #expect(scraped.value("clonecode_verdicts_total", ["language": "python3", "verdict": "Wrong Answer"]) == 1)
        #expect(scraped.value("clonecode_verdicts_total", ["language": "python3", "verdict": "Runtime Error"]) == 1)
        #expect(scraped.value("clonecode_judge_duration_seconds_count", ["language": "python3"]) == 3)
        #expect(scraped.value("clonecode_submit_to_verdict_seconds_count", ["mode": "submit"]) == 3)
        #expect((scraped.value("clonecode_submit_to_verdict_seconds_sum") ?? 0) > 0)
        #expect(scraped.value("clonecode_jobs_in_flight") == 0)
        #expect(scraped.value("clonecode_container_replacements_total", ["reason": "signal"]) == 1, "\(scraped.text)")
        // The worker's own RPC server counts the calls it answered (the API asks it for its state).
        #expect(scraped.text.contains("# TYPE clonecode_rpc_calls_total counter"))

        var api = try Self.scrape(apiPort)
        #expect(api.value("clonecode_runs_queued_total", ["language": "python3", "mode": "submit"]) == 3)
        #expect(api.value("clonecode_rpc_calls_total", ["method": "clonecode.v1.Judge/Submit", "code": "OK"]) == 3, "\(api.text)")
        #expect((api.value("clonecode_rpc_call_duration_seconds_count", ["method": "clonecode.v1.Judge/Submit"]) ?? 0) == 3)
        #expect(api.value("clonecode_queue_length") == 0)
        #expect(api.value("clonecode_queue_pending") == 0)
        #expect(api.value("clonecode_queue_consumers") == 1)
        #expect(api.value("clonecode_queue_oldest_job_age_seconds") == 0)
        #expect(api.value("clonecode_redis_reconnects_total") == nil)

        // A queued job with no worker to take it ages; a Redis restart is a reconnect.
        let worker = cluster.workers.removeFirst()
        worker.signal(SIGTERM)
        #expect(await worker.wait(timeout: .seconds(30)) != nil)
        let file = "\(cluster.dir)/late.py"
        try "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await cluster.cli(["submit", "two-sum", file, "--no-wait"]).status == 0)
        try await Task.sleep(for: .milliseconds(1500))
        api = try Self.scrape(apiPort)
        #expect(api.value("clonecode_queue_length") == 1)
        #expect((api.value("clonecode_queue_oldest_job_age_seconds") ?? 0) >= 1)
        cluster.metadataRedis?.stop()
        cluster.metadataRedis = try await cluster.startRedis("metadata")
        // The first call after the restart may meet the dropped connection; the next one dials again.
        for _ in 0..<2 { _ = try await cluster.cli(["workers"]) }
        api = try Self.scrape(apiPort)
        #expect((api.value("clonecode_redis_reconnects_total", ["server": "unix:\(cluster.metadataSocket)"]) ?? 0) >= 1, "\(api.text)")
    }

    @Test func theEndpointAnswersOnlyGETOfMetricsAndABadAddressIsAClearError() async throws {
        let port = Ports.free()
        let cluster = try await Cluster.withBank(apiArguments: ["--metrics", "127.0.0.1:\(port)"])
        #expect(try Self.get(port: port, path: "/").status == 404)
        #expect(try Self.get(port: port, method: "POST").status == 405)
        let head = try Self.get(port: port)
        #expect(head.status == 200 && head.body.contains("# TYPE clonecode_rpc_calls_total counter"))

        for address in ["9464", "127.0.0.1:70000", "127.0.0.1:port"] {
            let result = try await Subprocess.run("\(Paths.bin)/clonecode-api", [
                "--listen", "unix:\(cluster.dir)/other.sock", "--metrics", address, "--log", "stderr",
            ])
            #expect(result.status != 0)
            #expect(result.errorText.contains("metrics must be HOST:PORT") && result.errorText.contains(address), "\(result.errorText)")
        }
    }
}
