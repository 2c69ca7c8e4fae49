/// The type of a parameter or return value in a question's signature, in LeetCode's vocabulary:
/// `integer`, `uint32` (LeetCode's unsigned 32-bit integer), `long`, `double`, `boolean`, `string`,
/// `character`, `ListNode`, `TreeNode`, the three `Node`s of LeetCode's questions (`NextNode`: a tree
/// with `next` pointers, `RandomNode`: a list with `random` pointers, `GraphNode`: a graph's node
/// with `neighbors`), `void`, arrays `T[]` and lists `list<T>` of any of these.
public indirect enum ValueType: Equatable, Sendable, CustomStringConvertible {
    case integer, uint32, long, double, boolean, string, character
    case listNode, treeNode, nextNode, randomNode, graphNode
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
        case "uint32": self = .uint32
        case "long": self = .long
        case "double": self = .double
        case "boolean", "bool": self = .boolean
        case "string": self = .string
        case "character", "char": self = .character
        case "ListNode": self = .listNode
        case "TreeNode": self = .treeNode
        case "NextNode": self = .nextNode
        case "RandomNode": self = .randomNode
        case "GraphNode": self = .graphNode
        case "void": self = .void
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .integer: "integer"
        case .uint32: "uint32"
        case .long: "long"
        case .double: "double"
        case .boolean: "boolean"
        case .string: "string"
        case .character: "character"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .nextNode: "NextNode"
        case .randomNode: "RandomNode"
        case .graphNode: "GraphNode"
        case .void: "void"
        case .array(let inner): "\(inner)[]"
        case .list(let inner): "list<\(inner)>"
        }
    }

    /// True when this type mentions `node` (a node type) anywhere.
    public func mentions(_ node: ValueType) -> Bool {
        switch self {
        case node: true
        case .array(let inner), .list(let inner): inner.mentions(node)
        default: false
        }
    }
}

import Foundation
