public import Model

/// What judging a language needs: its declaration (runtime/LANGUAGE: commands, limits, templates)
/// and the runner image, with the parts of generated files that depend on a question's signature
/// filled in from its declaration (Drivers).
public struct LanguageRuntime: Sendable {
    public var declaration: LanguageDeclaration
    /// The runner image (scripts/build-images makes it).
    public var image: String

    public init(_ declaration: LanguageDeclaration, image: String = Self.runnerImage) {
        self.declaration = declaration
        self.image = image
    }

    public var language: Language { declaration.language }
    /// The compile step's command, if the language has one outside its driver.
    public var compile: [String]? { declaration.function.compile }
    /// The command of the language's resident compile server, if it has one.
    public var compileServer: [String]? { declaration.compileServer }
    /// The command that runs the driver on the submission's files and `tests.json`.
    public var run: [String] { declaration.function.run }
    /// The same run started before its job, if the language has one.
    public var standby: [String]? { declaration.function.standby }
    /// Slower languages get more time: the question's limit times this.
    public var timeFactor: Double { declaration.function.timeFactor }
    /// Time to start the interpreter or VM and compile, allowed once per run.
    public var startupMs: Int { declaration.function.startupMs }
    /// Memory a VM takes before the solution's first byte, allowed on top of the question's limit.
    public var memoryExtraMb: Int { declaration.function.memoryExtraMb }
    /// The stack size limit its programs start with.
    public var stackBytes: UInt64 { UInt64(max(0, declaration.stackMb)) << 20 }
    /// How a whole program (a program question's solution) is built and run.
    public var program: LanguageDeclaration.Program { declaration.program }
    /// The compiler and flags, for people (`clonecode languages` and the docs).
    public var toolchain: String { declaration.toolchain }

    /// The languages this program's runtime folder declares (empty when it cannot be read: the
    /// worker then fails at start, naming the problem).
    public static let all: [Language: LanguageRuntime] = {
        guard let catalog = try? LanguageCatalog.installed.get() else { return [:] }
        return Dictionary(uniqueKeysWithValues: catalog.languages.compactMap { language in catalog[language].map { (language, LanguageRuntime($0)) } })
    }()

    /// The runner image (every language's toolchain; the tag is the runner protocol's version).
    public static let runnerImage = "clonecode-runner:r4"

    /// The files of a function question's job: each declared file, the solution as written or its
    /// template filled in with the solution and the driver's parts for `signature`.
    /// A design question's files are the language's "design" files (default: the function's); a
    /// template `design.X` is filled in with `design-method.X` once per method (`{{methods}}`).
    public func files(solution: String, signature: Signature) -> [(name: String, text: String)] {
        let files = signature.isDesign ? declaration.designFiles ?? declaration.function.files : declaration.function.files
        guard files.contains(where: { $0.template != nil }) else { return files.map { ($0.name, solution) } }
        var values = Drivers.parts(for: declaration, solution: solution, signature: signature)
        values["solution"] = solution
        return files.map { file in
            guard let name = file.template, let template = declaration.templates[name] else { return (file.name, solution) }
            if let prefix = file.unlessSolutionStartsWith, solution.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace }).hasPrefix(prefix) {
                return (file.name, solution)
            }
            return (file.name, template.fill(values))
        }
    }
}
