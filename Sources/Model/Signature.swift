import Foundation

/// What a solution implements, in LeetCode's terms: a function of the `Solution` class (its name,
/// typed parameters and return type), or for a design question a class of its own (its name, its
/// constructor's parameters, its methods). docs/QUESTIONS.md describes each kind.
///
/// A function question may also say how its answer is judged: `inPlace` (the named parameter after
/// the call, the function returning nothing), `prefix` (the named array's first k elements, k the
/// returned value), or `build` (a builder that makes the arguments from the test's input: `cycle`,
/// `intersection`, whose ListNode answers are judged by identity).
public struct Signature: Codable, Equatable, Sendable {
    /// The function's name; empty for a design question.
    public var functionName: String
    /// The function's parameters, or a design question's constructor's.
    public var params: [Param]
    public var returnType: String
    /// A design question's class; empty for a function question.
    public var className: String
    /// A design question's methods, in LeetCode's order.
    public var methods: [ClassMethod]
    /// The parameter judged after the call, for a function that changes its argument in place.
    public var inPlace: String
    /// The array judged up to the returned length (LeetCode's "first k elements").
    public var prefix: String
    /// The builder of the arguments: "" (the input is the arguments), `cycle` or `intersection`.
    public var build: String

    public init(functionName: String, params: [Param], returnType: String, className: String = "", methods: [ClassMethod] = [],
                inPlace: String = "", prefix: String = "", build: String = "") {
        self.functionName = functionName
        self.params = params
        self.returnType = returnType
        self.className = className
        self.methods = methods
        self.inPlace = inPlace
        self.prefix = prefix
        self.build = build
    }

    /// The builders of arguments a question may name.
    public static let builders = ["cycle", "intersection"]

    /// True for a design question: the solution is a class, a test a sequence of calls.
    public var isDesign: Bool { !className.isEmpty }

    /// The name tests and messages call it by: the function, or the class.
    public var name: String { isDesign ? className : functionName }

    /// The position of the parameter judged after the call (`inPlace` or `prefix`).
    public var outputIndex: Int? {
        let name = inPlace.isEmpty ? prefix : inPlace
        return name.isEmpty ? nil : params.firstIndex { $0.name == name }
    }

    /// The values of a test's input, named and typed as LeetCode shows them: the parameters, or
    /// what the builder takes (`head`, `pos` for a cycle).
    public var inputs: [Param] {
        switch build {
        case "cycle":
            return [Param(name: params.first?.name ?? "head", type: "integer[]"), Param(name: "pos", type: "integer")]
        case "intersection":
            return [Param(name: "intersectVal", type: "integer"), Param(name: "listA", type: "integer[]"),
                    Param(name: "listB", type: "integer[]"), Param(name: "skipA", type: "integer"),
                    Param(name: "skipB", type: "integer")]
        default:
            return params
        }
    }

