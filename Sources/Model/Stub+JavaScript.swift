/// JavaScript's (JSDoc) and TypeScript's type names in LeetCode's stubs (runtime/javascript/stubs,
/// runtime/typescript/stubs).
extension Stub {
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
