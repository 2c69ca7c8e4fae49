public import Model

/// Java submissions: the solution is compiled in Solution.java together with a `__Driver` class
/// generated from the question's signature, which decodes each test's arguments, calls a fresh
/// `Solution`, and reports the canonical answer (runtime/java/CcJudge.java). LeetCode's imports go on
/// the solution's first line, so compiler messages keep the user's line numbers.
public enum JavaDriver {
    /// What LeetCode's Java environment imports for every solution.
    static let imports = ["java.util.*", "java.util.function.*", "java.util.stream.*", "java.math.*",
                          "java.util.concurrent.*", "java.util.concurrent.atomic.*", "java.util.regex.*"]

    /// Solution.java: the imports, the solution, the driver.
    public static func source(solution: String, signature: Signature) -> String {
        let types = signature.params.map { ValueType($0.type) ?? .void }
        let decodes = types.enumerated().map { index, t in
            "            \(Stub.javaType(t)) a\(index) = \(decode(t, "args.get(\(index))", depth: 0));"
        }.joined(separator: "\n")
        let call = "new Solution().\(signature.functionName)(\(types.indices.map { "a\($0)" }.joined(separator: ", ")))"
        let answer = ValueType(signature.returnType) == .void ? "\(call);\n            return \"null\";" : "return CcJudge.encode(\(call));"
        return imports.map { "import \($0);" }.joined(separator: " ") + " " + solution + """

            class __Driver {
                public static void main(String[] argv) throws Exception {
                    CcJudge.main(argv[0], args -> {
            \(decodes)
                        \(answer)
                    });
                }
            }

            """
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
