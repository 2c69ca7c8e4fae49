/// C's names in LeetCode's stubs (runtime/c/stubs): arrays as a pointer and a size, array answers
/// through `returnSize` (and `returnColumnSizes` for rows), nodes as `struct ListNode*`.
extension Stub {
    /// The C parameters LeetCode's signature expands to, in order: each array with its size (and
    /// rows with their column sizes), then `returnSize` and `returnColumnSizes` for array answers.
    public static func cParameters(_ signature: Signature) -> [(type: String, name: String)] {
        var out: [(type: String, name: String)] = []
        for param in signature.params {
            let type = ValueType(param.type) ?? .void
            out.append((cType(type), param.name))
            if type.cRows >= 1 { out.append(("int", "\(param.name)Size")) }
            if type.cRows >= 2 { out.append(("int*", "\(param.name)ColSize")) }
        }
        let returns = ValueType(signature.returnType) ?? .void
        if returns.cRows >= 1 { out.append(("int*", "returnSize")) }
        if returns.cRows >= 2 { out.append(("int**", "returnColumnSizes")) }
        return out
    }

    /// C types as LeetCode writes them.
    public static func cType(_ type: ValueType) -> String {
        switch type {
        case .integer: "int"
        case .long: "long long"
        case .double: "double"
        case .boolean: "bool"
        case .string: "char*"
        case .character: "char"
        case .listNode: "struct ListNode*"
        case .treeNode: "struct TreeNode*"
        case .void: "void"
        case .array(let inner), .list(let inner): "\(cType(inner))*"
        }
    }
}

extension ValueType {
    /// How many levels of arrays C spells out with sizes (strings are `char*` but not arrays).
    public var cRows: Int {
        switch self {
        case .array(let inner), .list(let inner): 1 + inner.cRows
        default: 0
        }
    }

    /// The innermost element type.
    public var element: ValueType {
        switch self {
        case .array(let inner), .list(let inner): inner.element
        default: self
        }
    }
}
