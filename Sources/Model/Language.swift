/// A programming language, named as LeetCode names it.
///
/// Which of these the fleet offers is configuration; the names are fixed.
public enum Language: String, CaseIterable, Codable, Sendable, Comparable {
    case python3, cpp, java, javascript, typescript, go, rust, c, csharp, kotlin, ruby, php, swift, scala

    /// The languages the runner image and the drivers support: what the API offers and a worker
    /// judges unless configured otherwise.
    public static let supported: [Language] = [.python3, .cpp, .c, .java, .javascript, .typescript, .go, .rust, .csharp, .kotlin, .ruby, .php, .swift, .scala]

    /// The name people read, e.g. "C++".
    public var displayName: String {
        switch self {
        case .python3: "Python 3"
        case .cpp: "C++"
        case .java: "Java"
        case .javascript: "JavaScript"
        case .typescript: "TypeScript"
        case .go: "Go"
        case .rust: "Rust"
        case .c: "C"
        case .csharp: "C#"
        case .kotlin: "Kotlin"
        case .ruby: "Ruby"
        case .php: "PHP"
        case .swift: "Swift"
        case .scala: "Scala"
        }
    }

    /// File name extensions that identify a source file in this language.
    public var fileExtensions: [String] {
        switch self {
        case .python3: ["py"]
        case .cpp: ["cpp", "cc", "cxx"]
        case .java: ["java"]
        case .javascript: ["js", "mjs"]
        case .typescript: ["ts"]
        case .go: ["go"]
        case .rust: ["rs"]
        case .c: ["c"]
        case .csharp: ["cs"]
        case .kotlin: ["kt"]
        case .ruby: ["rb"]
        case .php: ["php"]
        case .swift: ["swift"]
        case .scala: ["scala"]
        }
    }

    /// The language of a file, from its name's extension.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        guard let found = Language.allCases.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = found
    }

    /// A `languages` setting: comma-separated names; nil means every supported language.
    public static func list(_ setting: String?) throws(UnknownLanguage) -> [Language] {
        guard let setting else { return supported }
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
