/// Go stubs, as LeetCode writes them: a plain `func`, the node types in a comment.
extension Stub {
    static func go(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += ["/**", " * Definition for singly-linked list.", " * type ListNode struct {", " *     Val int",
                      " *     Next *ListNode", " * }", " */"]
        }
        if signature.mentions(.treeNode) {
            lines += ["/**", " * Definition for a binary tree node.", " * type TreeNode struct {", " *     Val int",
                      " *     Left *TreeNode", " *     Right *TreeNode", " * }", " */"]
        }
        let params = signature.params.map { "\($0.name) \(goType(ValueType($0.type) ?? .void))" }.joined(separator: ", ")
        let returns = ValueType(signature.returnType) ?? .void
        lines += ["func \(signature.functionName)(\(params))\(returns == .void ? "" : " " + goType(returns)) {", "    ", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

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
