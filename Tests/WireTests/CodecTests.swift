import Foundation
import Model
import TestSupport
import Testing
@testable import Wire

@Suite("protobuf-c codec")
struct CodecTests {
    static let question = Question(
        number: 1, slug: "two-sum", title: "Two Sum", difficulty: .easy, tags: ["array", "hash-table"],
        statement: "Find two numbers — with ünïcode.", examples: [Example(input: "nums = [1,2], target = 3", output: "[0,1]")],
        constraints: ["2 <= n"], signature: Signature(functionName: "twoSum", params: [Param(name: "nums", type: "integer[]"),
        Param(name: "target", type: "integer")], returnType: "integer[]"), compare: .anyOrder, tolerance: 0,
        timeLimitMs: 2000, memoryLimitMb: 256)

    static var run: Run {
        var run = Run(runID: "123e4567-e89b-42d3-a456-426614174000", status: .finished, question: "two-sum",
                      language: .python3, mode: .submit, source: "", createdAtMs: 1_700_000_000_123)
        run.verdict = .wrongAnswer
        run.passed = 3
        run.total = 32
        run.memoryKb = 14_000_000_000
        run.failedTest = FailedTest(input: "nums = [3,3], target = 6", expected: "[0,1]", actual: "[0,0]", stdout: "debug\n")
        run.outputs = [TestOutput(input: "x", expected: "1", actual: "2", stdout: "", passed: false)]
        run.percentile = 42.5
        return run
    }

    @Test func questionRoundTrips() throws {
        let detail = QuestionDetail(question: Self.question, languages: [.python3, .cpp], stubLanguage: .python3,
                                    stub: "class Solution:\n", accepted: 7, submitted: UInt64.max)
        #expect(try QuestionDetail(wire: detail.wireBytes()) == detail)
    }

    @Test func runRoundTripsWithoutItsSource() throws {
        var run = Self.run
        run.source = "print(1)"
        var expected = run
        expected.source = ""
        #expect(try Run(wire: run.wireBytes()) == expected)
    }

    @Test func frameKeepsLargeCallIDsAndBinaryPayloads() throws {
        let payload: [UInt8] = [0, 1, 2, 255, 0, 128]
        let frame = Frame(callID: UInt64.max - 1, kind: .streamEnd, method: "m", timeoutMs: 1500, payload: payload,
                          code: .resourceExhausted, message: "full", authToken: "t")
        #expect(try Frame(wire: frame.wireBytes()) == frame)
    }

    @Test func emptyMessagesEncodeToNothing() {
        #expect(Empty().wireBytes().isEmpty)
        #expect(Frame(callID: 0, kind: .unspecified).wireBytes().isEmpty)
    }

    @Test func invalidBytesAreAnErrorNotACrash() {
        #expect(throws: WireError.self) { try Frame(wire: [0xff, 0xff, 0xff]) }
        // Field 2 (kind) given as a length-delimited field: wrong wire type.
        #expect(throws: WireError.self) { try Frame(wire: [0x12, 0x01, 0x00]) }
    }

    @Test func enumValuesOutOfRangeAreRejected() throws {
        // Question.difficulty = 9
        #expect(throws: WireError.self) { try QuestionDetail(wire: [0x20, 0x09, 0x52, 0x05] + Array("exact".utf8)) }
    }

