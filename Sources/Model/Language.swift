/// A programming language, by its id: LeetCode's name for it (`python3`, `cpp`...), which is also
/// the name of its folder runtime/ID and what the wire and Redis carry.
///
/// Everything about a language is its folder (`declaration`): the languages there are the known
/// ones, so adding a language is adding a folder. Which of those the fleet offers is configuration.
public struct Language: RawRepresentable, Hashable, Sendable, Comparable, CaseIterable, Codable, CustomStringConvertible {
    /// The language's id.
    public let rawValue: String

    /// The language with this id if this program's runtime folder declares it; nil otherwise.
    public init?(rawValue: String) {
        guard let catalog = try? LanguageCatalog.installed.get(), catalog[Language(id: rawValue)] != nil else { return nil }
        self.rawValue = rawValue
    }

    /// The language with this id, whether or not this program's runtime folder declares it.
    public init(id: String) { rawValue = id }

    /// Python 3: the language of the question bank's reference solutions and the daemons' default.
    public static let python3 = Language(id: "python3")

    /// The languages of this program's runtime folder (LanguageCatalog.installed), in their order:
    /// what the API offers and a worker judges unless configured otherwise. Empty when the folder
    /// cannot be read.
    public static var supported: [Language] { (try? LanguageCatalog.installed.get())?.languages ?? [] }

    /// Every known language: `supported`.
    public static var allCases: [Language] { supported }

    public var description: String { rawValue }

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

    /// The order of lists and menus (the declarations' positions); unknown languages last, by id.
    public static func < (lhs: Language, rhs: Language) -> Bool {
        let order = supported
        return (order.firstIndex(of: lhs) ?? order.count, lhs.rawValue) < (order.firstIndex(of: rhs) ?? order.count, rhs.rawValue)
    }

    /// Encoded as its id, a string.
    public init(from decoder: any Decoder) throws {
        let id = try decoder.singleValueContainer().decode(String.self)
        guard let language = Language(rawValue: id) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown language '\(id)'"))
        }
        self = language
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A language name that no folder of this program's runtime folder declares.
public struct UnknownLanguage: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "unknown language '\(name)'" }
}
