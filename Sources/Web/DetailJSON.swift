import Wire

/// A question as the page reads it: `QuestionJSON`, and the visitor's last accepted run of it
/// (`last_accepted_run`, "" when none or not signed in).
struct DetailJSON: Encodable {
    let question: QuestionJSON
    let lastAcceptedRun: String

    init(_ detail: QuestionDetail) {
        question = QuestionJSON(detail)
        lastAcceptedRun = detail.lastAcceptedRun
    }

    func encode(to encoder: any Encoder) throws {
        try question.encode(to: encoder)
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(lastAcceptedRun, forKey: "last_accepted_run")
    }
}
