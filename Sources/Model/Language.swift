/// A programming language, named as LeetCode names it.
///
/// Everything else about a language is its folder runtime/NAME (`declaration`); which of those the
/// fleet offers is configuration.
public enum Language: String, CaseIterable, Codable, Sendable, Comparable {
    case python3, cpp, java, javascript, typescript, go, rust, c, csharp, kotlin, ruby, php, swift, scala

    /// The languages of this program's runtime folder (LanguageCatalog.installed), in their order:
    /// what the API offers and a worker judges unless configured otherwise. Empty when the folder
    /// cannot be read.
    public static var supported: [Language] { (try? LanguageCatalog.installed.get())?.languages ?? [] }

    /// The name people read, e.g. "C++" (runtime/LANGUAGE/language.json).
    public var displayName: String { declaration?.name ?? rawValue }

    /// File name extensions that identify a source file in this language, the usual one first.
    public var fileExtensions: [String] { declaration?.extensions ?? [] }

    /// This language's declaration in this program's runtime folder.
    public var declaration: LanguageDeclaration? { (try? LanguageCatalog.installed.get())?[self] }

    /// The language of a file, from its name's extension.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        guard let found = Language.allCases.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = found
    }

    /// A `languages` setting: comma-separated names; nil means every supported language (and throws
    /// when the runtime folder cannot be read).
    public static func list(_ setting: String?) throws -> [Language] {
        guard let setting else { return try LanguageCatalog.installed.get().languages }
        return try setting.split(separator: ",").map { part throws(UnknownLanguage) in
            let name = String(part.filter { !$0.isWhitespace })
            guard let language = Language(rawValue: name) else { throw UnknownLanguage(name: name) }
            return language
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A language name that is not one of LeetCode's.
public struct UnknownLanguage: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "unknown language '\(name)'" }
}
