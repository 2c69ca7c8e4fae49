/// Swift's type names in LeetCode's stubs (runtime/swift/stubs).
extension Stub {
    /// Swift types as LeetCode writes them: `Int` for every integer, optional nodes.
    public static func swiftType(_ type: ValueType) -> String {
        switch type {
        case .integer, .long: "Int"
        case .double: "Double"
        case .boolean: "Bool"
        case .string: "String"
        case .character: "Character"
        case .listNode: "ListNode?"
        case .treeNode: "TreeNode?"
        case .void: "Void"
        case .array(let inner), .list(let inner): "[\(swiftType(inner))]"
        }
    }
}
