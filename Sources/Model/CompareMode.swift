/// How a program's answer is compared with the expected one.
///
/// A function question's answers are JSON; a program question's are the text it printed, compared
/// with `.exact` (the same lines, a missing last newline aside), `.tokens` (the same
/// whitespace-separated words) or `.float` (the same words, numbers within the tolerance).
public enum CompareMode: String, CaseIterable, Codable, Sendable {
    /// The canonical JSON of both must be equal.
    case exact
    /// Program output: the same whitespace-separated tokens.
    case tokens
    /// A list whose elements may come in any order.
    case anyOrder = "any_order"
    /// A list of lists, where neither the outer nor the inner order matters.
    case sortedNested = "sorted_nested"
    /// Numbers (or lists of numbers, or a program's numeric tokens) equal within the question's tolerance.
    case float
    /// The question's own checker (checker.py) decides, for questions with many right answers.
    case checker
}
