/// The type names of Ruby's and PHP's doc comments in LeetCode's stubs (runtime/ruby/stubs,
/// runtime/php/stubs).
extension Stub {
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
