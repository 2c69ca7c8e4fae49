/// A language's spelling of signature types, as its language.json declares it ("types"): named
/// tables (the type's name, its name as a parameter, its decoding...), each a map from a type key
/// to a pattern.
///
/// A key is a type in LeetCode's spelling (`integer`, `ListNode`, `character[][]`, `list<integer>`)
/// or such a spelling with one `*` standing for any type (`*[]`, `list<*>`, `*[][]`, `*`). A type
/// takes the pattern of the matching key with the most written characters. A table without a
/// `list<…>` key reads lists as arrays (`list<list<integer>>` as `integer[][]`); in the others, a
/// type that matches no key is tried again with its lists read as arrays.
/// The key `element` is no type: the expression of an element in the patterns of the type the `*`
/// stands for (`x{{depth}}`), when the table decodes.
///
/// A pattern is text with holes: `{{type:TABLE}}` the same type in another table, `{{inner}}` and
/// `{{inner:TABLE}}` the type the key's `*` stands for in this table or another (one level deeper:
/// `{{depth}}` counts the levels), any other `{{name}}` a value given by the caller (`{{value}}`,
/// `{{name}}`, `{{index}}`...). As in templates, `{{` not followed by a name and `}}` is text.
public struct TypePatterns: Sendable {
    let tables: [String: Table]

    /// The tables of a language.json, checked: every key a type, every `{{type:TABLE}}` and
    /// `{{inner:TABLE}}` a table, `{{inner}}` only under a key with `*`, no table spelling a type
    /// by itself.
    public init(_ tables: [String: [String: String]]) throws(TypePatternError) {
        var parsed: [String: Table] = [:]
        for (name, entries) in tables {
            var table = Table()
            for (key, text) in entries.sorted(by: { $0.key < $1.key }) {
                let pattern = try Pattern(text, tables: Set(tables.keys), where: "types.\(name).\(key)")
                if key == "element" { table.element = pattern; continue }
                guard let parsedKey = Key(key) else {
                    throw TypePatternError("types.\(name): '\(key)' is not a type (LeetCode's spelling, with at most one * for any type)")
                }
                if !parsedKey.hasStar, pattern.mentionsInner {
                    throw TypePatternError("types.\(name).\(key): {{inner}} needs a key with * (such as *[] or list<*>)")
                }
                table.entries.append((parsedKey, pattern))
            }
            parsed[name] = table
        }
        self.tables = parsed
        try checkNoCycle()
    }

    /// No tables at all: every type renders empty.
    public init() { tables = [:] }

    /// Whether a table of this name is declared.
    public func has(_ table: String) -> Bool { tables[table] != nil }

    /// The pattern of `type` in `table`, its holes filled in from `values`; empty when no key matches.
    public func render(_ type: ValueType, in table: String, _ values: [String: String] = [:]) -> String {
        var values = values
        if values["depth"] == nil { values["depth"] = "0" }
        return render(type, table, values)
    }

    /// `pattern` (of a part of a stub or driver) with `{{type:TABLE}}` naming `type`.
    func fill(_ pattern: Pattern, type: ValueType, _ values: [String: String]) -> String {
        var values = values
        if values["depth"] == nil { values["depth"] = "0" }
        return fill(pattern, type: type, inner: nil, table: nil, values)
    }

    func render(_ type: ValueType, _ table: String, _ values: [String: String]) -> String {
        guard let entries = tables[table], let (pattern, inner) = entries.match(type) else { return "" }
        return fill(pattern, type: type, inner: inner, table: table, values)
    }

    func fill(_ pattern: Pattern, type: ValueType, inner: ValueType?, table: String?, _ values: [String: String]) -> String {
        var out = ""
        for piece in pattern.pieces {
            switch piece {
            case .text(let text): out += text
            case .value(let name): out += values[name] ?? ""
            case .type(let other): out += render(type, other, values)
            case .inner(let other):
                guard let inner, let table else { continue }
                var deeper = values
                if let element = tables[table]?.element { deeper["value"] = fill(element, type: type, inner: nil, table: nil, values) }
                deeper["depth"] = String((Int(values["depth"] ?? "0") ?? 0) + 1)
                out += render(inner, other ?? table, deeper)
            }
        }
        return out
    }

