public import Model

/// Compares a program's answer with the expected one, as the question says.
public enum Comparator {
    /// Where a design question's answer (one value per call) first differs from the expected one:
    /// "call 5, get(...) returned 3; expected -1". Nil when the answers are no such lists.
    public static func firstDifferentCall(_ actual: String, _ expected: String, input: String) -> String? {
        guard case .array(let a)? = try? JSONValue(parsing: actual), case .array(let e)? = try? JSONValue(parsing: expected),
              case .array(let pair)? = try? JSONValue(parsing: input), pair.count == 2,
              case .array(let names) = pair[0], case .array(let arguments) = pair[1] else { return nil }
        guard a.count == e.count else { return "the answer has \(a.count) values for \(e.count) calls" }
        guard let index = a.indices.first(where: { a[$0] != e[$0] }), index < names.count, index < arguments.count else { return nil }
        let name = if case .string(let text) = names[index] { text } else { names[index].text }
        var given = String(arguments[index].text.dropFirst().dropLast())
        if given.count > 200 { given = String(given.prefix(200)) + "…" }
        return "call \(index + 1), \(name)(\(given)), returned \(a[index].text); expected \(e[index].text)"
    }

    /// True when `actual` (canonical JSON from the driver) matches `expected`.
    public static func matches(_ actual: String, _ expected: String, mode: CompareMode, tolerance: Double) -> Bool {
        if mode == .exact && actual == expected { return true }
        guard let a = try? JSONValue(parsing: actual), let e = try? JSONValue(parsing: expected) else { return false }
        switch mode {
        case .exact:
            return a == e
        case .anyOrder:
            guard case .array(let x) = a, case .array(let y) = e else { return a == e }
            return x.count == y.count && x.map(\.text).sorted() == y.map(\.text).sorted()
        case .sortedNested:
            return normalized(a) == normalized(e)
        case .float:
            return close(a, e, tolerance)
        case .tokens, .checker:
            // A checker's question: the reference's own answer is right; others go to the checker.
            return a == e
        }
    }

    /// True when a program's output matches the expected output, as the question says: `.exact`
    /// the same text (a missing final newline aside), `.tokens` the same whitespace-separated tokens,
    /// `.float` the same tokens with numbers equal within `tolerance` (absolute or relative).
    public static func matchesOutput(_ actual: String, _ expected: String, mode: CompareMode, tolerance: Double) -> Bool {
        switch mode {
        case .exact:
            return trimmingFinalNewline(actual) == trimmingFinalNewline(expected)
        case .float:
            let (a, e) = (tokens(actual), tokens(expected))
            return a.count == e.count && zip(a, e).allSatisfy { x, y in
                if x == y { return true }
                guard let u = Double(x), let v = Double(y), u.isFinite, v.isFinite else { return false }
                return abs(u - v) <= tolerance || abs(u - v) <= tolerance * abs(v)
            }
        default:
            return tokens(actual) == tokens(expected)
        }
    }

    static func tokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    static func trimmingFinalNewline(_ text: String) -> Substring {
        var text = Substring(text)
        if text.hasSuffix("\r\n") { text = text.dropLast(2) } else if text.hasSuffix("\n") { text = text.dropLast() }
        return text
    }

    /// Inner lists sorted, then the outer list sorted. Each item's key and text are made once, not
    /// at every comparison of the sort (answers may hold 10^4 lists).
    static func normalized(_ value: JSONValue) -> [String]? {
        guard case .array(let outer) = value else { return nil }
        return outer.map { inner -> String in
            guard case .array(let items) = inner else { return inner.text }
            let keyed = items.map { item in let text = item.text; return (key: item.sortKey(text: text), text: text) }.sorted { $0.key < $1.key }
            return "[" + keyed.map(\.text).joined(separator: ",") + "]"
        }.sorted()
    }

    static func close(_ a: JSONValue, _ b: JSONValue, _ tolerance: Double) -> Bool {
        switch (a, b) {
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { close($0, $1, tolerance) }
        default:
            guard let x = a.number, let y = b.number else { return a == b }
            return abs(x - y) <= tolerance
        }
    }
}

extension JSONValue {
    var number: Double? {
        switch self {
        case .int(let v): Double(v)
        case .double(let v): v
        default: nil
        }
    }

    /// Numbers by value, everything else by its `text`.
    func sortKey(text: String) -> String {
        if case .int(let v) = self, let shifted = UInt64(exactly: Int128(v) + Int128(Int64.max) + 1) {
            let digits = String(shifted)
            return String(repeating: "0", count: 20 - digits.count) + digits
        }
        if let number { return String(format: "%030.10f", number + 1e15) }
        return text
    }
}

import Foundation
