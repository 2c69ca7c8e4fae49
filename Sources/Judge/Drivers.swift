public import Model

/// The parts of a language's generated files that depend on the question's signature (or on the
/// solution), by language: the holes of runtime/LANGUAGE/templates besides `solution`. Languages
/// whose driver reads the signature itself (Python, JavaScript, Kotlin...) have none.
public enum Drivers {
    public static func parts(for declaration: LanguageDeclaration, solution: String, signature: Signature) -> [String: String] {
        switch declaration.language {
        case .cpp: CppDriver.parts(signature)
        case .c: CDriver.parts(signature)
        case .java: JavaDriver.parts(signature)
        case .go: GoDriver.parts(solution: solution, signature: signature, packages: declaration.function.driver?["imports"] ?? [])
        case .rust: RustDriver.parts(signature)
        case .swift: SwiftDriver.parts(signature)
        case .scala: ScalaDriver.parts(signature)
        default: [:]
        }
    }

    /// The signature's parameter types, in order.
    static func types(_ signature: Signature) -> [ValueType] { signature.params.map { ValueType($0.type) ?? .void } }

    /// `name(a0, a1, ...)`: the call of the solution with the decoded arguments.
    static func call(_ name: String, _ signature: Signature) -> String {
        "\(name)(\(signature.params.indices.map { "a\($0)" }.joined(separator: ", ")))"
    }
}
