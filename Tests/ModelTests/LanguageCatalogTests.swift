import Foundation
import Model
import TestSupport
import Testing

/// runtime/LANGUAGE folders: what they declare, and clear errors for folders that are wrong.
@Suite("language folders")
struct LanguageCatalogTests {
    @Test func theSourceTreeDeclaresEveryLanguageInMenuOrder() throws {
        let catalog = try LanguageCatalog(directory: "\(Paths.root)/runtime")
        #expect(catalog.languages == [.python3, .cpp, .c, .java, .javascript, .typescript, .go, .rust, .csharp, .kotlin, .ruby, .php, .swift, .scala])
        #expect(Language.supported == catalog.languages)
        let java = try #require(catalog[.java])
        // "$jvm" in a command stands for the flag list.
        #expect(java.program.run.prefix(2) == ["/usr/bin/java", "-XX:+UseSerialGC"] && !java.program.run.contains("$jvm"))
        #expect(java.function.timeFactor == 1.5 && java.function.memoryExtraMb == 64)
        #expect(Language.cpp.displayName == "C++" && Language(fileName: "a.cxx") == .cpp)
    }

    @Test func aTemplateIsFilledInOnePass() {
        let template = Template("head {{solution}} {x} {{ not a hole }} {{{type}}} {{call}}")
        #expect(template.holes == ["solution", "type", "call"])
        #expect(template.fill(["solution": "{{call}}", "type": "int", "call": "f()"]) == "head {{call}} {x} {{ not a hole }} {int} f()")
    }

    @Test func wrongFoldersAreClearErrors() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cc-catalog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(message { try LanguageCatalog(directory: root) }.contains("cannot read the language folder \(root)"))
        try FileManager.default.createDirectory(atPath: "\(root)/python3", withIntermediateDirectories: true)
        #expect(message { try LanguageCatalog(directory: root) }.contains("no language in \(root)"))
        let declaration = """
            {"position": 1, "name": "Python 3", "extensions": ["py"], "toolchain": "CPython",
             "function": {"files": [{"name": "solution.py", "template": "missing.py"}], "run": ["$python", "x"],
                          "timeFactor": 1, "startupMs": 1, "memoryExtraMb": 0},
             "program": {"file": "main.py", "run": ["python3"], "launchMs": 0}}
            """
        try declaration.write(toFile: "\(root)/python3/language.json", atomically: true, encoding: .utf8)
        #expect(message { try LanguageCatalog(directory: root) }.contains("$python is not one of its flags"))
        try declaration.replacingOccurrences(of: "\"$python\"", with: "\"python3\"").write(toFile: "\(root)/python3/language.json", atomically: true, encoding: .utf8)
        #expect(message { try LanguageCatalog(directory: root) }.contains("no template \(root)/python3/templates/missing.py"))
        try "{".write(toFile: "\(root)/python3/language.json", atomically: true, encoding: .utf8)
        #expect(message { try LanguageCatalog(directory: root) }.contains("\(root)/python3/language.json:"))
        try FileManager.default.createDirectory(atPath: "\(root)/cobol", withIntermediateDirectories: true)
        try "{}".write(toFile: "\(root)/cobol/language.json", atomically: true, encoding: .utf8)
        #expect(message { try LanguageCatalog(directory: root) }.contains("'cobol' is not one of LeetCode's language names"))
    }

    func message(_ body: () throws -> LanguageCatalog) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }
}
