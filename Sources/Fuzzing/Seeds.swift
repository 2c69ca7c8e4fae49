import NIOCore
import RPC
import SandboxProtocol
import Wire

extension FuzzTarget {
    /// Well-formed inputs to start fuzzing from, encoded from real messages. (The question target
    /// starts from the bank's own questions; scripts/fuzz adds them.)
    public var seeds: [[UInt8]] {
        switch self {
        case .frame:
            Seeds.frames.map { Seeds.encoded([$0]) } + [Seeds.encoded(Seeds.frames)]
        case .message:
            [MessageInput.input(Seeds.frames[0]), MessageInput.input(Seeds.submit), MessageInput.input(Seeds.job),
             MessageInput.input(Seeds.result)]
        case .attach:
            [Array("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n".utf8)
                + Seeds.multiplexed(1, RunnerFraming.frame(RunnerResult(id: 0, version: RunnerVersion.current)))
                + Seeds.multiplexed(2, Array("a warning\n".utf8))
                + Seeds.multiplexed(1, RunnerFraming.frame(Seeds.result))]
        case .runner:
            [RunnerFraming.frame(Seeds.job), RunnerFraming.frame(Seeds.job) + RunnerFraming.frame(Seeds.job)]
        case .question:
            []
        case .http:
            [Array("GET /api/questions?difficulty=easy&search=two+sum HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8),
             Array("GET /api/questions/two-sum?language=python3 HTTP/1.1\r\nHost: localhost\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n".utf8),
             Seeds.post("/api/run", #"{"slug":"two-sum","language":"python3","source":"x = 1","input":"[[2,7],9]","request_id":"r-1"}"#),
             Array("GET /api/runs/abc/events HTTP/1.1\r\n\r\n".utf8),
             Array("POST /api/submit HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n0\r\n\r\n".utf8)]
        }
    }
}

/// Real messages of each kind, for the seeds.
enum Seeds {
    static let submit = SubmitRequest(slug: "two-sum", language: "python3", source: "class Solution:\n    pass\n",
                                      mode: .try, customInput: "[[2,7,11,15],9]\n", requestID: "r-1")
    static let frames = [
        Frame(callID: 1, kind: .request, method: "clonecode.v1.Judge/Submit", timeoutMs: 10_000, payload: submit.wireBytes(), authToken: "t"),
        Frame(callID: 2, kind: .request, method: "clonecode.v1.Judge/GetRun", payload: GetRunRequest(runID: "r1").wireBytes()),
        Frame(callID: 2, kind: .response, payload: [], code: .resourceExhausted, message: "full", retryAfterMs: 5000),
    ]
    static let job = RunnerJob(id: 1, files: [RunnerFile(path: "main.py", content: Array("print(1)\n".utf8), key: "k1")],
                               run: RunnerStep(argv: ["/usr/bin/python3", "main.py"], limits: RunnerLimits(cpuMs: 2000, wallMs: 5000, memoryBytes: 256 << 20)),
                               inputs: [Array("1\n".utf8), []])
    static let result = RunnerResult(id: 1, run: RunnerStepResult(ran: true, wallMs: 12, cpuMs: 10, stdout: Array("1\n".utf8)),
                                     clean: true, testsDone: 2, runs: [RunnerStepResult(ran: true, stdout: Array("1\n".utf8))])

    static func post(_ path: String, _ body: String) -> [UInt8] {
        Array("POST \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    }

    /// Frames as a client sends them (FrameEncoder).
    static func encoded(_ frames: [Frame]) -> [UInt8] {
        var buffer = ByteBuffer()
        for frame in frames { try! FrameEncoder().encode(data: frame, out: &buffer) }
        return Array(buffer.readableBytesView)
    }

    /// One frame of Docker's multiplexed stream (1 stdout, 2 stderr): the stream, three zero bytes,
    /// the payload's big-endian size, the payload.
    static func multiplexed(_ stream: UInt8, _ payload: [UInt8]) -> [UInt8] {
        var buffer = ByteBuffer(bytes: [stream, 0, 0, 0])
        buffer.writeInteger(UInt32(payload.count))
        buffer.writeBytes(payload)
        return Array(buffer.readableBytesView)
    }
}
