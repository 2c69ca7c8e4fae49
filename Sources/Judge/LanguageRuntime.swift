public import Model
import SandboxProtocol

/// What judging a language needs, as data: its image, where the source goes, how to run the
/// driver, and how its limits scale. Adding a language adds one of these and a driver in runtime/.
public struct LanguageRuntime: Sendable {
    public var language: Language
    /// The runner image (scripts/build-images makes it).
    public var image: String
    /// How the submission becomes files in the box.
    public enum Layout: Sendable {
        /// Saved as it is, under this name.
        case file(String)
        /// Files made from the submission and the signature: the solution with a driver generated
        /// for the question (CppDriver, CDriver, JavaDriver, GoDriver).
        case generated(@Sendable (_ solution: String, _ signature: Signature) -> [(name: String, text: String)])
    }

    public var layout: Layout
    /// The compile step's command, if the language has one outside its driver.
    public var compile: [String]?
    /// The command that runs the driver on `sourceFile` and `tests.json`.
    public var run: [String]
    /// Slower languages get more time: the question's limit times this.
    public var timeFactor: Double
    /// Time to start the interpreter or VM and compile, allowed once per run.
    public var startupMs: Int
    /// Memory a VM takes before the solution's first byte, allowed on top of the question's limit.
    public var memoryExtraMb: Int = 0
    /// How a whole program (a program question's solution) is built and run.
    public var program: Program

