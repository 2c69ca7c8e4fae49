/// Scala's type names in LeetCode's stubs (runtime/scala/stubs).
extension Stub {
    /// Scala types as LeetCode writes them: `Array[Int]`, `List[List[Int]]`.
    public static func scalaType(_ type: ValueType) -> String {
        if let name = jvmScalarName(type) { return name }
        return switch type {
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .array(let inner): "Array[\(scalaType(inner))]"
        case .list(let inner): "List[\(scalaType(inner))]"
        default: "Unit"
        }
    }
}
