import Bank
import Foundation
import Model
import RPC
import Testing
import Wire

/// The page in a real browser (Debian's chromium through selenium) against the whole fleet.
@Suite("clonecode-web in a browser", .serialized)
struct WebTests {
    @Test func thePageWorksInABrowser() async throws {
        let cluster = try await Cluster.withBank(apiArguments: ["--languages", "python3,cpp"])
        // A question whose statement tries to inject markup.
        var probe = try #require(try BankFixture.load().first { $0.question.slug == "two-sum" })
        probe.question.slug = "xss-probe"
        probe.question.number = 999
        probe.question.title = "XSS probe"
        probe.question.statement = "Watch <script>window.__xss=1</script> and <img src=x onerror=\"window.__xss=2\"> stay text."
        let admin = try await cluster.client()
        _ = try await admin.call(Method.Questions.put, PutQuestionRequest(question: probe.question, tests: probe.tests, reference: probe.reference))
        admin.close()
        _ = try await cluster.startWorker(id: "web-tests")
        let port = Ports.free(), metricsPort = Ports.free()
        let web = try Child("\(Paths.bin)/clonecode-web", [
            "--api", "unix:\(cluster.apiSocket)", "--port", String(port), "--assets", "\(Paths.root)/web", "--log", "stderr",
            "--submit-burst", "12", "--metrics", "127.0.0.1:\(metricsPort)",
        ], logTo: "\(cluster.dir)/web.log")
        defer { web.stop() }
        for _ in 0..<250 where !FileManager.default.fileExists(atPath: "/proc/\(web.process.processIdentifier)") || !web.log.contains("ready") {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(web.log.contains("ready"), "\(web.log)")
        let output = "\(Paths.root)/test-output/browser"
        let browser = try await Subprocess.run("/usr/bin/python3", ["\(Paths.root)/Tests/browser/test_web.py", "http://127.0.0.1:\(port)", output])
        let text = browser.text + browser.errorText
        print(text)
        #expect(browser.status == 0, "\(text)")
        #expect(text.contains("18 passed, 0 failed"))
        // The gateway's metrics count the page's requests.
        let metrics = try MetricsTests.scrape(metricsPort)
        #expect((metrics.value("clonecode_http_requests_total", ["code": "200"]) ?? 0) >= 10, "\(metrics.text)")
    }
}
