import Foundation

/// Rust's names in LeetCode's stubs (runtime/rust/stubs): snake_case, nodes as
/// `Option<Box<ListNode>>` and `Option<Rc<RefCell<TreeNode>>>`.
extension Stub {
    /// `lengthOfLongestSubstring` → `length_of_longest_substring`, as LeetCode names Rust methods.
    public static func snakeCase(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                if !out.isEmpty { out.append("_") }
                out.append(contentsOf: character.lowercased())
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Rust types as LeetCode writes them.
    public static func rustType(_ type: ValueType) -> String {
        switch type {
        case .integer: "i32"
        case .long: "i64"
        case .double: "f64"
        case .boolean: "bool"
        case .string: "String"
        case .character: "char"
        case .listNode: "Option<Box<ListNode>>"
        case .treeNode: "Option<Rc<RefCell<TreeNode>>>"
        case .void: "()"
        case .array(let inner), .list(let inner): "Vec<\(rustType(inner))>"
        }
    }
}
