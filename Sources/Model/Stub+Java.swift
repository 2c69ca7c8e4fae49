/// Java stubs, as LeetCode writes them: `class Solution` with a public method, the node classes in a comment.
extension Stub {
    static func java(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += [
                "/**", " * Definition for singly-linked list.", " * public class ListNode {", " *     int val;", " *     ListNode next;",
                " *     ListNode() {}", " *     ListNode(int val) { this.val = val; }",
                " *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }", " * }", " */",
            ]
        }
        if signature.mentions(.treeNode) {
            lines += [
                "/**", " * Definition for a binary tree node.", " * public class TreeNode {", " *     int val;", " *     TreeNode left;",
                " *     TreeNode right;", " *     TreeNode() {}", " *     TreeNode(int val) { this.val = val; }",
                " *     TreeNode(int val, TreeNode left, TreeNode right) {", " *         this.val = val;", " *         this.left = left;",
                " *         this.right = right;", " *     }", " * }", " */",
            ]
        }
        let params = signature.params.map { "\(javaType(ValueType($0.type) ?? .void)) \($0.name)" }.joined(separator: ", ")
        lines += [
            "class Solution {",
            "    public \(javaType(ValueType(signature.returnType) ?? .void)) \(signature.functionName)(\(params)) {", "        ", "    }", "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

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
