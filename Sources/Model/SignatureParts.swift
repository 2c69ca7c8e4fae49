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
///
/// A part may have `when`: conditions (comma-separated) that must all hold for it to be computed,
/// so that a later part of the same name gives the value in another case: `void` / `value` (the
/// return type is void or not), `inplace`, `prefix` (then `{{output}}` is the judged parameter's
/// index, `{{output_name}}` its name, and a `text` part's type is that parameter's), `cycle`,
/// `intersection` (the builder), `position` (a builder, and a ListNode answer), `copy` (the signature
/// mentions RandomNode or GraphNode: the answer must be a deep copy), `design` / `function` (a design
/// question's method or constructor, or a function). An `each` part may have `output`, the pattern
/// used instead of `each` for the judged parameter (`inplace`/`prefix`), e.g. Swift's `inout`.
/// `function_raw` is the function's name as LeetCode writes it.
public struct SignatureParts: Sendable {
    let parts: [Part]

    struct Part: Sendable {
        var name: String
        var text: TypePatterns.Pattern?
        var each: TypePatterns.Pattern?
        var output: TypePatterns.Pattern?
        var value: TypePatterns.Pattern?
        var before: TypePatterns.Pattern?
        var after: TypePatterns.Pattern?
        var separator: String
        var over: String?
        var prefix: String
        var suffix: String
        var when: [Condition]
    }

    /// What must hold for a part to be computed.
    enum Condition: String, Sendable, CaseIterable {
        case void, value, inplace, prefix, cycle, intersection, position, copy, design, function

        func holds(_ signature: Signature, design: Bool) -> Bool {
            switch self {
            case .void: ValueType(signature.returnType) == .void
            case .value: ValueType(signature.returnType) != .void
            case .inplace: !signature.inPlace.isEmpty
            case .prefix: !signature.prefix.isEmpty
            case .cycle, .intersection: signature.build == rawValue
            case .position: !signature.build.isEmpty && ValueType(signature.returnType) == .listNode
            case .copy: signature.mentions(.randomNode) || signature.mentions(.graphNode)
            case .design: design
            case .function: !design
            }
        }
    }

    /// A part as language.json writes it.
    struct Declared: Decodable, Sendable {
        var name: String
        var text, each, output, value, before, after, separator, over, prefix, suffix, when: String?
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
            var when: [Condition] = []
            for word in (part.when ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
                guard let condition = Condition(rawValue: word) else {
                    throw TypePatternError("\(at).when: '\(word)' is no condition (\(Condition.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                when.append(condition)
            }
            parts.append(Part(
                name: part.name, text: try pattern(part.text, "text"), each: try pattern(part.each, "each"),
                output: try pattern(part.output, "output"),
                value: try pattern(part.value, "value"), before: try pattern(part.before, "before"),
                after: try pattern(part.after, "after"), separator: part.separator ?? "", over: part.over,
                prefix: part.prefix ?? "", suffix: part.suffix ?? "", when: when))
        }
        self.parts = parts
    }

