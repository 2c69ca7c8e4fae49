/// How hard a question is.
public enum Difficulty: String, CaseIterable, Codable, Sendable {
    case easy, medium, hard

    /// "Easy", "Medium", "Hard".
    public var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
