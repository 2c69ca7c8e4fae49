import Bank
import Foundation

/// question.yaml and tests.json (the input split at its first NUL byte) parsed and checked by the
/// question bank's loader.
enum QuestionInput {
    static func run(_ input: [UInt8]) {
        let split = input.firstIndex(of: 0) ?? input.endIndex
        let yaml = Data(input[..<split])
        let tests = split < input.endIndex ? Data(input[(split + 1)...]) : Data()
        _ = try? QuestionBank.parse(yaml: yaml, tests: tests, path: "questions/fuzz/question.yaml")
    }
}
