/// How a program's answer is compared with the expected one.
public enum CompareMode: String, CaseIterable, Codable, Sendable {
    /// The canonical JSON of both must be equal.
    case exact
    /// A list whose elements may come in any order.
    case anyOrder = "any_order"
    /// A list of lists, where neither the outer nor the inner order matters.
    case sortedNested = "sorted_nested"
    /// Numbers (or lists of numbers) equal within the question's tolerance.
    case float
}
