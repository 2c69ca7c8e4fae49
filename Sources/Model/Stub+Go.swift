/// Go's type names in LeetCode's stubs (runtime/go/stubs).
extension Stub {
    /// Go types as LeetCode writes them (`character` is a byte).
    public static func goType(_ type: ValueType) -> String {
        switch type {
        case .integer: "int"
        case .long: "int64"
        case .double: "float64"
        case .boolean: "bool"
        case .string: "string"
        case .character: "byte"
        case .listNode: "*ListNode"
        case .treeNode: "*TreeNode"
        case .void: ""
        case .array(let inner), .list(let inner): "[]\(goType(inner))"
        }
    }
}
