/// Java's type names in LeetCode's stubs (runtime/java/stubs).
extension Stub {
    /// Java types as LeetCode writes them; `boxed` for type arguments (`List<Integer>`).
    public static func javaType(_ type: ValueType, boxed: Bool = false) -> String {
        switch type {
        case .integer: boxed ? "Integer" : "int"
        case .long: boxed ? "Long" : "long"
        case .double: boxed ? "Double" : "double"
        case .boolean: boxed ? "Boolean" : "boolean"
        case .string: "String"
        case .character: boxed ? "Character" : "char"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .void: "void"
        case .array(let inner): "\(javaType(inner))[]"
        case .list(let inner): "List<\(javaType(inner, boxed: true))>"
        }
    }
}