    /// The languages the worker knows how to judge.
    public static let all: [Language: LanguageRuntime] = [
        .python3: LanguageRuntime(
            language: .python3, image: runnerImage, layout: .file("solution.py"), compile: nil,
            run: ["/usr/bin/python3", "-I", "-S", "/opt/clonecode/python3/driver.py", "solution.py", "tests.json"],
            timeFactor: 1, startupMs: 2000,
            program: Program(file: "main.py", run: ["/usr/bin/python3", "-I", "main.py"], launchMs: 100)),
        .cpp: LanguageRuntime(
            language: .cpp, image: runnerImage, layout: .generated { [("main.cpp", CppDriver.source(solution: $0, signature: $1))] },
            compile: ["/usr/bin/g++", "-std=c++20", "-O2", "-pipe", "-o", "main", "main.cpp"],
            run: ["./main", "tests.json"], timeFactor: 1, startupMs: 1000,
            program: Program(file: "main.cpp", compile: ["/usr/bin/g++", "-std=c++20", "-O2", "-pipe", "-I", "/opt/clonecode/cpp/pch", "-o", "main", "main.cpp"], run: ["./main"])),
        .c: LanguageRuntime(
            language: .c, image: runnerImage, layout: .generated { [("main.c", CDriver.source(solution: $0, signature: $1))] },
            compile: ["/usr/bin/gcc", "-std=gnu11", "-O2", "-pipe", "-o", "main", "main.c", "-lm"],
            run: ["./main", "tests.json"], timeFactor: 1, startupMs: 1000,
            program: Program(file: "main.c", compile: ["/usr/bin/gcc", "-std=gnu11", "-O2", "-pipe", "-o", "main", "main.c", "-lm"], run: ["./main"])),
        // Go 1.23 from Debian's bookworm-backports; runtime/go/build.go compiles against a standard
        // library compiled when the image was built.
        .go: LanguageRuntime(
            language: .go, image: runnerImage,
            layout: .generated { [("solution.go", GoDriver.solution($0)), ("main.go", GoDriver.main($1))] },
            compile: ["/opt/clonecode/go/build"], run: ["./main", "tests.json"], timeFactor: 1, startupMs: 1000,
            program: Program(file: "main.go", compile: ["/opt/clonecode/go/build", "main.go"], run: ["./main"])),
        // rustc-web (Debian 12 security updates): the Rust that Debian keeps current for Firefox.
        .rust: LanguageRuntime(
            language: .rust, image: runnerImage,
            layout: .generated { [("solution.rs", RustDriver.source(solution: $0, signature: $1))] },
            compile: ["/usr/bin/rustc", "--edition", "2021", "-C", "opt-level=2", "-A", "warnings", "-o", "main", "solution.rs"],
            run: ["./main", "tests.json"], timeFactor: 1, startupMs: 1000,
            program: Program(file: "main.rs", compile: ["/usr/bin/rustc", "--edition", "2021", "-C", "opt-level=2", "-o", "main", "main.rs"], run: ["./main"])),
        .ruby: LanguageRuntime(
            language: .ruby, image: runnerImage, layout: .file("solution.rb"), compile: nil,
            run: ["/usr/bin/ruby", "--disable-gems", "/opt/clonecode/ruby/driver.rb", "solution.rb", "tests.json"],
            timeFactor: 1, startupMs: 2000,
            program: Program(file: "main.rb", run: ["/usr/bin/ruby", "--disable-gems", "main.rb"], launchMs: 200)),
        .php: LanguageRuntime(
            language: .php, image: runnerImage, layout: .generated { solution, _ in [("solution.php", PHPDriver.source(solution))] },
            compile: nil,
            run: ["/usr/bin/php", "-d", "opcache.enable_cli=0", "/opt/clonecode/php/driver.php", "solution.php", "tests.json"],
            timeFactor: 1, startupMs: 2000,
            program: Program(file: "main.php", run: ["/usr/bin/php", "-d", "opcache.enable_cli=0", "main.php"], launchMs: 200)),
        .javascript: LanguageRuntime(
            language: .javascript, image: runnerImage, layout: .file("solution.js"), compile: nil,
            run: ["/usr/bin/node", "--stack-size=65500", "/opt/clonecode/javascript/driver.js", "solution.js", "tests.json"],
            timeFactor: 1, startupMs: 2000,
            program: Program(file: "main.js", run: ["/usr/bin/node", "--stack-size=65500", "main.js"], launchMs: 200)),
        // Transpiled by the driver with Debian's TypeScript compiler (types are not checked), then run as JavaScript.
        .typescript: LanguageRuntime(
            language: .typescript, image: runnerImage, layout: .file("solution.ts"), compile: nil,
            run: ["/usr/bin/node", "--stack-size=65500", "/opt/clonecode/javascript/driver.js", "solution.ts", "tests.json"],
            timeFactor: 1, startupMs: 3000,
            program: Program(file: "main.ts", compile: ["/usr/bin/node", "/opt/clonecode/javascript/transpile.js", "main.ts", "main.js"], run: ["/usr/bin/node", "--stack-size=65500", "main.js"], launchMs: 200)),
        .java: LanguageRuntime(
            language: .java, image: runnerImage, layout: .generated { [("Solution.java", JavaDriver.source(solution: $0, signature: $1))] },
            compile: javac + ["-cp", "/opt/clonecode/java", "-d", ".", "Solution.java"],
            run: jvm + ["--add-opens", "java.base/java.io=ALL-UNNAMED", "-cp",
                  ".:/opt/clonecode/java", "__Driver", "tests.json"],
            timeFactor: 1.5, startupMs: 2000, memoryExtraMb: 64,
            program: Program(file: "Main.java", compile: javac + ["-d", ".", "Main.java"], run: jvm + ["-Xss64m", "-cp", ".", "Main"], launchMs: 500)),
        // The Swift toolchain that builds CloneCode, copied into the image by scripts/build-images.
        .swift: LanguageRuntime(
            language: .swift, image: runnerImage,
            layout: .generated { [("solution.swift", $0), ("main.swift", SwiftDriver.main($1))] },
            compile: SwiftDriver.compile(["solution.swift", "main.swift"], judged: true), run: ["./main", "tests.json"],
            timeFactor: 1, startupMs: 1000,
            program: Program(file: "main.swift", compile: SwiftDriver.compile(["main.swift"], judged: false), run: ["./main"])),
        // Debian's Scala 2.11 on OpenJDK 17.
        .scala: LanguageRuntime(
            language: .scala, image: runnerImage,
            layout: .generated { [("solution.scala", $0), ("CcMain.scala", ScalaDriver.main($1))] },
            compile: ScalaDriver.compile(["solution.scala", "CcMain.scala"]),
            run: jvm + ["--add-opens", "java.base/java.io=ALL-UNNAMED", "-cp", ScalaDriver.classPath, "CcMain", "tests.json"],
            timeFactor: 1.5, startupMs: 2000, memoryExtraMb: 64,
            program: Program(file: "Main.scala", compile: ScalaDriver.compile(["Main.scala"]),
                             run: jvm + ["-Xss64m",
                                   "-cp", ScalaDriver.classPath, "Main"], launchMs: 500)),
        // Mono 6.8's C# compiler (C# 7 without local functions) and runtime, from Debian 12.
        .csharp: LanguageRuntime(
            language: .csharp, image: runnerImage, layout: .generated { solution, _ in [("Solution.cs", CSharpDriver.source(solution))] },
            compile: CSharpDriver.compile("Solution.cs", library: true),
            run: ["/usr/bin/mono", "--debug", "/opt/clonecode/csharp/CcDriver.exe", "tests.json", "solution.dll"],
            timeFactor: 1, startupMs: 2000, memoryExtraMb: 32,
            program: Program(file: "Main.cs", compile: CSharpDriver.compile("Main.cs", library: false),
                             run: ["/usr/bin/mono", "--debug", "main.exe"], launchMs: 100)),
        // Debian's Kotlin 1.3 on OpenJDK 17, with the standard-library functions of later Kotlins
        // that solutions use (runtime/kotlin/Compat.kt); called through the reflective JVM driver.
        .kotlin: LanguageRuntime(
            language: .kotlin, image: runnerImage, layout: .generated { solution, _ in [("solution.kt", KotlinDriver.source(solution))] },
            compile: KotlinDriver.compile("solution.kt"),
            run: jvm + ["--add-opens", "java.base/java.io=ALL-UNNAMED", "-cp", KotlinDriver.classPath, "CcReflect", "tests.json", "solution.kt"],
            timeFactor: 1.5, startupMs: 2000, memoryExtraMb: 64,
            program: Program(file: "main.kt", compile: KotlinDriver.compile("main.kt"),
                             run: jvm + ["-Xss64m",
                                   "-cp", KotlinDriver.classPath, "MainKt"], launchMs: 500)),
    ]