    enum CodingKeys: String, CodingKey {
        case functionName = "function"
        case className = "class"
        case params, methods, prefix, build
        case returnType = "returns"
        case inPlace = "inplace"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        className = try c.decodeIfPresent(String.self, forKey: .className) ?? ""
        functionName = try c.decodeIfPresent(String.self, forKey: .functionName) ?? ""
        params = try c.decodeIfPresent([Param].self, forKey: .params) ?? []
        methods = try c.decodeIfPresent([ClassMethod].self, forKey: .methods) ?? []
        returnType = try c.decodeIfPresent(String.self, forKey: .returnType) ?? (className.isEmpty ? "" : "void")
        inPlace = try c.decodeIfPresent(String.self, forKey: .inPlace) ?? ""
        prefix = try c.decodeIfPresent(String.self, forKey: .prefix) ?? ""
        build = try c.decodeIfPresent(String.self, forKey: .build) ?? ""
        if functionName.isEmpty && className.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .functionName, in: c, debugDescription: "a signature names a function or a class")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if isDesign {
            try c.encode(className, forKey: .className)
            try c.encode(params, forKey: .params)
            try c.encode(methods, forKey: .methods)
            return
        }
        try c.encode(functionName, forKey: .functionName)
        try c.encode(params, forKey: .params)
        try c.encode(returnType, forKey: .returnType)
        if !inPlace.isEmpty { try c.encode(inPlace, forKey: .inPlace) }
        if !prefix.isEmpty { try c.encode(prefix, forKey: .prefix) }
        if !build.isEmpty { try c.encode(build, forKey: .build) }
    }

    /// Every problem with this signature, in words; empty when it is valid.
    public func problems() -> [String] {
        var found: [String] = []
        if isDesign {
            if !functionName.isEmpty { found.append("a design question names its class, not a function ('\(functionName)')") }
            if !Self.isIdentifier(className) { found.append("class name '\(className)' is not an identifier") }
            if methods.isEmpty { found.append("a design question's class needs at least one method") }
            if !inPlace.isEmpty || !prefix.isEmpty || !build.isEmpty { found.append("inplace, prefix and build are for function questions") }
            found += Self.problems(params: params, of: "the constructor")
            var names = Set<String>()
            for method in methods {
                if !Self.isIdentifier(method.name) { found.append("method name '\(method.name)' is not an identifier") }
                if !names.insert(method.name).inserted { found.append("method '\(method.name)' appears twice") }
                if method.name == className { found.append("method '\(method.name)' has the class's name") }
                found += Self.problems(params: method.params, of: "method '\(method.name)'")
                if ValueType(method.returnType) == nil { found.append("method '\(method.name)' has unknown return type '\(method.returnType)'") }
            }
            return found
        }
        if !Self.isIdentifier(functionName) { found.append("function name '\(functionName)' is not an identifier") }
        found += Self.problems(params: params, of: functionName)
        let returns = ValueType(returnType)
        if returns == nil { found.append("unknown return type '\(returnType)'") }
        if !inPlace.isEmpty {
            if !params.contains(where: { $0.name == inPlace }) { found.append("inplace names '\(inPlace)', which is no parameter") }
            if returns != .void { found.append("an inplace function returns void, not '\(returnType)'") }
        }
        if !prefix.isEmpty {
            switch params.first(where: { $0.name == prefix }).flatMap({ ValueType($0.type) }) {
            case .array?, .list?: break
            default: found.append("prefix names '\(prefix)', which is no array parameter")
            }
            if returns != .integer { found.append("a prefix function returns the length (integer), not '\(returnType)'") }
            if !inPlace.isEmpty { found.append("inplace and prefix cannot both be given") }
        }
        switch build {
        case "": break
        case "cycle":
            if params.map(\.type) != ["ListNode"] { found.append("build 'cycle' gives the function one ListNode") }
        case "intersection":
            if params.map(\.type) != ["ListNode", "ListNode"] { found.append("build 'intersection' gives the function two ListNodes") }
        default:
            found.append("unknown builder '\(build)' (known: \(Self.builders.joined(separator: ", ")))")
        }
        return found
    }

    static func problems(params: [Param], of owner: String) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        for param in params {
            if !isIdentifier(param.name) { found.append("parameter name '\(param.name)' of \(owner) is not an identifier") }
            if !seen.insert(param.name).inserted { found.append("parameter '\(param.name)' of \(owner) appears twice") }
            switch ValueType(param.type) {
            case nil: found.append("parameter '\(param.name)' of \(owner) has unknown type '\(param.type)'")
            case .void?: found.append("parameter '\(param.name)' of \(owner) cannot be void")
            default: break
            }
        }
        return found
    }

    /// Every type the signature names: parameters and return types, of the methods too.
    public var types: [String] {
        params.map(\.type) + [returnType] + methods.flatMap { $0.params.map(\.type) + [$0.returnType] }
    }

    /// True when a parameter or a return type mentions `node` (ListNode, TreeNode...): stubs then
    /// show the node's definition.
    public func mentions(_ node: ValueType) -> Bool {
        types.contains { ValueType($0)?.mentions(node) ?? false }
    }

    /// The signature of one method of a design question's class, as a function.
    public func function(of method: ClassMethod) -> Signature {
        Signature(functionName: method.name, params: method.params, returnType: method.returnType)
    }

    /// The signature of a design question's constructor, as a function returning nothing.
    public var constructor: Signature { Signature(functionName: className, params: params, returnType: "void") }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic, first.isASCII
        else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}

/// A method of a design question's class.
public struct ClassMethod: Codable, Equatable, Sendable {
    public var name: String
    public var params: [Param]
    public var returnType: String

    public init(name: String, params: [Param], returnType: String) {
        self.name = name
        self.params = params
        self.returnType = returnType
    }

    enum CodingKeys: String, CodingKey {
        case name, params
        case returnType = "returns"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        params = try c.decodeIfPresent([Param].self, forKey: .params) ?? []
        returnType = try c.decodeIfPresent(String.self, forKey: .returnType) ?? "void"
    }
}
