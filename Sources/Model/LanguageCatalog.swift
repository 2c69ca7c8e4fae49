import Foundation

/// The languages of a runtime folder, one declaration per runtime/LANGUAGE/language.json, in their
/// declared order. The folder is runtime/ in the source tree and PREFIX/share/clonecode/runtime when
/// installed (scripts/install, scripts/up); a binary finds the one that belongs to it (`installed`).
public struct LanguageCatalog: Sendable {
    /// The declared languages, in the order of lists and menus.
    public let languages: [Language]
    let declarations: [Language: LanguageDeclaration]

    public subscript(_ language: Language) -> LanguageDeclaration? { declarations[language] }

    /// Reads every runtime/LANGUAGE/language.json of `directory`, with its templates and stubs.
    public init(directory: String) throws(LanguageCatalogError) {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: directory) else {
            throw LanguageCatalogError("cannot read the language folder \(directory)")
        }
        var found: [Language: LanguageDeclaration] = [:]
        for name in names.sorted() where files.fileExists(atPath: "\(directory)/\(name)/language.json") {
            guard let first = name.unicodeScalars.first, ("a"..."z").contains(first),
                  name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) else {
                throw LanguageCatalogError("\(directory)/\(name): '\(name)' is not a language id (lowercase letters and digits, as LeetCode names languages)")
            }
            let language = Language(id: name)
            found[language] = try Self.declaration(language, in: "\(directory)/\(name)")
        }
        guard !found.isEmpty else { throw LanguageCatalogError("no language in \(directory) (no */language.json)") }
        declarations = found
        languages = found.values.sorted { ($0.position, $0.language.rawValue) < ($1.position, $1.language.rawValue) }.map(\.language)
    }

    /// The catalog of this binary's runtime folder (`locate()`), read once.
    public static let installed: Result<LanguageCatalog, LanguageCatalogError> = {
        guard let directory = locate() else {
            return .failure(LanguageCatalogError("no language folder: neither PREFIX/share/clonecode/runtime beside this program nor a source tree's runtime/"))
        }
        return Result { () throws(LanguageCatalogError) in try LanguageCatalog(directory: directory) }
    }()

    /// The runtime folder that belongs to the running program: PREFIX/share/clonecode/runtime for a
    /// program installed in PREFIX/bin, else the runtime/ of the source tree a program (or a test)
    /// was built in. Not a setting: the templates must match the code that fills them in.
    public static func locate(executable: String = Self.executablePath) -> String? {
        var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        let installed = directory.deletingLastPathComponent().appendingPathComponent("share/clonecode/runtime").path
        if FileManager.default.fileExists(atPath: installed) { return installed }
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("runtime").path
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
               FileManager.default.fileExists(atPath: candidate) {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    /// This program's file, symbolic links resolved.
    public static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// language.json as written: commands may name a flag list ("$jvm"), which stands for its items.
    struct File: Decodable {
        var position: Int
        var name: String
        var extensions: [String]
        var toolchain: String
        var stackMb: Int?
        var flags: [String: [String]]?
        var compileServer: [String]?
        var function: LanguageDeclaration.Function
        var design: Design?
        var program: LanguageDeclaration.Program
        var names: NameStyles?
        var types: [String: [String: String]]?
        var stub: [SignatureParts.Declared]?
        var driver: [SignatureParts.Declared]?
    }

    /// One language of `directory`, read alone (the others may be half-written).
    public static func declaration(of language: Language, in directory: String) throws(LanguageCatalogError) -> LanguageDeclaration {
        try declaration(language, in: "\(directory)/\(language.rawValue)")
    }

    /// language.json's "design": the files of a design question's job.
    struct Design: Decodable {
        var files: [LanguageDeclaration.SourceFile]
    }

    static func declaration(_ language: Language, in folder: String) throws(LanguageCatalogError) -> LanguageDeclaration {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: "\(folder)/language.json")))
        } catch {
            throw LanguageCatalogError("\(folder)/language.json: \(error)")
        }
        let flags = file.flags ?? [:]
        // "$name" stands for the flag's items; "$name:more", for its one item followed by ":more"
        // (a class path that goes on).
        func expand(_ argv: [String]?) throws(LanguageCatalogError) -> [String]? {
            guard let argv else { return nil }
            var out: [String] = []
            for item in argv {
                guard item.hasPrefix("$") else { out.append(item); continue }
                let name = String(item.dropFirst().prefix { $0 != ":" })
                let more = item.dropFirst(1 + name.count)
                guard let list = flags[name] else {
                    throw LanguageCatalogError("\(folder)/language.json: \(item) is not one of its flags")
                }
                guard !more.isEmpty else { out += list; continue }
                guard list.count == 1 else {
                    throw LanguageCatalogError("\(folder)/language.json: \(item) continues $\(name), which is not one item")
                }
                out.append(list[0] + more)
            }
            return out
        }
        var function = file.function
        function.compile = try expand(function.compile)
        function.run = try expand(function.run) ?? []
        function.standby = try expand(function.standby)
        var program = file.program
        program.compile = try expand(program.compile)
        program.run = try expand(program.run) ?? []
        let templates = try texts(in: "\(folder)/templates", suffix: "")
        for source in function.files + (file.design?.files ?? []) {
            if let name = source.template, templates[name] == nil {
                throw LanguageCatalogError("\(folder)/language.json: no template \(folder)/templates/\(name)")
            }
        }
        var declaration = LanguageDeclaration(
            language: language, position: file.position, name: file.name, extensions: file.extensions, toolchain: file.toolchain,
            function: function, program: program, templates: templates, stubs: try texts(in: "\(folder)/stubs", suffix: ".txt"))
        do {
            declaration.types = try TypePatterns(file.types ?? [:])
            declaration.stub = try SignatureParts(file.stub ?? [], types: declaration.types, where: "stub")
            declaration.driver = try SignatureParts(file.driver ?? [], types: declaration.types, where: "driver")
        } catch {
            throw LanguageCatalogError("\(folder)/language.json: \(error)")
        }
        declaration.names = file.names ?? NameStyles()
        declaration.designFiles = file.design?.files
        declaration.compileServer = try expand(file.compileServer)
        if let stackMb = file.stackMb { declaration.stackMb = stackMb }
        return declaration
    }

    /// The files of `folder` (none when it does not exist) as templates, by name without `suffix`.
    static func texts(in folder: String, suffix: String) throws(LanguageCatalogError) -> [String: Template] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [:] }
        var out: [String: Template] = [:]
        for name in names where name.hasSuffix(suffix) {
            guard let text = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) else {
                throw LanguageCatalogError("cannot read \(folder)/\(name)")
            }
            out[String(name.dropLast(suffix.count))] = Template(text)
        }
        return out
    }
}

/// A language folder that cannot be read or says something impossible.
public struct LanguageCatalogError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
