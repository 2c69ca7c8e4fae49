/// Kotlin's type names in LeetCode's stubs (runtime/kotlin/stubs).
extension Stub {
    /// Kotlin types as LeetCode writes them: primitive arrays (`IntArray`), nullable nodes.
    public static func kotlinType(_ type: ValueType) -> String {
        if let name = jvmScalarName(type) { return name }
        return switch type {
        case .listNode: "ListNode?"
        case .treeNode: "TreeNode?"
        case .array(.integer): "IntArray"
        case .array(.long): "LongArray"
        case .array(.double): "DoubleArray"
        case .array(.boolean): "BooleanArray"
        case .array(.character): "CharArray"
        case .array(let inner): "Array<\(kotlinType(inner))>"
        case .list(let inner): "List<\(kotlinType(inner))>"
        default: "Unit"
        }
    }

    /// Kotlin's and Scala's names of the scalar types (`Int`, `Long`, ...); nil for the others.
    static func jvmScalarName(_ type: ValueType) -> String? {
        switch type {
        case .integer: "Int"
        case .long: "Long"
        case .double: "Double"
        case .boolean: "Boolean"
        case .string: "String"
        case .character: "Char"
        default: nil
        }
    }
}
