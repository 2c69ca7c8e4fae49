/// Code stubs: what a person starts from. The text is the language's (runtime/LANGUAGE/stubs:
/// function.txt with the node definitions ListNode.txt and TreeNode.txt above it when the signature
/// mentions them, program.txt for program questions); the signature's names and types are filled
/// in by the language's type names (Stub+LANGUAGE.swift) and its stubs' param.txt (one parameter),
/// paramDoc.txt (one parameter's doc comment line) and returns.txt (the return type, left out for void).
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
        let syntax = Syntax(declaration.language)
        let returns = ValueType(signature.returnType) ?? .void
        var text = ""
        if signature.mentions(.listNode) { text += stubs["ListNode"]?.fill([:]) ?? "" }
        if signature.mentions(.treeNode) { text += stubs["TreeNode"]?.fill([:]) ?? "" }
        let params = signature.params.map { param in
            let type = ValueType(param.type) ?? .void
            return ["name": syntax.name(param.name), "type": syntax.paramType(type), "docType": syntax.type(type)]
        }
        var values = [
            "function": syntax.function(signature.functionName),
            "returns": stubs["returns"].map { returns == .void ? "" : $0.fill(["type": syntax.type(returns)]) } ?? syntax.type(returns),
            "params": (syntax.leading + params.map { stubs["param"]?.fill($0) ?? "" }).joined(separator: ", "),
            "paramDocs": params.map { stubs["paramDoc"]?.fill(["name": $0["name"] ?? "", "type": $0["docType"] ?? ""]) ?? "" }.joined(),
        ]
        values.merge(syntax.more(signature, stubs)) { _, more in more }
        return text + (stubs["function"]?.fill(values) ?? "")
    }

    /// How a language spells the signature's names and types in its stubs.
    struct Syntax {
        var type: (ValueType) -> String
        var paramType: (ValueType) -> String
        var name: (String) -> String = { $0 }
        var function: (String) -> String = { $0 }
        /// Parameters before the signature's (Python's `self`).
        var leading: [String] = []
        /// Holes of its own, or other values for the common ones.
        var more: (Signature, [String: Template]) -> [String: String] = { _, _ in [:] }

        init(type: @escaping (ValueType) -> String, paramType: ((ValueType) -> String)? = nil) {
            self.type = type
            self.paramType = paramType ?? type
        }

        init(_ language: Language) {
            switch language {
            case .python3: self.init(type: Stub.pythonType); leading = ["self"]
            case .cpp: self.init(type: Stub.cppType, paramType: Stub.cppParameter)
            case .c:
                // Arrays with their sizes, array answers through returnSize; a note above those.
                self.init(type: Stub.cType)
                more = { signature, stubs in
                    ["params": Stub.cParameters(signature).map { "\($0.type) \($0.name)" }.joined(separator: ", "),
                     "note": (ValueType(signature.returnType)?.cRows ?? 0) > 0 ? stubs["note"]?.fill([:]) ?? "" : ""]
                }
            case .java: self.init(type: { Stub.javaType($0) })
            case .javascript: self.init(type: Stub.javascriptType)
            case .typescript: self.init(type: Stub.typescriptType)
            case .go: self.init(type: Stub.goType)
            case .rust: self.init(type: Stub.rustType); name = Stub.snakeCase; function = Stub.snakeCase
            case .ruby: self.init(type: Stub.docType); name = Stub.snakeCase; function = Stub.snakeCase
            case .php: self.init(type: Stub.docType)
            case .kotlin: self.init(type: Stub.kotlinType)
            case .csharp: self.init(type: Stub.csharpType); function = Stub.csharpMethodName
            case .swift: self.init(type: Stub.swiftType)
            case .scala: self.init(type: Stub.scalaType)
            }
        }
    }

    /// C++ types as LeetCode writes them.
    public static func cppType(_ type: ValueType) -> String {
        switch type {
        case .integer: "int"
        case .long: "long long"
        case .double: "double"
        case .boolean: "bool"
        case .string: "string"
        case .character: "char"
        case .listNode: "ListNode*"
        case .treeNode: "TreeNode*"
        case .void: "void"
        case .array(let inner), .list(let inner): "vector<\(cppType(inner))>"
        }
    }

    /// Containers are passed by reference in LeetCode's C++ stubs.
    public static func cppParameter(_ type: ValueType) -> String {
        switch type {
        case .array, .list: "\(cppType(type))&"
        default: cppType(type)
        }
    }

    static func pythonType(_ type: ValueType) -> String {
        switch type {
        case .integer, .long: "int"
        case .double: "float"
        case .boolean: "bool"
        case .string, .character: "str"
        case .listNode: "Optional[ListNode]"
        case .treeNode: "Optional[TreeNode]"
        case .void: "None"
        case .array(let inner), .list(let inner): "List[\(pythonType(inner))]"
        }
    }
}
