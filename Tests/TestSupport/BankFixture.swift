public import Bank

/// The repository's question bank (questions/), as tests load it.
public enum BankFixture {
    /// Every question of the bank, with its tests and reference solution.
    public static func load() throws -> [QuestionBank.Entry] { try QuestionBank.load(directory: "\(Paths.root)/questions") }

    /// One question of the bank.
    public static func entry(_ slug: String) throws -> QuestionBank.Entry {
        guard let entry = try load().first(where: { $0.question.slug == slug }) else {
            throw TestFailure("the bank has no question '\(slug)'")
        }
        return entry
    }
}
