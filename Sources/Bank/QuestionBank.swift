package import Foundation
public import Model
import Yams

/// The question bank on disk: `DIR/<slug>/question.yaml` (what people edit) and `DIR/<slug>/tests.json`
/// (written by scripts/gen-tests from the reference solution beside it).
public enum QuestionBank {
    /// A question ready to store: what clients see and the hidden tests.
    public struct Entry: Sendable {
        public var question: Question
        public var tests: [TestCase]
        /// reference.py beside the question, when there is one.
        public var reference: ReferenceSolution?
        /// checker.py beside the question (compare: checker): decides whether an answer is right.
        public var checker: String?
        public var directory: String
    }

    /// Why a question could not be loaded.
    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Loads every `*/question.yaml` below `directory`, sorted by number.
    public static func load(directory: String) throws -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let entries = try names.sorted().compactMap { name -> Entry? in
            let path = "\(directory)/\(name)/question.yaml"
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return try loadQuestion(path)
        }
        guard !entries.isEmpty else { throw LoadError(description: "no */question.yaml below \(directory)") }
        return entries.sorted { $0.question.number < $1.question.number }
    }

    /// Loads one question from its question.yaml and the tests.json beside it. A question without a
    /// signature is a program question: its reference.py is a program, its tests are text.
    public static func loadQuestion(_ path: String) throws -> Entry {
        let directory = (path as NSString).deletingLastPathComponent
        let testsPath = "\(directory)/tests.json"
        guard let yaml = FileManager.default.contents(atPath: path) else { throw LoadError(description: "cannot read \(path)") }
        guard let json = FileManager.default.contents(atPath: testsPath) else {
            throw LoadError(description: "\(testsPath) is missing: run scripts/gen-tests")
        }
        let (question, tests) = try parse(yaml: yaml, tests: json, path: path)
        let reference = (try? String(contentsOfFile: "\(directory)/reference.py", encoding: .utf8))
            .map { ReferenceSolution(language: .python3, source: $0) }
        let checker = try? String(contentsOfFile: "\(directory)/checker.py", encoding: .utf8)
        if question.compare == .checker && checker == nil {
            throw LoadError(description: "\(path): compare 'checker' needs checker.py beside it")
        }
        return Entry(question: question, tests: tests, reference: reference,
                     checker: question.compare == .checker ? checker : nil, directory: directory)
    }

    /// A question and its tests (examples first) from the bytes of its question.yaml and tests.json,
    /// checked; errors name `path` (the question.yaml's).
    package static func parse(yaml: Data, tests json: Data, path: String) throws -> (Question, [TestCase]) {
        let testsPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("tests.json")
        let file = try decode(path) { try YAMLDecoder().decode(QuestionFile.self, from: yaml) }
        let generated = try decode(testsPath) { try JSONDecoder().decode(GeneratedTests.self, from: json) }
        guard generated.examples.count == file.examples.count else {
            throw LoadError(description: "\(testsPath) is stale (examples differ from question.yaml): run scripts/gen-tests")
        }
        let examples = zip(file.examples, generated.examples).map { source, computed in
            Example(input: file.signature.map { Arguments.display(computed.input, signature: $0) } ?? computed.input,
                    output: computed.expected, explanation: source.explanation ?? "")
        }
        let question = Question(
            number: file.number, slug: file.slug, title: file.title, difficulty: file.difficulty, tags: file.tags,
            statement: file.statement, examples: examples, constraints: file.constraints, signature: file.signature,
            compare: file.compare ?? .exact, tolerance: file.tolerance ?? 0, timeLimitMs: file.timeLimitMs ?? 2000,
            memoryLimitMb: file.memoryLimitMb ?? 256, unavailable: file.unavailable ?? [])
        let problems = question.problems()
        guard problems.isEmpty else { throw LoadError(description: "\(path): " + problems.joined(separator: "; ")) }
        return (question, generated.examples + generated.tests)
    }

    /// Decodes a file's bytes; a malformed file is a LoadError that names it.
    private static func decode<T>(_ path: String, _ decode: () throws -> T) throws -> T {
        do {
            return try decode()
        } catch {
            throw LoadError(description: "\(path): \(error)")
        }
    }
}

/// question.yaml as written by people.
struct QuestionFile: Decodable {
    struct ExampleSource: Decodable {
        var input: String
        var explanation: String?
    }

    var number: Int
    var slug: String
    var title: String
    var difficulty: Difficulty
    var tags: [String]
    var statement: String
    /// Absent for a program question.
    var signature: Signature?
    var compare: CompareMode?
    var tolerance: Double?
    var timeLimitMs: Int?
    var memoryLimitMb: Int?
    var unavailable: [Language]?
    var examples: [ExampleSource]
    var constraints: [String]

    enum CodingKeys: String, CodingKey {
        case number, slug, title, difficulty, tags, statement, signature, compare, tolerance, examples, constraints, unavailable
        case timeLimitMs = "time_limit_ms"
        case memoryLimitMb = "memory_limit_mb"
    }
}

/// tests.json as scripts/gen-tests writes it.
struct GeneratedTests: Decodable {
    var examples: [TestCase]
    var tests: [TestCase]
}
