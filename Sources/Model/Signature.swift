/// The function a solution implements: LeetCode's method name, typed parameters and return type.
public struct Signature: Codable, Equatable, Sendable {
    public var functionName: String
    public var params: [Param]
    public var returnType: String

    public init(functionName: String, params: [Param], returnType: String) {
        self.functionName = functionName
        self.params = params
        self.returnType = returnType
    }

    enum CodingKeys: String, CodingKey {
        case functionName = "function"
        case params
        case returnType = "returns"
    }

    /// Every problem with this signature, in words; empty when it is valid.
    public func problems() -> [String] {
        var found: [String] = []
        if !Self.isIdentifier(functionName) { found.append("function name '\(functionName)' is not an identifier") }
        var seen = Set<String>()
        for param in params {
            if !Self.isIdentifier(param.name) { found.append("parameter name '\(param.name)' is not an identifier") }
            if !seen.insert(param.name).inserted { found.append("parameter '\(param.name)' appears twice") }
            switch ValueType(param.type) {
            case nil: found.append("parameter '\(param.name)' has unknown type '\(param.type)'")
            case .void?: found.append("parameter '\(param.name)' cannot be void")
            default: break
            }
        }
        if ValueType(returnType) == nil { found.append("unknown return type '\(returnType)'") }
        return found
    }

    /// True when a parameter or the return type mentions `node` (ListNode or TreeNode): stubs then
    /// show the node's definition.
    public func mentions(_ node: ValueType) -> Bool {
        (params.map(\.type) + [returnType]).contains { ValueType($0)?.mentions(node) ?? false }
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic, first.isASCII
        else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
