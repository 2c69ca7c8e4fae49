/// Swift stubs, as LeetCode writes them: `class Solution` with unlabelled parameters, the node
/// classes in a comment.
extension Stub {
    static func swift(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += [
                "/**", " * Definition for singly-linked list.", " * public class ListNode {", " *     public var val: Int",
                " *     public var next: ListNode?", " *     public init() { self.val = 0; self.next = nil; }",
                " *     public init(_ val: Int) { self.val = val; self.next = nil; }",
                " *     public init(_ val: Int, _ next: ListNode?) { self.val = val; self.next = next; }", " * }", " */",
            ]
        }
        if signature.mentions(.treeNode) {
            lines += [
                "/**", " * Definition for a binary tree node.", " * public class TreeNode {", " *     public var val: Int",
                " *     public var left: TreeNode?", " *     public var right: TreeNode?",
                " *     public init() { self.val = 0; self.left = nil; self.right = nil; }",
                " *     public init(_ val: Int) { self.val = val; self.left = nil; self.right = nil; }",
                " *     public init(_ val: Int, _ left: TreeNode?, _ right: TreeNode?) {", " *         self.val = val",
                " *         self.left = left", " *         self.right = right", " *     }", " * }", " */",
            ]
        }
        let params = signature.params.map { "_ \($0.name): \(swiftType(ValueType($0.type) ?? .void))" }.joined(separator: ", ")
        let returnType = ValueType(signature.returnType) ?? .void
        let returns = returnType == .void ? "" : " -> \(swiftType(returnType))"
        lines += ["class Solution {", "    func \(signature.functionName)(\(params))\(returns) {", "        ", "    }", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

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
