/// Ruby and PHP stubs, as LeetCode writes them: a top-level snake_case `def` with YARD-style type
/// comments, and `class Solution` with a PHPDoc-typed method.
extension Stub {
    static func ruby(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += ["# Definition for singly-linked list.", "# class ListNode", "#     attr_accessor :val, :next",
                      "#     def initialize(val = 0, _next = nil)", "#         @val = val", "#         @next = _next", "#     end", "# end"]
        }
        if signature.mentions(.treeNode) {
            lines += ["# Definition for a binary tree node.", "# class TreeNode", "#     attr_accessor :val, :left, :right",
                      "#     def initialize(val = 0, left = nil, right = nil)", "#         @val = val", "#         @left = left",
                      "#         @right = right", "#     end", "# end"]
        }
        for param in signature.params {
            lines.append("# @param {\(docType(ValueType(param.type) ?? .void))} \(snakeCase(param.name))")
        }
        lines.append("# @return {\(docType(ValueType(signature.returnType) ?? .void))}")
        lines += ["def \(snakeCase(signature.functionName))(\(signature.params.map { snakeCase($0.name) }.joined(separator: ", ")))", "    ", "end"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func php(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += ["/**", " * Definition for a singly-linked list.", " * class ListNode {", " *     public $val = 0;",
                      " *     public $next = null;", " *     function __construct($val = 0, $next = null) {",
                      " *         $this->val = $val;", " *         $this->next = $next;", " *     }", " * }", " */"]
        }
        if signature.mentions(.treeNode) {
            lines += ["/**", " * Definition for a binary tree node.", " * class TreeNode {", " *     public $val = null;",
                      " *     public $left = null;", " *     public $right = null;",
                      " *     function __construct($val = 0, $left = null, $right = null) {", " *         $this->val = $val;",
                      " *         $this->left = $left;", " *         $this->right = $right;", " *     }", " * }", " */"]
        }
        lines += ["class Solution {", "", "    /**"]
        for param in signature.params {
            lines.append("     * @param \(docType(ValueType(param.type) ?? .void)) $\(param.name)")
        }
        lines += ["     * @return \(docType(ValueType(signature.returnType) ?? .void))", "     */",
                  "    function \(signature.functionName)(\(signature.params.map { "$" + $0.name }.joined(separator: ", "))) {",
                  "        ", "    }", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The type names of LeetCode's Ruby and PHP doc comments.
    static func docType(_ type: ValueType) -> String {
        switch type {
        case .integer, .long: "Integer"
        case .double: "Float"
        case .boolean: "Boolean"
        case .string: "String"
        case .character: "Character"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .void: "Void"
        case .array(let inner), .list(let inner): "\(docType(inner))[]"
        }
    }
}
