public import Model

/// Scala submissions: the solution (LeetCode's `object Solution`) compiled with a generated
/// `CcMain` that decodes each test's arguments into Scala's types, calls the solution and reports
/// the canonical answer, through runtime/scala/CcScala.scala (ListNode and TreeNode as LeetCode
/// defines them for Scala) and the Java driver's test loop, both compiled into the image.
public enum ScalaDriver {
    /// CcMain.scala for a question's signature.
    public static func main(_ signature: Signature) -> String {
        let types = signature.params.map { ValueType($0.type) ?? .void }
        let decodes = types.enumerated().map { index, type in
            "        val a\(index) = \(decode(type, "args.get(\(index))", depth: 0))"
        }
        let call = "Solution.\(signature.functionName)(\(types.indices.map { "a\($0)" }.joined(separator: ", ")))"
        let answer: String = switch ValueType(signature.returnType) {
        case .void?: "\(call)\n        \"null\""
        case .listNode?, .treeNode?: "CcScala.encodeNode(\(call))"
        default: "CcScala.encode(\(call))"
        }
        return """
            object CcMain {
              def main(argv: Array[String]): Unit = {
                CcJudge.userFile = "solution.scala"
                CcJudge.main(argv(0), new CcJudge.Test {
                  def run(args: java.util.List[Object]): String = {
            \(decodes.joined(separator: "\n"))
                    \(answer)
                  }
                })
              }
            }

            """
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

    static let library = "/usr/share/scala-2.11/lib/scala-library.jar"

    /// scalac 2.11 started straight from its jars, with the image's class-data archive of it.
    static func compile(_ files: [String]) -> [String] {
        ["/usr/bin/java", "-Xmx512m", "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
         "-XX:SharedArchiveFile=/opt/clonecode/scala/scalac.jsa", "-Xshare:auto",
         "-cp", "/usr/share/scala-2.11/lib/scala-compiler.jar:\(library):/usr/share/scala-2.11/lib/scala-reflect.jar",
         "scala.tools.nsc.Main", "-nowarn", "-classpath", "\(library):/opt/clonecode/scala", "-d", "."] + files
    }

    /// The class path of a compiled solution or program.
    static let classPath = ".:/opt/clonecode/scala:\(library)"
}
