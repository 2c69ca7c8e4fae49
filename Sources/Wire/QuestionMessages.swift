public import Model
internal import CCloneCodeProto

extension Difficulty {
    init(wire value: Int) throws {
        switch value {
        case 1: self = .easy
        case 2: self = .medium
        case 3: self = .hard
        default: throw WireError.malformed("difficulty \(value) is not one of EASY, MEDIUM, HARD")
        }
    }

    var wireValue: Int { [.easy: 1, .medium: 2, .hard: 3][self]! }
}

extension Param: WireMessage {
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__Param.self, clonecode__v1__param__init)
    public init(reader r: ProtoReader) throws { self.init(name: r.string(1), type: r.string(2)) }
    public func write(to w: ProtoWriter) {
        w.set(1, name)
        w.set(2, type)
    }
}

extension Signature: WireMessage {
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__Signature.self, clonecode__v1__signature__init)
    public init(reader r: ProtoReader) throws {
        self.init(functionName: r.string(1), params: try r.messages(2), returnType: r.string(3))
    }
    public func write(to w: ProtoWriter) {
        w.set(1, functionName)
        w.set(2, params)
        w.set(3, returnType)
    }
}

extension Example: WireMessage {
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__Example.self, clonecode__v1__example__init)
    public init(reader r: ProtoReader) throws {
        self.init(input: r.string(1), output: r.string(2), explanation: r.string(3))
    }
    public func write(to w: ProtoWriter) {
        w.set(1, input)
        w.set(2, output)
        w.set(3, explanation)
    }
}

extension TestCase: WireMessage {
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__TestCase.self, clonecode__v1__test_case__init)
    public init(reader r: ProtoReader) throws { self.init(input: r.string(1), expected: r.string(2)) }
    public func write(to w: ProtoWriter) {
        w.set(1, input)
        w.set(2, expected)
    }
}

/// A question as sent to clients: the question itself, the offered languages, a stub, and its counters.
public struct QuestionDetail: WireMessage, Equatable {
    public var question: Question
    public var languages: [Language]
    public var stubLanguage: Language?
    public var stub: String
    public var accepted: UInt64
    public var submitted: UInt64

    public init(
        question: Question, languages: [Language] = [], stubLanguage: Language? = nil, stub: String = "",
        accepted: UInt64 = 0, submitted: UInt64 = 0
    ) {
        self.question = question
        self.languages = languages
        self.stubLanguage = stubLanguage
        self.stub = stub
        self.accepted = accepted
        self.submitted = submitted
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__Question.self, clonecode__v1__question__init)

    public init(reader r: ProtoReader) throws {
        guard let compare = CompareMode(rawValue: r.string(10)) else {
            throw WireError.malformed("compare '\(r.string(10))' is not one of \(CompareMode.allCases.map(\.rawValue))")
        }
        let signature = try r.message(9, as: Signature.self)
        question = Question(
            number: r.integer(1), slug: r.string(2), title: r.string(3), difficulty: try Difficulty(wire: r.integer(4)),
            tags: r.strings(5), statement: r.string(6), examples: try r.messages(7), constraints: r.strings(8),
            signature: signature, compare: compare, tolerance: r.double(11), timeLimitMs: r.integer(12),
            memoryLimitMb: r.integer(13))
        languages = r.strings(14).compactMap(Language.init(rawValue:))
        stubLanguage = Language(rawValue: r.string(15))
        stub = r.string(16)
        accepted = r.uint64(17)
        submitted = r.uint64(18)
    }

    public func write(to w: ProtoWriter) {
        w.set(1, question.number)
        w.set(2, question.slug)
        w.set(3, question.title)
        w.set(4, question.difficulty.wireValue)
        w.set(5, question.tags)
        w.set(6, question.statement)
        w.set(7, question.examples)
        w.set(8, question.constraints)
        w.set(9, question.signature)
        w.set(10, question.compare.rawValue)
        w.set(11, question.tolerance)
        w.set(12, question.timeLimitMs)
        w.set(13, question.memoryLimitMb)
        w.set(14, languages.map(\.rawValue))
        w.set(15, stubLanguage?.rawValue ?? "")
        w.set(16, stub)
        w.set(17, accepted)
        w.set(18, submitted)
    }
}

/// A line of the question list.
public struct QuestionSummary: WireMessage, Equatable, Codable {
    public var number: Int
    public var slug: String
    public var title: String
    public var difficulty: Difficulty
    public var tags: [String]
    public var accepted: UInt64
    public var submitted: UInt64

