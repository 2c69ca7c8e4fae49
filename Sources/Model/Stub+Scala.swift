/// Scala stubs, as LeetCode writes them: `object Solution` with a `def`, the node classes in a comment.
extension Stub {
    static func scala(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += [
                "/**", " * Definition for singly-linked list.", " * class ListNode(_x: Int = 0, _next: ListNode = null) {",
                " *   var next: ListNode = _next", " *   var x: Int = _x", " * }", " */",
            ]
        }
        if signature.mentions(.treeNode) {
            lines += [
                "/**", " * Definition for a binary tree node.",
                " * class TreeNode(_value: Int = 0, _left: TreeNode = null, _right: TreeNode = null) {",
                " *   var value: Int = _value", " *   var left: TreeNode = _left", " *   var right: TreeNode = _right", " * }", " */",
            ]
        }
        let params = signature.params.map { "\($0.name): \(scalaType(ValueType($0.type) ?? .void))" }.joined(separator: ", ")
        lines += [
            "object Solution {",
            "    def \(signature.functionName)(\(params)): \(scalaType(ValueType(signature.returnType) ?? .void)) = {", "        ", "    }", "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

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
