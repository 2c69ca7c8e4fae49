/// Everything that is one language's, as its folder runtime/LANGUAGE declares it: language.json
/// (names, toolchain, Debian packages, flags, commands, limits), templates/ (the fixed text of files
/// generated for a submission) and stubs/ (the fixed text of its code stubs). scripts/build-images
/// reads the same declaration for the runner image.
public struct LanguageDeclaration: Sendable {
    public var language: Language
    /// Where it comes in lists and menus.
    public var position: Int
    /// The name people read, e.g. "C++".
    public var name: String
    /// File name extensions that identify a source file in this language, the usual one first.
    public var extensions: [String]
    /// The compiler and flags, for people (`clonecode languages` and the docs).
    public var toolchain: String
    /// How a function question's submission is built and run.
    public var function: Function
    /// The files of a design question's job ("design": {"files"}); nil: the function's files.
    public var designFiles: [SourceFile]?
    /// How a whole program (a program question's solution) is built and run.
    public var program: Program
    /// The command of its resident compile server ("compileServer"), which the runner sends the
    /// language's compiles to instead of running the compile in the box; nil: none.
    public var compileServer: [String]?
    /// The stack size limit (RLIMIT_STACK) its programs start with, in MiB ("stackMb", default 256:
    /// deep recursion is common in solutions). A runtime that touches all of its main thread's
    /// limit at start (Ruby 3.3) gets a small one and runs solutions in a thread of its own size.
    public var stackMb = 256
    /// templates/NAME: the fixed text of the files generated around a submission.
    public var templates: [String: Template]
    /// stubs/NAME.txt: the fixed text of the code stubs.
    public var stubs: [String: Template]
    /// How it spells the signature's types ("types").
    public var types = TypePatterns()
    /// How it writes the signature's names ("names").
    public var names = NameStyles()
    /// The holes of stubs/function.txt that depend on the signature ("stub").
    public var stub = SignatureParts()
    /// The holes of templates/ that depend on the signature ("driver").
    public var driver = SignatureParts()

    /// A function question's job: the files made from the submission, the compile step if the
    /// language has one outside its driver, the command that runs the driver on `tests.json`, and how
    /// the question's limits scale.
    public struct Function: Sendable, Decodable {
        public var files: [SourceFile]
        public var compile: [String]?
        public var run: [String]
        /// The run started before its job's files exist, waiting for its standard input to close
        /// (runtime/java/CcStandby.java): the runner keeps one ready for the next job; nil: none.
        public var standby: [String]?
        /// Slower languages get more time: the question's limit times this.
        public var timeFactor: Double
        /// Time to start the interpreter or VM and compile, allowed once per run.
        public var startupMs: Int
        /// Memory a VM takes before the solution's first byte, allowed on top of the question's limit.
        public var memoryExtraMb: Int
        /// Lists the language's driver code reads (Go: the packages a solution uses without importing them).
        public var driver: [String: [String]]?
    }

    /// A file of a submission's job: the solution as written (no template), or a template filled in
    /// with the solution and the parts generated from the question's signature.
    public struct SourceFile: Sendable, Decodable {
        public var name: String
        public var template: String?
        /// The solution is used as written when it starts with this (after white space).
        public var unlessSolutionStartsWith: String?
    }

    /// A program question's build and run: the source file's name, the compile step if any, the
    /// command run once per test, and the time its interpreter or VM takes to start, allowed on top
    /// of the question's time limit in each run.
    public struct Program: Sendable, Decodable {
        public var file: String
        public var compile: [String]?
        public var run: [String]
        public var launchMs: Int

        public init(file: String, compile: [String]? = nil, run: [String], launchMs: Int = 0) {
            self.file = file
            self.compile = compile
            self.run = run
            self.launchMs = launchMs
        }
    }
}
