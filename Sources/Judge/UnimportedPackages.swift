import Foundation

/// The packages a solution uses without importing them, for languages whose LeetCode code has no
/// import lines to write (Go: names like `sort.` or `strings.` import themselves). language.json
/// lists the candidates (function.driver.imports); a package is used when its last path element is
/// followed by `.` and a capital letter outside comments and string literals, and not already
/// imported. The driver's part `over` "unimported" spells the import line.
enum UnimportedPackages {
    static func used(by source: String, among packages: [String]) -> [String] {
        guard !packages.isEmpty else { return [] }
        let code = strippingCommentsAndStrings(source)
        return packages.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return !source.contains("\"\(path)\"")
                && code.range(of: "(^|[^A-Za-z0-9_.])\(name)\\.[A-Z]", options: .regularExpression) != nil
        }
    }

    /// The code with comments and string literals blanked, so that `// sort.Ints` imports nothing.
    static func strippingCommentsAndStrings(_ source: String) -> String {
        source.replacingOccurrences(of: #"//[^\n]*|/\*[\s\S]*?\*/|"(\\.|[^"\\\n])*"|`[^`]*`"#, with: " ", options: .regularExpression)
    }
}
