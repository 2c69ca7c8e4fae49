/// C#'s names in LeetCode's stubs (runtime/csharp/stubs): PascalCase methods, jagged arrays, `IList<T>`.
extension Stub {
    /// LeetCode's C# method names: the function's name with a capital first letter (`TwoSum`).
    public static func csharpMethodName(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }

    /// C# types as LeetCode writes them: jagged arrays, `IList<T>` for lists.
    public static func csharpType(_ type: ValueType) -> String {
        switch type {
        case .integer: "int"
        case .long: "long"
        case .double: "double"
        case .boolean: "bool"
        case .string: "string"
        case .character: "char"
        case .listNode: "ListNode"
        case .treeNode: "TreeNode"
        case .void: "void"
        case .array(let inner): "\(csharpType(inner))[]"
        case .list(let inner): "IList<\(csharpType(inner))>"
        }
    }
}
