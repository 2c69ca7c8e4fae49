/// The type of a parameter or return value in a question's signature, in LeetCode's vocabulary:
/// `integer`, `long`, `double`, `boolean`, `string`, `character`, `ListNode`, `TreeNode`, `void`,
/// arrays `T[]` and lists `list<T>` of any of these.
public indirect enum ValueType: Equatable, Sendable, CustomStringConvertible {
    case integer, long, double, boolean, string, character
    case listNode, treeNode
    case void
    case array(ValueType)
    case list(ValueType)

    /// Parses LeetCode's spelling; nil when the text names no type.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("[]") {
            guard let inner = ValueType(String(t.dropLast(2))), inner != .void else { return nil }
            self = .array(inner)
            return
        }
        if t.hasPrefix("list<"), t.hasSuffix(">") {
            guard let inner = ValueType(String(t.dropFirst(5).dropLast())), inner != .void else { return nil }
            self = .list(inner)
            return
        }
        switch t {
        case "integer", "int": self = .integer
        case "long": self = .long
        case "double": self = .double
        case "boolean", "bool": self = .boolean
        case "string": self = .string
        case "character", "char": self = .character
        case "ListNode": self = .listNode
        case "TreeNode": self = .treeNode
        case "void": self = .void
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .integer: "integer"
        case .long: "long"
        case .double: "double"
        case .boolean: "boolean"
        case .string: "string"
        case .character: "character"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .void: "void"
        case .array(let inner): "\(inner)[]"
        case .list(let inner): "list<\(inner)>"
        }
    }

    /// True when this type mentions ListNode or TreeNode anywhere.
    public func mentions(_ node: ValueType) -> Bool {
        switch self {
        case node: true
        case .array(let inner), .list(let inner): inner.mentions(node)
        default: false
        }
    }
}

import Foundation