    /// The parts' values for `signature`, with `values` (and `function`) given to every pattern and
    /// `lists` to the parts `over` them.
    /// `design`: the signature is a design question's method or constructor.
    public func values(_ signature: Signature, types: TypePatterns, names: NameStyles, _ values: [String: String] = [:],
                       lists: [String: [String]] = [:], design: Bool = false) -> [String: String] {
        var values = values
        values["function"] = names.function.apply(signature.functionName)
        values["function_raw"] = signature.functionName
        let returns = ValueType(signature.returnType) ?? .void
        var output: ValueType?
        if let index = signature.outputIndex {
            values["output"] = String(index)
            values["output_name"] = names.escaped(names.parameter.apply(signature.params[index].name))
            output = ValueType(signature.params[index].type)
        }
        for part in parts {
            guard part.when.allSatisfy({ $0.holds(signature, design: design) }) else { continue }
            if let text = part.text {
                let judged = part.when.contains(.inplace) || part.when.contains(.prefix) ? output : nil
                values[part.name] = types.fill(text, type: judged ?? returns, values)
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
                own["name"] = names.escaped(names.parameter.apply(param.name))
                if let value = part.value { own["value"] = types.fill(value, type: type, own) }
                let pattern = index == signature.outputIndex ? part.output ?? each : each
                items.append(types.fill(pattern, type: type, own))
            }
            if let after = part.after, case let item = types.fill(after, type: returns, values), !item.isEmpty { items.append(item) }
            values[part.name] = items.isEmpty ? "" : part.prefix + items.joined(separator: part.separator) + part.suffix
        }
        return values
    }
}

extension SignatureParts {
    /// The holes of a design question's files: `class`, `class_lower` (its first letter in lower
    /// case), `constructor_NAME` (each part for the constructor), and per entry of `perMethod` a hole
    /// of that name holding its template filled in once per method (the method's parts, `method` as
    /// the language writes it, `method_raw` as LeetCode does, `method_capitalized`, `number` from 1,
    /// `class`), joined by a line break after dropping each one's final line break.
    public func designValues(_ signature: Signature, types: TypePatterns, names: NameStyles, _ base: [String: String] = [:],
                             lists: [String: [String]] = [:], perMethod: [String: Template] = [:]) -> [String: String] {
        var values = base
        values["class"] = signature.className
        values["class_lower"] = signature.className.prefix(1).lowercased() + signature.className.dropFirst()
        let constructor = self.values(signature.constructor, types: types, names: names, values, lists: lists, design: true)
        for (name, value) in constructor where values[name] == nil {
            values["constructor_" + name] = value
            // What does not depend on the signature (`over` a list) is the same for every method.
            if let part = parts.first(where: { $0.name == name }), part.over != nil { values[name] = value }
        }
        for (hole, template) in perMethod {
            values[hole] = signature.methods.enumerated().map { index, method in
                var own = values
                own["method"] = names.method.apply(method.name)
                own["method_raw"] = method.name
                own["method_capitalized"] = method.name.prefix(1).uppercased() + method.name.dropFirst()
                own["number"] = String(index + 1)
                var text = template.fill(self.values(signature.function(of: method), types: types, names: names, own, lists: lists, design: true))
                if text.hasSuffix("\n") { text.removeLast() }
                return text
            }.joined(separator: "\n")
        }
        return values
    }
}

/// How a language writes the signature's names (language.json "names"): LeetCode's names as they
/// are, or in snake_case (Rust, Ruby), or with a capital first letter (C#'s methods).
public struct NameStyles: Sendable, Decodable {
    public var function: Style = .asWritten
    public var parameter: Style = .asWritten
    /// A design question's methods (default: as functions are written).
    public var method: Style = .asWritten
    /// Words of the language that a parameter's name must not be as written (Kotlin's `val`)...
    public var keywords: Set<String> = []
    /// ...and how such a name is written instead, `{{name}}` standing for it (Kotlin: `` `{{name}}` ``).
    public var escape = "{{name}}"

    /// `name`, escaped when it is one of the language's keywords.
    public func escaped(_ name: String) -> String {
        keywords.contains(name) ? Template(escape).fill(["name": name]) : name
    }

    public enum Style: String, Sendable, Decodable {
        case asWritten, snake_case, Capitalized

        /// `lengthOfLongestSubstring` → `length_of_longest_substring` or `LengthOfLongestSubstring`.
        public func apply(_ name: String) -> String {
            switch self {
            case .asWritten: return name
            case .Capitalized: return name.prefix(1).uppercased() + name.dropFirst()
            case .snake_case:
                // A capital starts a word after a small letter or a digit, and a run of capitals is one
                // word (`isValidBST` → `is_valid_bst`, `LRUCache` → `lru_cache`), as LeetCode writes them.
                let characters = Array(name)
                var out = ""
                for (index, character) in characters.enumerated() {
                    if character.isUppercase, index > 0 {
                        let previous = characters[index - 1]
                        let next = index + 1 < characters.count ? characters[index + 1] : nil
                        if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                            out.append("_")
                        }
                    }
                    out.append(contentsOf: character.lowercased())
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
        method = try container.decodeIfPresent(Style.self, forKey: .method) ?? function
        keywords = try container.decodeIfPresent(Set<String>.self, forKey: .keywords) ?? []
        escape = try container.decodeIfPresent(String.self, forKey: .escape) ?? "{{name}}"
    }

    enum Keys: String, CodingKey { case function, parameter, method, keywords, escape }
}
