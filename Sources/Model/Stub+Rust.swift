import Foundation

/// Rust stubs, as LeetCode writes them: `impl Solution` with snake_case names, nodes as
/// `Option<Box<ListNode>>` and `Option<Rc<RefCell<TreeNode>>>`.
extension Stub {
    static func rust(_ signature: Signature) -> String {
        var lines: [String] = []
        if signature.mentions(.listNode) {
            lines += ["// Definition for singly-linked list.", "// #[derive(PartialEq, Eq, Clone, Debug)]", "// pub struct ListNode {",
                      "//   pub val: i32,", "//   pub next: Option<Box<ListNode>>", "// }", "//", "// impl ListNode {", "//   #[inline]",
                      "//   fn new(val: i32) -> Self {", "//     ListNode {", "//       next: None,", "//       val", "//     }", "//   }", "// }"]
        }
        if signature.mentions(.treeNode) {
            lines += ["// Definition for a binary tree node.", "// #[derive(Debug, PartialEq, Eq)]", "// pub struct TreeNode {",
                      "//   pub val: i32,", "//   pub left: Option<Rc<RefCell<TreeNode>>>,", "//   pub right: Option<Rc<RefCell<TreeNode>>>,",
                      "// }", "//", "// impl TreeNode {", "//   #[inline]", "//   pub fn new(val: i32) -> Self {", "//     TreeNode {",
                      "//       val,", "//       left: None,", "//       right: None", "//     }", "//   }", "// }",
                      "use std::rc::Rc;", "use std::cell::RefCell;"]
        }
        let params = signature.params.map { "\(snakeCase($0.name)): \(rustType(ValueType($0.type) ?? .void))" }.joined(separator: ", ")
        let returns = ValueType(signature.returnType) ?? .void
        lines += ["impl Solution {",
                  "    pub fn \(snakeCase(signature.functionName))(\(params))\(returns == .void ? "" : " -> " + rustType(returns)) {",
                  "        ", "    }", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

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