    /// The runner image (every language's toolchain; the tag is the runner protocol's version).
    static let runnerImage = "clonecode-runner:r2"

    /// The JVM as the JVM languages run: one compiler tier and the serial collector start faster,
    /// and judged programs are short.
    static let jvm = ["/usr/bin/java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx512m"]
    static let javac = ["/usr/bin/javac", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1", "-J-Xshare:auto", "-encoding", "UTF-8", "-nowarn"]

    /// A program question's build and run: the source file's name, the compile step if any, the
    /// command run once per test, and the time its interpreter or VM takes to start, allowed on
    /// top of the question's time limit in each run.
    public struct Program: Sendable {
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

    /// The compiler and flags, for people (`clonecode languages` and the docs).
    public var toolchain: String {
        switch language {
        case .python3: "CPython 3.11 (Debian 12)"
        case .cpp: "g++ 12 (Debian 12), -std=c++20 -O2"
        case .c: "gcc 12 (Debian 12), -std=gnu11 -O2, uthash"
        case .go: "Go 1.23 (Debian 12 backports), standard library precompiled"
        case .rust: "Rust 1.96 (rustc-web, Debian 12 security), edition 2021, -C opt-level=2"
        case .ruby: "Ruby 3.1 (Debian 12)"
        case .php: "PHP 8.2 (Debian 12)"
        case .javascript: "Node.js 18 (Debian 12), --stack-size=65500"
        case .typescript: "TypeScript 4.8 (Debian 12), transpiled to ES2022, on Node.js 18"
        case .java: "OpenJDK 17 (Debian 12), javac; java -Xmx512m, 64 MB thread stack"
        case .swift: "Swift 6.3 (the toolchain CloneCode is built with), swiftc -O, Foundation imported"
        case .scala: "Scala 2.11.12 (Debian 12) on OpenJDK 17"
        case .csharp: "C# 7 with Mono 6.8 (Debian 12): mcs -optimize+, mono --debug"
        case .kotlin: "Kotlin 1.3.31 (Debian 12) with later standard-library additions, on OpenJDK 17"
        }
    }
}
