public import Model

// A question on the wire is the bank's question plus what a client is shown with it (offered languages,
// a stub, counters): these convert between the generated message and the domain type.

extension QuestionDetail {
    /// The question with what a client is shown beside it.
    public init(
        question q: Question, languages: [Language] = [], stubLanguage: Language? = nil, stub: String = "",
        accepted: UInt64 = 0, submitted: UInt64 = 0, lastAcceptedRun: String = ""
    ) {
        self.init(
            number: q.number, slug: q.slug, title: q.title, difficulty: q.difficulty, tags: q.tags, statement: q.statement,
            examples: q.examples, constraints: q.constraints, signature: q.signature, compare: q.compare,
            tolerance: q.tolerance, timeLimitMs: q.timeLimitMs, memoryLimitMb: q.memoryLimitMb, languages: languages,
            stubLanguage: stubLanguage, stub: stub, accepted: accepted, submitted: submitted,
            unavailable: q.unavailable, lastAcceptedRun: lastAcceptedRun)
    }

    /// The question itself.
    public var question: Question {
        Question(
            number: number, slug: slug, title: title, difficulty: difficulty, tags: tags, statement: statement,
            examples: examples, constraints: constraints, signature: signature, compare: compare, tolerance: tolerance,
            timeLimitMs: timeLimitMs, memoryLimitMb: memoryLimitMb, unavailable: unavailable)
    }
}

extension PutQuestionRequest {
    /// A question to store, its hidden tests and its reference solution.
    public init(question: Question, tests: [TestCase], reference: ReferenceSolution? = nil, checker: String? = nil) {
        self.init(detail: QuestionDetail(question: question), tests: tests,
                  referenceLanguage: reference?.language.rawValue ?? "", referenceSource: reference?.source ?? "",
                  checkerSource: checker ?? "")
    }

    /// The question to store.
    public var question: Question { detail.question }

    /// The reference solution, for answering custom inputs; nil when there is none.
    public var reference: ReferenceSolution? {
        guard let language = Language(rawValue: referenceLanguage), !referenceSource.isEmpty else { return nil }
        return ReferenceSolution(language: language, source: referenceSource)
    }
}
