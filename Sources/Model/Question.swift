/// A question as clients see it: everything but the hidden tests.
public struct Question: Codable, Equatable, Sendable {
    public var number: Int
    public var slug: String
    public var title: String
    public var difficulty: Difficulty
    public var tags: [String]
    /// Markdown, in our own words.
    public var statement: String
    public var examples: [Example]
    public var constraints: [String]
    /// The function a solution implements; nil for a program question, whose solution is a whole
    /// program that reads the input on standard input and prints the answer.
    public var signature: Signature?
    public var compare: CompareMode
    /// Allowed absolute difference when `compare` is `.float`.
    public var tolerance: Double
    public var timeLimitMs: Int
    public var memoryLimitMb: Int
    /// Languages LeetCode does not offer for this question (Rust for lists with cycles): no stub,
    /// and a submission in one of them is refused.
    public var unavailable: [Language]

    public init(
        number: Int, slug: String, title: String, difficulty: Difficulty, tags: [String], statement: String,
        examples: [Example], constraints: [String], signature: Signature?, compare: CompareMode = .exact,
        tolerance: Double = 0, timeLimitMs: Int = 2000, memoryLimitMb: Int = 256,
        unavailable: [Language] = []
    ) {
        self.number = number
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.tags = tags
        self.statement = statement
        self.examples = examples
        self.constraints = constraints
        self.signature = signature
        self.compare = compare
        self.tolerance = tolerance
        self.timeLimitMs = timeLimitMs
        self.memoryLimitMb = memoryLimitMb
        self.unavailable = unavailable
    }

    enum CodingKeys: String, CodingKey {
        case number, slug, title, difficulty, tags, statement, examples, constraints, signature, compare, tolerance, unavailable
        case timeLimitMs = "time_limit_ms"
        case memoryLimitMb = "memory_limit_mb"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            number: try c.decode(Int.self, forKey: .number), slug: try c.decode(String.self, forKey: .slug),
            title: try c.decode(String.self, forKey: .title), difficulty: try c.decode(Difficulty.self, forKey: .difficulty),
            tags: try c.decode([String].self, forKey: .tags), statement: try c.decode(String.self, forKey: .statement),
            examples: try c.decode([Example].self, forKey: .examples), constraints: try c.decode([String].self, forKey: .constraints),
            signature: try c.decodeIfPresent(Signature.self, forKey: .signature), compare: try c.decode(CompareMode.self, forKey: .compare),
            tolerance: try c.decode(Double.self, forKey: .tolerance), timeLimitMs: try c.decode(Int.self, forKey: .timeLimitMs),
            memoryLimitMb: try c.decode(Int.self, forKey: .memoryLimitMb),
            unavailable: try c.decodeIfPresent([Language].self, forKey: .unavailable) ?? [])
    }

    /// True for a stdin/stdout question (no signature).
    public var isProgram: Bool { signature == nil }

    /// Limits a question may ask for.
    public static let timeLimitRange = 100...20_000
    public static let memoryLimitRange = 16...2048

    /// Every problem with this question, in words; empty when it can be stored.
    public func problems() -> [String] {
        var found: [String] = []
        if !Slug.isValid(slug) { found.append("slug '\(slug)' must be lower-case letters, digits and single dashes") }
        if number < 1 { found.append("number must be at least 1") }
        if title.trimmingCharacters(in: .whitespaces).isEmpty { found.append("title is empty") }
        if statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found.append("statement is empty") }
        if !Self.timeLimitRange.contains(timeLimitMs) {
            found.append("time_limit_ms \(timeLimitMs) is outside \(Self.timeLimitRange)")
        }
        if !Self.memoryLimitRange.contains(memoryLimitMb) {
            found.append("memory_limit_mb \(memoryLimitMb) is outside \(Self.memoryLimitRange)")
        }
        if compare == .float && !(tolerance > 0) { found.append("compare 'float' needs a tolerance above 0") }
        if let signature {
            if signature.isDesign && ![.exact].contains(compare) { found.append("a design question's answers are compared 'exact'") }
            if compare == .tokens { found.append("compare 'tokens' is for program questions") }
            found += signature.problems()
        } else if ![.exact, .tokens, .float, .checker].contains(compare) {
            found.append("a program question compares 'exact', 'tokens', 'float' or 'checker', not '\(compare.rawValue)'")
        }
        return found
    }
}

import Foundation

/// A question's reference solution: it computed the expected outputs, and it answers the custom
/// inputs of `try` runs. Never sent to clients.
public struct ReferenceSolution: Codable, Equatable, Sendable {
    public var language: Language
    public var source: String

    public init(language: Language, source: String) {
        self.language = language
        self.source = source
    }
}
