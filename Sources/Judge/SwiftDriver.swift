import Model

/// Swift submissions: the solution compiled with a main.swift (runtime/swift/templates/main.swift)
/// that decodes each test's arguments, calls a fresh `Solution` and reports the canonical answer,
/// against the module CcJudge (runtime/swift/CcJudge.swift, compiled into the image with ListNode
/// and TreeNode). CcJudge and Foundation are imported implicitly (language.json's compile flags),
/// as LeetCode's environment imports Foundation.
enum SwiftDriver {
    static func parts(_ signature: Signature) -> [String: String] {
        let decodes = Drivers.types(signature).enumerated().map { index, type in
            "    let a\(index) = \(decodable(type))(cc: args[\(index)])"
        }
        let call = "Solution()." + Drivers.call(signature.functionName, signature)
        let answer = ValueType(signature.returnType) == .void ? ["    \(call)", "    return \"null\""] : ["    return \(call).ccJSON"]
        return ["body": (decodes + answer).joined(separator: "\n")]
    }

    /// A type name that can be called as an initializer (`Optional<ListNode>`, not `ListNode?`).
    static func decodable(_ type: ValueType) -> String {
        switch type {
        case .listNode: "Optional<ListNode>"
        case .treeNode: "Optional<TreeNode>"
        case .array(let inner), .list(let inner): "Array<\(decodable(inner))>"
        default: Stub.swiftType(type)
        }
    }
}
