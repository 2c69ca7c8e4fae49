import Model

// The JSON shape of a question that scripts (`clonecode --json`) and the web page read: the bank's
// question (its Codable, as in questions/*/question.yaml) beside what a client is shown with it. Runs,
// workers and the other messages are JSON through their generated `JSONMessage` conformance.

/// A question as JSON: the question, the offered languages (with their names and the toolchains
/// that judge them, as this release's runtime folder declares them) and a stub.
public struct QuestionJSON: Encodable, Sendable {
    var question: Question
    var languages: [Language]
    var language_names: [String: String]
    var toolchains: [String: String]
    var stub_language: String
    var stub: String
    var accepted, submitted: UInt64
    public init(_ d: QuestionDetail) {
        question = d.question
        languages = d.languages
        let catalog = try? LanguageCatalog.installed.get()
        let declarations = d.languages.compactMap { catalog?[$0] }
        language_names = Dictionary(declarations.map { ($0.language.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
        toolchains = Dictionary(declarations.map { ($0.language.rawValue, $0.toolchain) }, uniquingKeysWith: { first, _ in first })
        stub_language = d.stubLanguage?.rawValue ?? ""
        stub = d.stub
        accepted = d.accepted
        submitted = d.submitted
    }
}
