import Foundation
public import Model

/// Rust submissions: solution.rs is the user's `impl Solution` followed by the harness
/// (runtime/rust/harness.rs, included: LeetCode's ListNode, TreeNode and `struct Solution`) and a
/// main() generated from the signature. The user's code comes first, so rustc's messages point at
/// the user's lines.
public enum RustDriver {
    public static func source(solution: String, signature: Signature) -> String {
        let types = signature.params.map { ValueType($0.type) ?? .void }
        let decodes = types.enumerated().map { index, t -> String in
            // Full paths: the user's code may or may not `use` Rc and RefCell.
            let type = Stub.rustType(t).replacingOccurrences(of: "Rc<RefCell<", with: "std::rc::Rc<std::cell::RefCell<")
            return "        let a\(index): \(type) = __cc::decode(&args[\(index)]);"
        }.joined(separator: "\n")
        let call = "Solution::\(Stub.snakeCase(signature.functionName))(\(types.indices.map { "a\($0)" }.joined(separator: ", ")))"
        return solution + """

            include!("/opt/clonecode/rust/harness.rs");

            fn main() {
                __cc::run(|args| {
            \(decodes)
                    __cc::encode(&\(call))
                });
            }

            """
    }
}
