import Model

/// Scala submissions: the solution (LeetCode's `object Solution`) compiled with a `CcMain`
/// (runtime/scala/templates/CcMain.scala) that decodes each test's arguments into Scala's types,
/// calls the solution and reports the canonical answer, through runtime/scala/CcScala.scala
/// (ListNode and TreeNode as LeetCode defines them for Scala) and the Java driver's test loop, both
/// compiled into the image. The signature gives the decoding of each argument and the answer.
enum ScalaDriver {
    static func parts(_ signature: Signature) -> [String: String] {
        let decodes = Drivers.types(signature).enumerated().map { index, type in
            "        val a\(index) = \(decode(type, "args.get(\(index))", depth: 0))"
        }
        let call = "Solution." + Drivers.call(signature.functionName, signature)
        let answer: String = switch ValueType(signature.returnType) {
        case .void?: "\(call)\n        \"null\""
        case .listNode?, .treeNode?: "CcScala.encodeNode(\(call))"
        default: "CcScala.encode(\(call))"
        }
        return ["decodes": decodes.joined(separator: "\n"), "answer": answer]
    }

    /// Scala code that turns the JSON value `expr` into a `type`.
    static func decode(_ type: ValueType, _ expr: String, depth: Int) -> String {
        let x = "x\(depth)"
        return switch type {
        case .integer: "CcScala.int(\(expr))"
        case .long: "CcScala.long(\(expr))"
        case .double: "CcScala.double(\(expr))"
        case .boolean: "CcScala.boolean(\(expr))"
        case .string: "CcScala.string(\(expr))"
        case .character: "CcScala.char(\(expr))"
        case .listNode: "CcScala.listNode(\(expr))"
        case .treeNode: "CcScala.treeNode(\(expr))"
        case .void: "()"
        case .array(let inner): "CcScala.array(\(expr), (\(x): Object) => \(decode(inner, x, depth: depth + 1)))"
        case .list(let inner): "CcScala.list(\(expr), (\(x): Object) => \(decode(inner, x, depth: depth + 1)))"
        }
    }
}
