/// The holes of a language's stub or driver templates that depend on a question's signature, as its
/// language.json declares them ("stub" and "driver": lists of parts, computed in order). A part is
/// either one pattern for the return type (`text`), or a list (`each`: one pattern per parameter,
/// joined by `separator`, with `before` and `after` items for the return type when not empty; or
/// one per item of a list the driver gives, `over`, as `{{item}}`), put between `prefix` and
/// `suffix` when it is not empty.
/// Patterns are those of `TypePatterns`: `{{type:TABLE}}` names the part's type (the parameter's or
/// the return type), and the values are `function` (the function's name as the language writes it),
/// the parts computed before, and in `each` the parameter's `index` and `name` and its `value` (the
/// part's `value` pattern, e.g. `args.get({{index}})`).
public struct SignatureParts: Sendable {
    let parts: [Part]

    struct Part: Sendable {
        var name: String
        var text: TypePatterns.Pattern?
        var each: TypePatterns.Pattern?
        var value: TypePatterns.Pattern?
        var before: TypePatterns.Pattern?
        var after: TypePatterns.Pattern?
        var separator: String
        var over: String?
        var prefix: String
        var suffix: String
    }

    /// A part as language.json writes it.
    struct Declared: Decodable, Sendable {
        var name: String
        var text, each, value, before, after, separator, over, prefix, suffix: String?
    }

    /// No parts: the templates' holes stay empty.
    public init() { parts = [] }

    init(_ declared: [Declared], types: TypePatterns, where place: String) throws(TypePatternError) {
        var parts: [Part] = []
        for part in declared {
            let at = "\(place).\(part.name)"
            func pattern(_ text: String?, _ field: String) throws(TypePatternError) -> TypePatterns.Pattern? {
                guard let text else { return nil }
                let pattern = try TypePatterns.Pattern(text, tables: Set(types.tables.keys), where: "\(at).\(field)")
                if pattern.mentionsInner { throw TypePatternError("\(at).\(field): {{inner}} is only for the patterns of a table of types") }
                return pattern
            }
            guard (part.text == nil) != (part.each == nil) else {
                throw TypePatternError("\(at): a part has either text (for the return type) or each (for every parameter)")
            }
            parts.append(Part(
                name: part.name, text: try pattern(part.text, "text"), each: try pattern(part.each, "each"),
                value: try pattern(part.value, "value"), before: try pattern(part.before, "before"),
                after: try pattern(part.after, "after"), separator: part.separator ?? "", over: part.over,
                prefix: part.prefix ?? "", suffix: part.suffix ?? ""))
        }
        self.parts = parts
    }

    /// The parts' values for `signature`, with `values` (and `function`) given to every pattern and
    /// `lists` to the parts `over` them.
    public func values(_ signature: Signature, types: TypePatterns, names: NameStyles, _ values: [String: String] = [:],
                       lists: [String: [String]] = [:]) -> [String: String] {
        var values = values
        values["function"] = names.function.apply(signature.functionName)
        let returns = ValueType(signature.returnType) ?? .void
        for part in parts {
            if let text = part.text {
                values[part.name] = types.fill(text, type: returns, values)
                continue
            }
            guard let each = part.each else { continue }
            var items: [String] = []
            if let over = part.over {
                items = (lists[over] ?? []).map { item in types.fill(each, type: returns, values.merging(["item": item]) { $1 }) }
                values[part.name] = items.isEmpty ? "" : part.prefix + items.joined(separator: part.separator) + part.suffix
                continue
            }
            if let before = part.before, case let item = types.fill(before, type: returns, values), !item.isEmpty { items.append(item) }
            for (index, param) in signature.params.enumerated() {
                let type = ValueType(param.type) ?? .void
                var own = values
                own["index"] = String(index)
                own["name"] = names.parameter.apply(param.name)
                if let value = part.value { own["value"] = types.fill(value, type: type, own) }
                items.append(types.fill(each, type: type, own))
            }
            if let after = part.after, case let item = types.fill(after, type: returns, values), !item.isEmpty { items.append(item) }
            values[part.name] = items.isEmpty ? "" : part.prefix + items.joined(separator: part.separator) + part.suffix
        }
        return values
    }
}

/// How a language writes the signature's names (language.json "names"): LeetCode's names as they
/// are, or in snake_case (Rust, Ruby), or with a capital first letter (C#'s methods).
public struct NameStyles: Sendable, Decodable {
    public var function: Style = .asWritten
    public var parameter: Style = .asWritten

    public enum Style: String, Sendable, Decodable {
        case asWritten, snake_case, Capitalized

        /// `lengthOfLongestSubstring` → `length_of_longest_substring` or `LengthOfLongestSubstring`.
        public func apply(_ name: String) -> String {
            switch self {
            case .asWritten: return name
            case .Capitalized: return name.prefix(1).uppercased() + name.dropFirst()
            case .snake_case:
                var out = ""
                for character in name {
                    if character.isUppercase {
                        if !out.isEmpty { out.append("_") }
                        out.append(contentsOf: character.lowercased())
                    } else {
                        out.append(character)
                    }
                }
                return out
            }
        }
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        function = try container.decodeIfPresent(Style.self, forKey: .function) ?? .asWritten
        parameter = try container.decodeIfPresent(Style.self, forKey: .parameter) ?? .asWritten
    }

    enum Keys: String, CodingKey { case function, parameter }
}
