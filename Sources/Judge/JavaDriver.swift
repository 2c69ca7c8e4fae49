import Model

/// Java submissions: Solution.java is LeetCode's imports, the solution on the same first line (so
/// compiler messages keep the user's line numbers) and a `__Driver` class
/// (runtime/java/templates/Solution.java) that decodes each test's arguments, calls a fresh
/// `Solution`, and reports the canonical answer through runtime/java/CcJudge.java.
enum JavaDriver {
    static func parts(_ signature: Signature) -> [String: String] {
        let decodes = Drivers.types(signature).enumerated().map { index, type in
            "            \(Stub.javaType(type)) a\(index) = \(decode(type, "args.get(\(index))", depth: 0));"
        }
        let call = "new Solution()." + Drivers.call(signature.functionName, signature)
        let answer = ValueType(signature.returnType) == .void ? "\(call);\n            return \"null\";" : "return CcJudge.encode(\(call));"
        return ["decodes": decodes.joined(separator: "\n"), "answer": answer]
    }

    /// Java code that turns the JSON value `expr` into a `type`.
    static func decode(_ type: ValueType, _ expr: String, depth: Int) -> String {
        let x = "x\(depth)"
        switch type {
        case .integer: return "CcJudge.i(\(expr))"
        case .long: return "CcJudge.l(\(expr))"
        case .double: return "CcJudge.d(\(expr))"
        case .boolean: return "CcJudge.b(\(expr))"
        case .string: return "CcJudge.s(\(expr))"
        case .character: return "CcJudge.c(\(expr))"
        case .listNode: return "CcJudge.listNode(\(expr))"
        case .treeNode: return "CcJudge.treeNode(\(expr))"
        case .void: return "null"
        case .array(.integer): return "CcJudge.intArray(\(expr))"
        case .array(.long): return "CcJudge.longArray(\(expr))"
        case .array(.double): return "CcJudge.doubleArray(\(expr))"
        case .array(.boolean): return "CcJudge.booleanArray(\(expr))"
        case .array(.character): return "CcJudge.charArray(\(expr))"
        case .array(let inner):
            return "CcJudge.array(\(expr), \(x) -> \(decode(inner, x, depth: depth + 1)), \(Stub.javaType(inner))[]::new)"
        case .list(let inner):
            return "CcJudge.<\(Stub.javaType(inner, boxed: true))>list(\(expr), \(x) -> \(decode(inner, x, depth: depth + 1)))"
        }
    }
}
