/// Code stubs: what a person starts from. The text is the language's (runtime/LANGUAGE/stubs:
/// function.txt, or design.txt with design-method.txt and design-usage.txt for each method of a
/// design question, with the definitions of the types the signature mentions above it (ListNode.txt,
/// TreeNode.txt, NextNode.txt...), program.txt for program questions); the signature's names and
/// types fill in its holes as language.json's "stub" parts spell them (with its "types" and "names").
public enum Stub {
    /// The stub for `language` of a question with this signature (nil: a program question); empty
    /// when this program's runtime folder cannot be read.
    public static func make(_ signature: Signature?, in language: Language) -> String {
        guard let declaration = language.declaration else { return "" }
        return make(signature, declaration)
    }

    /// The stub of `declaration`'s language for a question with this signature.
    public static func make(_ signature: Signature?, _ declaration: LanguageDeclaration) -> String {
        let stubs = declaration.stubs
        guard let signature else { return stubs["program"]?.fill([:]) ?? "" }
        // The definitions of the named types the signature mentions (stubs/ListNode.txt...), by name.
        let named = Set(signature.types.compactMap { ValueType($0)?.innermost.description })
        let text = named.sorted().compactMap { stubs[$0]?.fill([:]) }.joined()
        if signature.isDesign {
            let perMethod = ["methods": stubs["design-method"], "usage": stubs["design-usage"]].compactMapValues { $0 }
            let values = declaration.stub.designValues(signature, types: declaration.types, names: declaration.names, perMethod: perMethod)
            return text + (stubs["design"]?.fill(values) ?? "")
        }
        return text + (stubs["function"]?.fill(declaration.stub.values(signature, types: declaration.types, names: declaration.names)) ?? "")
    }
}

extension ValueType {
    /// The type of the innermost elements of arrays and lists; the type itself for the others.
    var innermost: ValueType {
        switch self {
        case .array(let inner), .list(let inner): inner.innermost
        default: self
        }
    }
}
