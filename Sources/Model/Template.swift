import Foundation

/// Program text with named holes, `{{name}}`, read from a language's folder (runtime/LANGUAGE/
/// templates and stubs). Filling it in is one pass over the template, so text put into a hole (a
/// user's solution) is never read for holes itself. `{{` not followed by a name and `}}` is text.
public struct Template: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        case hole(String)
    }

    let pieces: [Piece]

    public init(_ text: String) {
        pieces = Self.scan(text, isName: Self.isName)
    }

    /// The pieces of `text`: `{{NAME}}` is a hole when `isName(NAME)`, anything else is text.
    static func scan(_ text: String, isName: (Substring) -> Bool) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            literal += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            if let close = after.range(of: "}}"), case let name = after[..<close.lowerBound], isName(name) {
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.hole(String(name)))
                rest = after[close.upperBound...]
            } else {
                literal += "{"
                rest = rest[rest.index(after: open.lowerBound)...]
            }
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return pieces
    }

    /// The names of the holes, in order.
    public var holes: [String] {
        pieces.compactMap { if case .hole(let name) = $0 { name } else { nil } }
    }

    /// The text with each hole replaced by its value; a hole without a value becomes empty.
    public func fill(_ values: [String: String]) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .hole(let name): out += values[name] ?? ""
            }
        }
        return out
    }

    static func isName(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }
    }
}
