import Foundation
import Model
import RPC
import Testing
import Wire
@testable import Systemd

/// systemd behaviour of the API daemon, without systemd: a notify socket of the test's own,
/// `systemd-socket-activate`, and signals.
@Suite("clonecode-api and systemd", .serialized)
struct SystemdTests {
    @Test func socketsPassedBySocketActivationAreServed() async throws {
        let cluster = try Cluster()
        try await cluster.startRedisServers()
        let socket = "\(cluster.dir)/activated.sock"
        let api = try Child("/usr/bin/systemd-socket-activate", [
            "-l", socket, "--fdname=api", "-E", "NOTIFY_SOCKET=\(cluster.notify.path)", "\(Paths.bin)/clonecode-api",
            "--questions-db", "unix:\(cluster.questionsSocket)", "--metadata-db", "unix:\(cluster.metadataSocket)",
            "--log", "stderr", "--listen", "unix:\(cluster.dir)/not-used.sock",
        ], logTo: "\(cluster.dir)/activated.log")
        defer { api.stop() }
        for _ in 0..<250 where !FileManager.default.fileExists(atPath: socket) { try await Task.sleep(for: .milliseconds(20)) }
        // systemd-socket-activate starts the daemon on the first connection.
        let client = try await RPCClient.connect(to: .unix(path: socket))
        defer { client.close() }
        let health = try await client.call(Method.Health.check, Empty(), timeout: .seconds(20))
        #expect(health.serving)
        #expect(await cluster.notify.waitFor { $0 == "STATUS=serving on unix:\(socket) (fd:api)" } != nil)
        #expect(!FileManager.default.fileExists(atPath: "\(cluster.dir)/not-used.sock"))
    }

    @Test func theWatchdogIsFedWhileTheDaemonAnswersItself() async throws {
        let cluster = try Cluster()
        try await cluster.startRedisServers()
        try await cluster.startAPI(environment: ["WATCHDOG_USEC": "400000"])
        try await Task.sleep(for: .seconds(1.5))
        let pings = cluster.notify.lines.filter { $0 == "WATCHDOG=1" }.count
        #expect(pings >= 3, "only \(pings) WATCHDOG=1 in 1.5 s with WATCHDOG_USEC=0.4 s")
    }

    @Test func sigtermDrainsStreamsSaysStoppingAndExitsCleanly() async throws {
        let cluster = try await Cluster.withBank()
        let client = try await cluster.client()
        defer { client.close() }
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: "pass")).runID
        let watch = Task { () -> RPCError? in
            do {
                for try await _ in client.stream(Method.Judge.watchRun, GetRunRequest(runID: runID)) {}
                return nil
            } catch let error as RPCError {
                return error
            }
        }
        try await Task.sleep(for: .milliseconds(300))
        cluster.api?.signal(SIGTERM)
        #expect(await cluster.notify.waitFor { $0 == "STOPPING=1" } != nil)
        let ended = try await watch.value
        #expect(ended == RPCError(.unavailable, "the server is shutting down"))
        #expect(await cluster.api?.wait(timeout: .seconds(10)) == 0)
        #expect(cluster.api?.log.contains("stopped") == true)
    }

    @Test("with --log journal, each run's log lines reach journald with RUN_ID, QUESTION and LANGUAGE fields")
    func journaldEntriesCarryTheRunsFields() async throws {
        let cluster = try Cluster()
        try await cluster.startRedisServers()
        let capture = "\(cluster.dir)/journal.jsonl"
        let api = try Child("/usr/bin/unshare", [
            "--mount", "--propagation", "private", "\(Paths.root)/Tests/tools/journal_capture.py", capture, "--",
            "\(Paths.bin)/clonecode-api", "--listen", "unix:\(cluster.apiSocket)", "--questions-db", "unix:\(cluster.questionsSocket)",
            "--metadata-db", "unix:\(cluster.metadataSocket)", "--log", "journal",
        ], logTo: "\(cluster.dir)/capture.log")
        defer { api.stop() }
        for _ in 0..<500 where (try? await cluster.client())?.close() == nil { try await Task.sleep(for: .milliseconds(20)) }
        try await cluster.loadBank()
        let client = try await cluster.client()
        defer { client.close() }
        let runID = try await client.call(Method.Judge.submit, SubmitRequest(slug: "two-sum", language: "python3", source: "pass")).runID
        var entry: [String: String]?
        for _ in 0..<250 where entry == nil {
            try await Task.sleep(for: .milliseconds(20))
            let lines = ((try? String(contentsOfFile: capture, encoding: .utf8)) ?? "").split(separator: "\n")
            entry = lines.compactMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
                .first { $0["RUN_ID"] == runID }
        }
        let fields = try #require(entry, "no journal entry with RUN_ID=\(runID): \(api.log)")
        #expect(fields["MESSAGE"] == "run queued")
        #expect(fields["QUESTION"] == "two-sum" && fields["LANGUAGE"] == "python3")
        #expect(fields["PRIORITY"] == "6" && fields["SYSLOG_IDENTIFIER"] == "clonecode-api")
        #expect(fields["CODE_FILE"]?.hasSuffix("JudgeService.swift") == true && Int(fields["CODE_LINE"] ?? "") != nil)
    }

    @Test func journalFieldNamesFollowJournaldsRules() {
        #expect(JournalLogHandler.fieldName("run_id") == "RUN_ID")
        #expect(JournalLogHandler.fieldName("question") == "QUESTION")
        #expect(JournalLogHandler.fieldName("peer-addr") == "PEER_ADDR")
        #expect(JournalLogHandler.fieldName("_private") == "PRIVATE")
        #expect(JournalLogHandler.fieldName("unit") == nil)
        #expect(JournalLogHandler.fieldName("MESSAGE") == nil)
    }

    @Test("a client in another language (Python, protoc-generated code) lists the questions")
    func pythonClient() async throws {
        let cluster = try await Cluster.withBank()
        let generated = "\(cluster.dir)/py"
        try FileManager.default.createDirectory(atPath: generated, withIntermediateDirectories: true)
        let protoc = try await Subprocess.run("/usr/bin/protoc", ["-I\(Paths.root)/proto", "--python_out=\(generated)",
                                                                 "\(Paths.root)/proto/clonecode/v1/clonecode.proto"])
        #expect(protoc.status == 0)
        let python = try await Subprocess.run("/usr/bin/python3", ["\(Paths.root)/clients/python/clonecode_client.py",
                                                                  "unix:\(cluster.apiSocket)", "list"], environment: ["PYTHONPATH": generated])
        #expect(python.status == 0)
        let text = python.text
        let client = try await cluster.client()
        defer { client.close() }
        let list = try await client.call(Method.Questions.list, ListQuestionsRequest())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines == list.questions.map { "\($0.number)\t\($0.slug)\t\($0.difficulty.rawValue.uppercased())\t\($0.title)" })
    }
}
