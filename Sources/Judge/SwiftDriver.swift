public import Model

/// Swift submissions: the solution compiled with a generated main.swift that decodes each test's
/// arguments, calls a fresh `Solution` and reports the canonical answer, against the module CcJudge
/// (runtime/swift/CcJudge.swift, compiled into the image with ListNode and TreeNode). CcJudge and
/// Foundation are imported implicitly, as LeetCode's environment imports Foundation.
public enum SwiftDriver {
    /// main.swift for a question's signature.
    public static func main(_ signature: Signature) -> String {
        let types = signature.params.map { ValueType($0.type) ?? .void }
        let decodes = types.enumerated().map { index, type in
            "    let a\(index) = \(decodable(type))(cc: args[\(index)])"
        }
        let call = "Solution().\(signature.functionName)(\(types.indices.map { "a\($0)" }.joined(separator: ", ")))"
        let answer = ValueType(signature.returnType) == .void ? ["    \(call)", "    return \"null\""] : ["    return \(call).ccJSON"]
        return (["ccRun(CommandLine.arguments[1]) { args in"] + decodes + answer + ["}"]).joined(separator: "\n") + "\n"
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

    /// swiftc -O with the implicit imports; `judged` adds the judge's module (function questions).
    static func compile(_ files: [String], judged: Bool) -> [String] {
        let judge = judged ? ["-I", "/opt/clonecode/swift", "-L", "/opt/clonecode/swift", "-lCcJudge",
                              "-Xfrontend", "-import-module", "-Xfrontend", "CcJudge"] : []
        return ["/opt/swift/usr/bin/swiftc", "-O", "-suppress-warnings"] + judge
            + ["-Xfrontend", "-import-module", "-Xfrontend", "Foundation", "-o", "main"] + files
    }
}