    public init(number: Int, slug: String, title: String, difficulty: Difficulty, tags: [String],
                accepted: UInt64 = 0, submitted: UInt64 = 0) {
        self.number = number
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.tags = tags
        self.accepted = accepted
        self.submitted = submitted
    }

    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__QuestionSummary.self, clonecode__v1__question_summary__init)

    public init(reader r: ProtoReader) throws {
        self.init(number: r.integer(1), slug: r.string(2), title: r.string(3), difficulty: try Difficulty(wire: r.integer(4)),
                  tags: r.strings(5), accepted: r.uint64(6), submitted: r.uint64(7))
    }

    public func write(to w: ProtoWriter) {
        w.set(1, number)
        w.set(2, slug)
        w.set(3, title)
        w.set(4, difficulty.wireValue)
        w.set(5, tags)
        w.set(6, accepted)
        w.set(7, submitted)
    }
}

public struct ListQuestionsRequest: WireMessage, Equatable {
    public var difficulty: Difficulty?
    public var tag: String
    public var search: String

    public init(difficulty: Difficulty? = nil, tag: String = "", search: String = "") {
        self.difficulty = difficulty
        self.tag = tag
        self.search = search
    }

    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__ListQuestionsRequest.self, clonecode__v1__list_questions_request__init)

    public init(reader r: ProtoReader) throws {
        difficulty = r.integer(1) == 0 ? nil : try Difficulty(wire: r.integer(1))
        tag = r.string(2)
        search = r.string(3)
    }

    public func write(to w: ProtoWriter) {
        w.set(1, difficulty?.wireValue ?? 0)
        w.set(2, tag)
        w.set(3, search)
    }
}

public struct ListQuestionsResponse: WireMessage, Equatable {
    public var questions: [QuestionSummary]
    public init(questions: [QuestionSummary]) { self.questions = questions }
    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__ListQuestionsResponse.self, clonecode__v1__list_questions_response__init)
    public init(reader r: ProtoReader) throws { questions = try r.messages(1) }
    public func write(to w: ProtoWriter) { w.set(1, questions) }
}

public struct GetQuestionRequest: WireMessage, Equatable {
    public var slug: String
    /// The language of the stub to include; "" means python3.
    public var language: String
    public init(slug: String, language: String = "") {
        self.slug = slug
        self.language = language
    }
    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__GetQuestionRequest.self, clonecode__v1__get_question_request__init)
    public init(reader r: ProtoReader) throws { self.init(slug: r.string(1), language: r.string(2)) }
    public func write(to w: ProtoWriter) {
        w.set(1, slug)
        w.set(2, language)
    }
}

public struct PutQuestionRequest: WireMessage, Equatable {
    public var question: Question
    public var tests: [TestCase]
    /// The reference solution, for answering custom inputs; nil when there is none.
    public var reference: ReferenceSolution?
    public init(question: Question, tests: [TestCase], reference: ReferenceSolution? = nil) {
        self.question = question
        self.tests = tests
        self.reference = reference
    }
    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__PutQuestionRequest.self, clonecode__v1__put_question_request__init)
    public init(reader r: ProtoReader) throws {
        guard let detail = try r.message(1, as: QuestionDetail.self) else { throw WireError.malformed("question is missing") }
        question = detail.question
        tests = try r.messages(2)
        if let language = Language(rawValue: r.string(3)), !r.string(4).isEmpty {
            reference = ReferenceSolution(language: language, source: r.string(4))
        }
    }
    public func write(to w: ProtoWriter) {
        w.set(1, QuestionDetail(question: question))
        w.set(2, tests)
        w.set(3, reference?.language.rawValue ?? "")
        w.set(4, reference?.source ?? "")
    }
}

public struct PutQuestionResponse: WireMessage, Equatable {
    /// What a put did to the bank.
    public enum Change: Int, Sendable { case unspecified = 0, created, updated, unchanged }
    public var change: Change
    public init(change: Change) { self.change = change }
    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__PutQuestionResponse.self, clonecode__v1__put_question_response__init)
    public init(reader r: ProtoReader) throws { change = Change(rawValue: r.integer(1)) ?? .unspecified }
    public func write(to w: ProtoWriter) { w.set(1, change.rawValue) }
}

public struct DeleteQuestionRequest: WireMessage, Equatable {
    public var slug: String
    public init(slug: String) { self.slug = slug }
    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__DeleteQuestionRequest.self, clonecode__v1__delete_question_request__init)
    public init(reader r: ProtoReader) throws { slug = r.string(1) }
    public func write(to w: ProtoWriter) { w.set(1, slug) }
}

public struct Empty: WireMessage, Equatable {
    public init() {}
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__Empty.self, clonecode__v1__empty__init)
    public init(reader r: ProtoReader) throws {}
    public func write(to w: ProtoWriter) {}
}
