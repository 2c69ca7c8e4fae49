/// JavaScript and TypeScript stubs, as LeetCode writes them: a JSDoc-typed `var` function and a typed
/// `function`, with the node classes in a comment.
extension Stub {
    static func javascript(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += [
                "/**", " * Definition for singly-linked list.", " * function ListNode(val, next) {",
                " *     this.val = (val===undefined ? 0 : val)", " *     this.next = (next===undefined ? null : next)", " * }", " */",
            ]
        }
        if signature.mentions(.treeNode) {
            lines += [
                "/**", " * Definition for a binary tree node.", " * function TreeNode(val, left, right) {",
                " *     this.val = (val===undefined ? 0 : val)", " *     this.left = (left===undefined ? null : left)",
                " *     this.right = (right===undefined ? null : right)", " * }", " */",
            ]
        }
        lines.append("/**")
        for param in signature.params {
            lines.append(" * @param {\(javascriptType(ValueType(param.type) ?? .void))} \(param.name)")
        }
        lines.append(" * @return {\(javascriptType(ValueType(signature.returnType) ?? .void))}")
        lines.append(" */")
        lines += [
            "var \(signature.functionName) = function(\(signature.params.map(\.name).joined(separator: ", "))) {", "    ", "};",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func typescript(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += [
                "/**", " * Definition for singly-linked list.", " * class ListNode {", " *     val: number", " *     next: ListNode | null",
                " *     constructor(val?: number, next?: ListNode | null) {", " *         this.val = (val===undefined ? 0 : val)",
                " *         this.next = (next===undefined ? null : next)", " *     }", " * }", " */", "",
            ]
        }
        if signature.mentions(.treeNode) {
            lines += [
                "/**", " * Definition for a binary tree node.", " * class TreeNode {", " *     val: number", " *     left: TreeNode | null",
                " *     right: TreeNode | null", " *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {",
                " *         this.val = (val===undefined ? 0 : val)", " *         this.left = (left===undefined ? null : left)",
                " *         this.right = (right===undefined ? null : right)", " *     }", " * }", " */", "",
            ]
        }
        let params = signature.params.map { "\($0.name): \(typescriptType(ValueType($0.type) ?? .void))" }.joined(separator: ", ")
        lines += [
            "function \(signature.functionName)(\(params)): \(typescriptType(ValueType(signature.returnType) ?? .void)) {", "    ", "};",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func javascriptType(_ type: ValueType) -> String {
        switch type {
        case .integer, .long, .double: "number"
        case .boolean: "boolean"
        case .string: "string"
        case .character: "character"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .void: "void"
        case .array(let inner), .list(let inner): "\(javascriptType(inner))[]"
        }
    }

    static func typescriptType(_ type: ValueType) -> String {
        switch type {
        case .integer, .long, .double: "number"
        case .boolean: "boolean"
        case .string, .character: "string"
        case .listNode: "ListNode | null"
        case .treeNode: "TreeNode | null"
        case .void: "void"
        case .array(let inner), .list(let inner):
            switch inner {
            case .listNode, .treeNode: "Array<\(typescriptType(inner))>"
            default: "\(typescriptType(inner))[]"
            }
        }
    }
}
