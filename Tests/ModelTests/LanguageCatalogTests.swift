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
        try FileManager.default.createDirectory(atPath: "\(root)/Co-bol", withIntermediateDirectories: true)
        try "{}".write(toFile: "\(root)/Co-bol/language.json", atomically: true, encoding: .utf8)
        #expect(message { try LanguageCatalog(directory: root) }.contains("'Co-bol' is not a language id"))
    }

    /// A language no Swift code names: one folder, its types and stub parts read from its language.json.
    @Test func aNewLanguageIsOneFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cc-catalog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/pascal/stubs", withIntermediateDirectories: true)
        try Self.declaration(types: """
            "type": {"integer": "Integer", "string": "String", "character": "Char", "*[]": "array of {{inner}}",
                     "character[][]": "TGrid", "list<*>": "TList<{{inner:boxed}}>", "void": ""},
            "boxed": {"integer": "TInt", "*": "{{type:type}}"},
            "returns": {"*": ": {{type:type}}", "void": ""},
            "decode": {"element": "e{{depth}}", "integer": "ReadInt({{value}})", "*[]": "Map({{value}}, e{{depth}} => {{inner}})"}
            """, stub: """
            {"name": "params", "each": "{{name}}: {{type:type}}", "separator": "; "},
            {"name": "returns", "text": "{{type:returns}}"},
            {"name": "decodes", "each": "a{{index}} := {{type:decode}}", "value": "args[{{index}}]", "separator": " "}
            """).write(toFile: "\(root)/pascal/language.json", atomically: true, encoding: .utf8)
        try "function {{function}}({{params}}){{returns}}; {{decodes}}".write(toFile: "\(root)/pascal/stubs/function.txt", atomically: true, encoding: .utf8)
        let catalog = try LanguageCatalog(directory: root)
        let pascal = Language(id: "pascal")
        #expect(catalog.languages == [pascal])
        let declaration = try #require(catalog[pascal])
        let signature = Signature(functionName: "f", params: [Param(name: "grid", type: "character[][]"), Param(name: "rows", type: "list<list<integer>>"),
                                                              Param(name: "n", type: "integer[][]")], returnType: "list<string>")
        // The most specific key wins; {{inner}} goes one level deeper, its value the table's element;
        // a type a table has no key for is empty (character in decode).
        #expect(Stub.make(signature, declaration) == "function f(grid: TGrid; rows: TList<TList<TInt>>; n: array of array of Integer): TList<String>; "
            + "a0 := Map(args[0], e0 => Map(e0, e1 => )) a1 := Map(args[1], e0 => Map(e0, e1 => ReadInt(e1))) a2 := Map(args[2], e0 => Map(e0, e1 => ReadInt(e1)))")
        #expect(Stub.make(Signature(functionName: "g", params: [], returnType: "void"), declaration) == "function g(); ")
        // A table with no list<...> key reads lists as arrays; types it has no key for are empty.
        #expect(declaration.types.render(.list(.integer), in: "decode", ["value": "v"]) == "Map(v, e0 => ReadInt(e0))")
        #expect(declaration.types.render(.double, in: "type").isEmpty)
    }

    /// Type tables and parts that cannot be rendered are refused when the folder is read, naming the place.
    @Test(arguments: [
        (#""type": {"integer[": "x"}"#, "", "types.type: 'integer[' is not a type"),
        (#""type": {"*[]*": "x"}"#, "", "types.type: '*[]*' is not a type"),
        (#""type": {"integer": "{{type:boxed}}"}"#, "", "types.type.integer: {{type:boxed}} names no table of types"),
        (#""type": {"integer": "{{inner}}"}"#, "", "types.type.integer: {{inner}} needs a key with *"),
        (#""a": {"*": "{{type:b}}"}, "b": {"*": "{{type:a}}"}"#, "", "{{type:...}} comes back to a"),
        (#""type": {"*": "x"}"#, #"{"name": "params", "each": "{{type:type}}", "text": "x"}"#, "stub.params: a part has either text"),
        (#""type": {"*": "x"}"#, #"{"name": "params", "each": "{{inner}}"}"#, "stub.params.each: {{inner}} is only for"),
        (#""type": {"*": "x"}"#, #"{"name": "returns", "text": "{{type:nothing}}"}"#, "stub.returns.text: {{type:nothing}} names no table"),
    ])
    func malformedTypeTablesAreClearErrors(types: String, stub: String, error: String) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cc-catalog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/pascal", withIntermediateDirectories: true)
        try Self.declaration(types: types, stub: stub).write(toFile: "\(root)/pascal/language.json", atomically: true, encoding: .utf8)
        let found = message { try LanguageCatalog(directory: root) }
        #expect(found.contains("\(root)/pascal/language.json: ") && found.contains(error), "\(found)")
    }

    static func declaration(types: String, stub: String) -> String {
        """
        {"position": 1, "name": "Pascal", "extensions": ["pas"], "toolchain": "fpc",
         "function": {"files": [{"name": "a.pas"}], "run": ["a"], "timeFactor": 1, "startupMs": 1, "memoryExtraMb": 0},
         "program": {"file": "a.pas", "run": ["a"], "launchMs": 0},
         "types": {\(types)}, "stub": [\(stub)]}
        """
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
