/// C# stubs, as LeetCode writes them: `public class Solution` with PascalCase methods, the node
/// classes in a comment.
extension Stub {
    static func csharp(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += [
                "/**", " * Definition for singly-linked list.", " * public class ListNode {", " *     public int val;",
                " *     public ListNode next;", " *     public ListNode(int val=0, ListNode next=null) {", " *         this.val = val;",
                " *         this.next = next;", " *     }", " * }", " */",
            ]
        }
        if signature.mentions(.treeNode) {
            lines += [
                "/**", " * Definition for a binary tree node.", " * public class TreeNode {", " *     public int val;",
                " *     public TreeNode left;", " *     public TreeNode right;",
                " *     public TreeNode(int val=0, TreeNode left=null, TreeNode right=null) {", " *         this.val = val;",
                " *         this.left = left;", " *         this.right = right;", " *     }", " * }", " */",
            ]
        }
        let params = signature.params.map { "\(csharpType(ValueType($0.type) ?? .void)) \($0.name)" }.joined(separator: ", ")
        lines += [
            "public class Solution {",
            "    public \(csharpType(ValueType(signature.returnType) ?? .void)) \(csharpMethodName(signature.functionName))(\(params)) {",
            "        ", "    }", "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// LeetCode's C# method names: the function's name with a capital first letter (`TwoSum`).
    public static func csharpMethodName(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }

    /// C# types as LeetCode writes them: jagged arrays, `IList<T>` for lists.
    public static func csharpType(_ type: ValueType) -> String {
        switch type {
        case .integer: "int"
        case .long: "long"
        case .double: "double"
        case .boolean: "bool"
        case .string: "string"
        case .character: "char"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .void: "void"
        case .array(let inner): "\(csharpType(inner))[]"
        case .list(let inner): "IList<\(csharpType(inner))>"
        }
    }
}