    @Test("fuzz: random and truncated bytes never crash the decoder", arguments: 0..<4)
    func fuzz(seed: UInt64) throws {
        var rng = SplitMix(seed: seed)
        let valid = [Self.run.wireBytes(), QuestionDetail(question: Self.question).wireBytes(),
                     Frame(callID: 9, kind: .request, method: "a/b", payload: [1, 2, 3]).wireBytes()]
        for _ in 0..<2000 {
            let bytes = (0..<Int(rng.next() % 64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            _ = try? Frame(wire: bytes)
            _ = try? Run(wire: bytes)
            _ = try? QuestionDetail(wire: bytes)
        }
        for message in valid {
            for length in 0..<message.count {
                _ = try? Frame(wire: message.prefix(length))
                _ = try? Run(wire: message.prefix(length))
            }
            for _ in 0..<500 {
                var flipped = message
                flipped[Int(rng.next() % UInt64(flipped.count))] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
                _ = try? Run(wire: flipped)
                _ = try? QuestionDetail(wire: flipped)
            }
        }
    }

    @Test("golden: protoc --decode reads our bytes as the same fields")
    func golden() async throws {
        let bytes = Self.run.wireBytes()
        let decoded = try await Subprocess.run("/usr/bin/protoc", ["-I\(Paths.root)/proto", "--decode=clonecode.v1.Run",
                                                                  "\(Paths.root)/proto/clonecode/v1/clonecode.proto"], stdin: Data(bytes))
        #expect(decoded.status == 0)
        let text = decoded.text
        #expect(text == """
            run_id: "123e4567-e89b-42d3-a456-426614174000"
            status: FINISHED
            question: "two-sum"
            language: "python3"
            created_at_ms: 1700000000123
            verdict: WRONG_ANSWER
            passed: 3
            total: 32
            memory_kb: 14000000000
            failed_test {
              input: "nums = [3,3], target = 6"
              expected: "[0,1]"
              actual: "[0,0]"
              stdout: "debug\\n"
            }
            percentile: 42.5
            outputs {
              input: "x"
              expected: "1"
              actual: "2"
            }

            """)
    }

    @Test("golden: bytes encoded by protoc decode to the same message")
    func goldenReverse() async throws {
        let text = "call_id: 7\nkind: FRAME_REQUEST\nmethod: \"clonecode.v1.Questions/List\"\ntimeout_ms: 250\nauth_token: \"tok\"\n"
        let encoded = try await Subprocess.run("/usr/bin/protoc", ["-I\(Paths.root)/proto", "--encode=clonecode.v1.Frame",
                                                                  "\(Paths.root)/proto/clonecode/v1/clonecode.proto"], stdin: Data(text.utf8))
        #expect(encoded.status == 0)
        let frame = try Frame(wire: Array(encoded.stdout))
        #expect(frame == Frame(callID: 7, kind: .request, method: "clonecode.v1.Questions/List", timeoutMs: 250, authToken: "tok"))
    }

    @Test("the committed generated code (protoc-c's and the Swift side) is what scripts/gen-proto makes from proto/")
    func generatedCodeIsCurrent() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gen-proto-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try await Subprocess.run("/bin/bash", ["\(Paths.root)/scripts/gen-proto", scratch])
        #expect(result.status == 0)
        let generated = { (name: String) in [".pb-c.c", ".pb-c.h", ".pb.swift"].contains { name.hasSuffix($0) } }
        let made = try FileManager.default.subpathsOfDirectory(atPath: scratch).filter(generated)
        let kept = try FileManager.default.subpathsOfDirectory(atPath: "\(Paths.root)/Sources").filter(generated)
        #expect(made.count >= 7)
        #expect(Set(kept) == Set(made), "made but not committed, or committed but no longer made: run scripts/gen-proto")
        for file in made {
            let fresh = FileManager.default.contents(atPath: "\(scratch)/\(file)")
            let committed = FileManager.default.contents(atPath: "\(Paths.root)/Sources/\(file)")
            #expect(fresh != nil && fresh == committed, "Sources/\(file) is stale: run scripts/gen-proto")
        }
    }

    @Test("a run's JSON: the proto's field names, verdict null until finished, failed_test always an object, no source")
    func runJSON() throws {
        var run = Self.run
        run.source = "print(1)"
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(run)) as? [String: Any])
        #expect(Set(object.keys) == [
            "run_id", "status", "question", "language", "mode", "created_at_ms", "started_at_ms", "finished_at_ms", "worker",
            "verdict", "passed", "total", "runtime_ms", "memory_kb", "message", "compile_output", "failed_test", "percentile",
            "current_test", "attempts", "outputs", "program_ms", "author",
        ])
        #expect(object["status"] as? String == "Finished")
        #expect(object["verdict"] as? String == "Wrong Answer")
        #expect(object["mode"] as? String == "submit")
        #expect((object["failed_test"] as? [String: String])?["actual"] == "[0,0]")
        #expect((object["outputs"] as? [[String: Any]])?.first?["passed"] as? Bool == false)

        let queued = Run(runID: "r", question: "two-sum", language: .go, createdAtMs: 1)
        let fresh = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(queued)) as? [String: Any])
        #expect(fresh["verdict"] is NSNull)
        #expect(fresh["failed_test"] as? [String: String] == ["input": "", "expected": "", "actual": "", "stdout": ""])
    }

    @Test("a typed method carries the name of its proto method")
    func methodNames() {
        #expect(Method.Judge.watchRun.name == "clonecode.v1.Judge/WatchRun")
        #expect(Method.Questions.get.name == "clonecode.v1.Questions/Get")
        #expect(StatusCode.internalError.description == "INTERNAL")
    }
}
