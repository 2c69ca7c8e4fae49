import Foundation
import Model

/// Rust submissions: solution.rs is the user's `impl Solution` followed by the harness
/// (runtime/rust/harness.rs, included: LeetCode's ListNode, TreeNode and `struct Solution`) and a
/// main() (runtime/rust/templates/solution.rs). The user's code comes first, so rustc's messages
/// point at the user's lines. The signature gives the decoding of each argument and the call.
enum RustDriver {
    static func parts(_ signature: Signature) -> [String: String] {
        let decodes = Drivers.types(signature).enumerated().map { index, t -> String in
            // Full paths: the user's code may or may not `use` Rc and RefCell.
            let type = Stub.rustType(t).replacingOccurrences(of: "Rc<RefCell<", with: "std::rc::Rc<std::cell::RefCell<")
            return "        let a\(index): \(type) = __cc::decode(&args[\(index)]);"
        }
        return ["decodes": decodes.joined(separator: "\n"), "call": "Solution::" + Drivers.call(Stub.snakeCase(signature.functionName), signature)]
    }
}
