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
        /// Compiled together with a generated C++ main (CppDriver), as main.cpp.
        case cppMain
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

    /// The languages the worker knows how to judge.
    public static let all: [Language: LanguageRuntime] = [
        .python3: LanguageRuntime(
            language: .python3, image: "clonecode-runner:r1", layout: .file("solution.py"), compile: nil,
            run: ["/usr/bin/python3", "-I", "-S", "/opt/clonecode/python3/driver.py", "solution.py", "tests.json"],
            timeFactor: 1, startupMs: 2000),
        .cpp: LanguageRuntime(
            language: .cpp, image: "clonecode-runner:r1", layout: .cppMain,
            compile: ["/usr/bin/g++", "-std=c++20", "-O2", "-pipe", "-o", "main", "main.cpp"],
            run: ["./main", "tests.json"], timeFactor: 1, startupMs: 1000),
        .javascript: LanguageRuntime(
            language: .javascript, image: "clonecode-runner:r1", layout: .file("solution.js"), compile: nil,
            run: ["/usr/bin/node", "--stack-size=65500", "/opt/clonecode/javascript/driver.js", "solution.js", "tests.json"],
            timeFactor: 1, startupMs: 2000),
        // Transpiled by the driver with Debian's TypeScript compiler (types are not checked), then run as JavaScript.
        .typescript: LanguageRuntime(
            language: .typescript, image: "clonecode-runner:r1", layout: .file("solution.ts"), compile: nil,
            run: ["/usr/bin/node", "--stack-size=65500", "/opt/clonecode/javascript/driver.js", "solution.ts", "tests.json"],
            timeFactor: 1, startupMs: 3000),
    ]

    /// The compiler and flags, for people (`clonecode languages` and the docs).
    public var toolchain: String {
        switch language {
        case .python3: "CPython 3.11 (Debian 12)"
        case .cpp: "g++ 12 (Debian 12), -std=c++20 -O2"
        case .javascript: "Node.js 18 (Debian 12), --stack-size=65500"
        case .typescript: "TypeScript 4.8 (Debian 12), transpiled to ES2022, on Node.js 18"
        default: language.displayName
        }
    }
}