    /// A `{{type:TABLE}}` chain that comes back to its table would never end: refused when read.
    func checkNoCycle() throws(TypePatternError) {
        let edges = tables.mapValues { table in Set(table.entries.flatMap { $0.pattern.typeTables }) }
        for start in edges.keys.sorted() {
            var seen: Set<String> = []
            var next = edges[start] ?? []
            while !next.isEmpty {
                if next.contains(start) { throw TypePatternError("types.\(start): {{type:...}} comes back to \(start) for the same type") }
                seen.formUnion(next)
                next = Set(next.flatMap { edges[$0] ?? [] }).subtracting(seen)
            }
        }
    }

    /// A table: its keys with their patterns, and the element expression.
    struct Table: Sendable {
        var entries: [(key: Key, pattern: Pattern)] = []
        var element: Pattern?
        /// No key spells a list: lists are arrays to it.
        var readsListsAsArrays: Bool { !entries.contains { $0.key.prefix.contains("list<") || $0.key.suffix.contains("list<") } }

        /// The pattern for `type` and the type its key's `*` stands for.
        func match(_ type: ValueType) -> (Pattern, ValueType?)? {
            let spellings = readsListsAsArrays ? [type.arraySpelling] : [type.description, type.arraySpelling]
            for spelling in spellings {
                var best: (pattern: Pattern, inner: ValueType?, written: Int)?
                for (key, pattern) in entries {
                    guard let inner = key.match(spelling), key.written > (best?.written ?? -1) else { continue }
                    best = (pattern, inner, key.written)
                }
                if let best { return (best.pattern, best.inner) }
            }
            return nil
        }
    }

    /// A type key: LeetCode's spelling of a type, with at most one `*`.
    struct Key: Sendable {
        let prefix: Substring
        let suffix: Substring
        let hasStar: Bool
        /// How many characters are written out: the more, the more specific.
        var written: Int { prefix.count + suffix.count }

        init?(_ text: String) {
            let parts = text.split(separator: "*", omittingEmptySubsequences: false)
            guard parts.count <= 2, ValueType(text.replacingOccurrences(of: "*", with: "integer")) != nil else { return nil }
            prefix = parts[0]
            suffix = parts.count == 2 ? parts[1] : ""
            hasStar = parts.count == 2
        }

        /// nil when `spelling` does not match; else the type `*` stands for (or `.void` without a `*`).
        func match(_ spelling: String) -> ValueType?? {
            guard hasStar else { return spelling == prefix ? .some(nil) : nil }
            guard spelling.count > written, spelling.hasPrefix(prefix), spelling.hasSuffix(suffix) else { return nil }
            let middle = String(spelling.dropFirst(prefix.count).dropLast(suffix.count))
            guard let inner = ValueType(middle) else { return nil }
            return .some(inner)
        }
    }

    /// A pattern's text and holes.
    struct Pattern: Sendable {
        enum Piece: Sendable {
            case text(String)
            case value(String)
            case type(String)
            case inner(String?)
        }

        let pieces: [Piece]

        var mentionsInner: Bool { pieces.contains { if case .inner = $0 { true } else { false } } }
        var typeTables: [String] { pieces.compactMap { if case .type(let table) = $0 { table } else { nil } } }

        init(_ text: String, tables: Set<String>, where place: String) throws(TypePatternError) {
            var pieces: [Piece] = []
            let scanned = Template.scan(text) { name in
                let parts = name.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                return parts.count == 2 ? ["type", "inner"].contains(parts[0]) && Template.isName(parts[1]) : Template.isName(name)
            }
            for piece in scanned {
                switch piece {
                case .text(let text): pieces.append(.text(text))
                case .hole("inner"): pieces.append(.inner(nil))
                case .hole(let name) where name.contains(":"):
                    let kind = name.prefix { $0 != ":" }, table = String(name.drop { $0 != ":" }.dropFirst())
                    guard tables.contains(table) else { throw TypePatternError("\(place): {{\(name)}} names no table of types") }
                    pieces.append(kind == "type" ? .type(table) : .inner(table))
                case .hole(let name): pieces.append(.value(name))
                }
            }
            self.pieces = pieces
        }
    }
}

extension ValueType {
    /// The spelling with every list written as an array: `list<list<integer>>` → `integer[][]`.
    var arraySpelling: String {
        switch self {
        case .array(let inner), .list(let inner): inner.arraySpelling + "[]"
        default: description
        }
    }
}

/// A language.json whose types or parts say something impossible.
public struct TypePatternError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
