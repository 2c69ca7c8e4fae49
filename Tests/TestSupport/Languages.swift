public import Model

/// The languages of the source tree's runtime/, by name, for tests that name one (the code names
/// none: a language is its folder).
extension Language {
    public static let cpp = Language(id: "cpp"), c = Language(id: "c"), java = Language(id: "java")
    public static let javascript = Language(id: "javascript"), typescript = Language(id: "typescript")
    public static let go = Language(id: "go"), rust = Language(id: "rust"), csharp = Language(id: "csharp")
    public static let kotlin = Language(id: "kotlin"), ruby = Language(id: "ruby"), php = Language(id: "php")
    public static let swift = Language(id: "swift"), scala = Language(id: "scala")
}
