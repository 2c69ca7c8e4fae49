public import Model
import SandboxProtocol

/// What judging a language needs, as data: its image, where the source goes, how to run the
/// driver, and how its limits scale. Adding a language adds one of these and a driver in runtime/.
public struct LanguageRuntime: Sendable {
    public var language: Language
    /// The runner image (scripts/build-images makes it).
    public var image: String
    /// The file name the submission is saved as.
    public var sourceFile: String
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
            language: .python3, image: "clonecode-python3:r1", sourceFile: "solution.py", compile: nil,
            run: ["/usr/bin/python3", "-I", "-S", "/opt/clonecode/python3/driver.py", "solution.py", "tests.json"],
            timeFactor: 1, startupMs: 2000),
    ]
}
