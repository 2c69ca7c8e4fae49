import Foundation
import Model

/// Go submissions: solution.go is the user's code after a first line of `package main` and the
/// standard packages it uses (LeetCode's Go has no import lines to write; names like `sort.` or
/// `strings.` import themselves: language.json's driver imports), so compiler messages keep the
/// user's line numbers. main.go (runtime/go/templates/main.go: LeetCode's node types, decoding,
/// encoding, the test loop) gets the decoding of each argument and the call from the signature.
/// runtime/go/build.go compiles both.
enum GoDriver {
    static func parts(solution: String, signature: Signature, packages: [String]) -> [String: String] {
        let decodes = Drivers.types(signature).enumerated().map { index, type in
            "\t\tvar a\(index) \(Stub.goType(type))\n\t\tccDecode(args[\(index)], &a\(index))"
        }
        let call = Drivers.call(signature.functionName, signature)
        let body = ValueType(signature.returnType) == .void ? "\t\t\(call)\n\t\treturn nil" : "\t\treturn \(call)"
        return ["imports": imports(solution, packages: packages), "decodes": decodes.joined(separator: "\n"), "body": body]
    }

    /// The import line of the `packages` (import paths) that `source` uses without importing them.
    static func imports(_ source: String, packages: [String]) -> String {
        let code = strippingCommentsAndStrings(source)
        let used = packages.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return !source.contains("\"\(path)\"")
                && code.range(of: "(^|[^A-Za-z0-9_.])\(name)\\.[A-Z]", options: .regularExpression) != nil
        }
        return used.isEmpty ? "" : "import (\(used.map { "\"\($0)\"" }.joined(separator: "; "))); "
    }

    /// The code with comments and string literals blanked, so that `// sort.Ints` imports nothing.
    static func strippingCommentsAndStrings(_ source: String) -> String {
        source.replacingOccurrences(of: #"//[^\n]*|/\*[\s\S]*?\*/|"(\\.|[^"\\\n])*"|`[^`]*`"#, with: " ", options: .regularExpression)
    }
}
