import Logging
import Model
import RPC
import Store
import Wire

/// The Questions service: browse the bank; admins change it.
struct QuestionService: Sendable {
    let questions: QuestionStore
    let runs: RunStore
    let languages: [Language]
    let auth: Authenticator
    let accounts: AccountStore

    func register(in router: inout RPCRouter) {
        router.unary(Method.Questions.list) { (request: ListQuestionsRequest, context) in
            try await list(request, for: auth.caller(context))
        }
        router.unary(Method.Questions.get) { (request: GetQuestionRequest, context) in
            try await get(request, for: auth.caller(context))
        }
        router.unary(Method.Questions.put) { (request: PutQuestionRequest, context) in
            try await auth.requireAdmin(context)
            return try await put(request, context: context)
        }
        router.unary(Method.Questions.delete) { (request: DeleteQuestionRequest, context) in
            try await auth.requireAdmin(context)
            return try await delete(request, context: context)
        }
    }

    func list(_ request: ListQuestionsRequest, for caller: Caller = .nobody) async throws -> ListQuestionsResponse {
        let all = try await withStore("QuestionsDB") { try await questions.list() }
        let search = request.search.lowercased()
        let chosen = all.filter { q in
            (request.difficulty == nil || q.difficulty == request.difficulty)
                && (request.tag.isEmpty || q.tags.contains(request.tag))
                && (search.isEmpty || q.title.lowercased().contains(search) || q.slug.contains(search) || String(q.number) == search)
        }
        let counters = try await withStore("MetadataDB") { try await runs.counters(chosen.map(\.slug)) }
        var progress: [String: String] = [:]
        if let name = caller.username {
            progress = try await withStore("MetadataDB") { try await accounts.progress(of: name) }
        }
        return ListQuestionsResponse(questions: chosen.map { q in
            QuestionSummary(number: q.number, slug: q.slug, title: q.title, difficulty: q.difficulty, tags: q.tags,
                            accepted: counters[q.slug]?.accepted ?? 0, submitted: counters[q.slug]?.submitted ?? 0,
                            progress: progress[q.slug] ?? "")
        })
    }

    func get(_ request: GetQuestionRequest, for caller: Caller = .nobody) async throws -> QuestionDetail {
        let question = try await existing(request.slug)
        let name = request.language.isEmpty ? (languages.first?.rawValue ?? "python3") : request.language
        // A language LeetCode does not offer for this question has no stub.
        let unavailable = Language(rawValue: name).map { question.unavailable.contains($0) } ?? false
        let language = unavailable ? Language(rawValue: name)! : try offered(name, by: question)
        let stub = unavailable ? "" : Stub.make(question.signature, in: language)
        let counters = try await withStore("MetadataDB") { try await runs.counters(question.slug) }
        var lastAccepted: String?
        if let name = caller.username {
            lastAccepted = try await withStore("MetadataDB") { try await accounts.lastAccepted(by: name, question: question.slug) }
        }
        return QuestionDetail(question: question, languages: languages.filter { !question.unavailable.contains($0) },
                              stubLanguage: language, stub: stub,
                              accepted: counters.accepted, submitted: counters.submitted, lastAcceptedRun: lastAccepted ?? "")
    }

    func put(_ request: PutQuestionRequest, context: CallContext) async throws -> PutQuestionResponse {
        let question = request.question
        var problems = question.problems()
        if request.tests.isEmpty { problems.append("a question needs at least one hidden test") }
        if question.compare == .checker && request.checkerSource.isEmpty { problems.append("compare 'checker' needs the checker's source (checker.py)") }
        if problems.isEmpty {
            for (index, test) in request.tests.enumerated() {
                guard let signature = question.signature else { continue }  // a program's tests are text
                do {
                    _ = try Arguments.validate(test.input, for: signature)
                    _ = try JSONValue(parsing: test.expected)
                } catch {
                    problems.append("test \(index + 1): \(error)")
                    break
                }
            }
        }
        guard problems.isEmpty else {
            throw RPCError.invalidArgument("question '\(question.slug)' is not valid: " + problems.joined(separator: "; "))
        }
        let change = try await withStore("QuestionsDB") { try await questions.put(question, tests: request.tests, reference: request.reference,
                                                                                              checker: question.compare == .checker ? request.checkerSource : "") }
        context.logger.info("question \(change)", metadata: ["question": "\(question.slug)"])
        let wire: PutQuestionResponse.Change = switch change {
        case .created: .created
        case .updated: .updated
        case .unchanged: .unchanged
        }
        return PutQuestionResponse(change: wire)
    }

    func delete(_ request: DeleteQuestionRequest, context: CallContext) async throws -> Empty {
        try Self.checkSlug(request.slug)
        guard try await withStore("QuestionsDB", { try await questions.delete(request.slug) }) else {
            throw RPCError.notFound("no question '\(request.slug)'")
        }
        context.logger.info("question deleted", metadata: ["question": "\(request.slug)"])
        return Empty()
    }

    /// The question with that slug, or NOT_FOUND / INVALID_ARGUMENT.
    func existing(_ slug: String) async throws -> Question {
        try Self.checkSlug(slug)
        guard let question = try await withStore("QuestionsDB", { try await questions.get(slug) }) else {
            throw RPCError.notFound("no question '\(slug)'")
        }
        return question
    }

    /// The language named, if the fleet offers it for this question.
    func offered(_ name: String, by question: Question) throws -> Language {
        guard !name.isEmpty else { throw RPCError.invalidArgument("language is empty") }
        guard let language = Language(rawValue: name) else {
            throw RPCError.invalidArgument(
                "unknown language '\(name.prefix(40))'; languages are named as on LeetCode: "
                    + Language.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if question.unavailable.contains(language) {
            throw RPCError(.failedPrecondition, "question '\(question.slug)' is not offered in \(name), as on LeetCode; it offers: "
                + languages.filter { !question.unavailable.contains($0) }.map(\.rawValue).joined(separator: ", "))
        }
        guard languages.contains(language) else {
            throw RPCError.invalidArgument(
                "question '\(question.slug)' does not offer \(name); it offers: "
                    + languages.map(\.rawValue).joined(separator: ", "))
        }
        return language
    }

    static func checkSlug(_ slug: String) throws {
        guard !slug.isEmpty else { throw RPCError.invalidArgument("slug is empty") }
        guard Slug.isValid(slug) else {
            throw RPCError.invalidArgument("'\(slug.prefix(100))' is not a question slug (lower-case words joined by dashes)")
        }
    }
}
