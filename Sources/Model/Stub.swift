/// Code stubs: what a person starts from, generated from a question's signature.
public enum Stub {
    /// The stub for `language` of a question with this signature (nil: a program question).
    public static func make(_ signature: Signature?, in language: Language) -> String {
        guard let signature else { return program(in: language) }
        return switch language {
        case .python3: python3(signature)
        case .cpp: cpp(signature)
        case .javascript: javascript(signature)
        case .typescript: typescript(signature)
        case .java: java(signature)
        case .c: c(signature)
        case .go: go(signature)
        case .rust: rust(signature)
        case .ruby: ruby(signature)
        case .php: php(signature)
        case .kotlin: kotlin(signature)
        case .csharp: csharp(signature)
        case .swift: swift(signature)
        case .scala: scala(signature)
        }
    }

    static func python3(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += [
                "# Definition for singly-linked list.",
                "# class ListNode:",
                "#     def __init__(self, val=0, next=None):",
                "#         self.val = val",
                "#         self.next = next",
            ]
        }
        if signature.mentions(.treeNode) {
            lines += [
                "# Definition for a binary tree node.",
                "# class TreeNode:",
                "#     def __init__(self, val=0, left=None, right=None):",
                "#         self.val = val",
                "#         self.left = left",
                "#         self.right = right",
            ]
        }
        let params = signature.params.map { "\($0.name): \(pythonType(ValueType($0.type) ?? .void))" }
        let returns = pythonType(ValueType(signature.returnType) ?? .void)
        lines += [
            "class Solution:",
            "    def \(signature.functionName)(\((["self"] + params).joined(separator: ", "))) -> \(returns):",
            "        ",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func cpp(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += [
                "/**", " * Definition for singly-linked list.", " * struct ListNode {", " *     int val;", " *     ListNode *next;",
                " *     ListNode() : val(0), next(nullptr) {}", " *     ListNode(int x) : val(x), next(nullptr) {}",
                " *     ListNode(int x, ListNode *next) : val(x), next(next) {}", " * };", " */",
            ]
        }
        if signature.mentions(.treeNode) {
            lines += [
                "/**", " * Definition for a binary tree node.", " * struct TreeNode {", " *     int val;", " *     TreeNode *left;",
                " *     TreeNode *right;", " *     TreeNode() : val(0), left(nullptr), right(nullptr) {}",
                " *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}",
                " *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}", " * };", " */",
            ]
        }
        let params = signature.params.map { "\(cppParameter(ValueType($0.type) ?? .void)) \($0.name)" }.joined(separator: ", ")
        lines += [
            "class Solution {", "public:",
            "    \(cppType(ValueType(signature.returnType) ?? .void)) \(signature.functionName)(\(params)) {", "        ", "    }", "};",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// C++ types as LeetCode writes them.
    public static func cppType(_ type: ValueType) -> String {
        switch type {
        case .integer: "int"
        case .long: "long long"
        case .double: "double"
        case .boolean: "bool"
        case .string: "string"
        case .character: "char"
        case .listNode: "ListNode*"
        case .treeNode: "TreeNode*"
        case .void: "void"
        case .array(let inner), .list(let inner): "vector<\(cppType(inner))>"
        }
    }

    /// Containers are passed by reference in LeetCode's C++ stubs.
    public static func cppParameter(_ type: ValueType) -> String {
        switch type {
        case .array, .list: "\(cppType(type))&"
        default: cppType(type)
        }
    }

    static func pythonType(_ type: ValueType) -> String {
        switch type {
        case .integer, .long: "int"
        case .double: "float"
        case .boolean: "bool"
        case .string, .character: "str"
        case .listNode: "Optional[ListNode]"
        case .treeNode: "Optional[TreeNode]"
        case .void: "None"
        case .array(let inner), .list(let inner): "List[\(pythonType(inner))]"
        }
    }
}
