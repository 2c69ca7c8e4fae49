import Foundation
import Logging
import Metrics
import Model
import RPC
import Store
import Wire

/// The Judge service: takes submissions, queues them, and reports runs as workers judge them.
struct JudgeService: Sendable {
    let questionService: QuestionService
    let runs: RunStore
    let hub: RunWatchHub
    let maxQueueDepth: Int
    /// Refuses runs that would wait too long; nil when `max-queue-wait` is 0.
    let queueWatch: QueueWatch?
    let auth: Authenticator
    let accounts: AccountStore
    /// Whether people who are not signed in may make runs.
    let anonymousSubmit: Bool
    /// What each account may queue.
    let quota: RunStore.Quota

    func register(in router: inout RPCRouter) {
        router.unary(Method.Judge.submit) { (request: SubmitRequest, context) in try await submit(request, context: context) }
        router.unary(Method.Judge.getRun) { (request: GetRunRequest, context) in
            try await snapshot(request.runID, for: auth.caller(context)).run
        }
        router.serverStream(Method.Judge.watchRun) { (request: GetRunRequest, context, stream: ServerStream<Run>) in
            try await watch(request.runID, for: auth.caller(context), stream)
        }
        router.unary(Method.Judge.listRuns) { (request: ListRunsRequest, context) in try await list(request, context: context) }
        router.unary(Method.Judge.getSource) { (request: GetRunRequest, context) in
            let caller = try await auth.caller(context)
            guard RunID.isValid(request.runID) else {
                throw RPCError.invalidArgument("'\(request.runID.prefix(64))' is not a run id (a lower-case UUID)")
            }
            // A run without an author is anyone's to watch by its id, but its code is only its
            // author's and the admins'.
            guard let run = try await withStore("MetadataDB", { try await runs.get(request.runID) }),
                  run.author.isEmpty ? caller.isAdmin : caller.mayRead(runBy: run.author)
            else {
                throw RPCError.notFound("no run '\(request.runID)'")
            }
            return GetSourceResponse(source: run.source, customInput: run.customInput)
        }
    }

    /// The caller's runs (of a question, or of all), or for admins with `everyone` a question's runs.
    func list(_ request: ListRunsRequest, context: CallContext) async throws -> ListRunsResponse {
        guard (0...200).contains(request.limit) else { throw RPCError.invalidArgument("limit must be 0 to 200") }
        guard (0...1_000_000).contains(request.offset) else { throw RPCError.invalidArgument("offset must be 0 to 1000000") }
        let limit = request.limit == 0 ? 20 : request.limit
        if !request.slug.isEmpty { _ = try await questionService.existing(request.slug) }
        let caller = try await auth.caller(context)
        // An operator without an account sees a question's runs, as before accounts.
        if request.everyone || (caller == .operator && !request.slug.isEmpty) {
            guard caller.isAdmin else { throw RPCError(.permissionDenied, "everyone's runs are for admins") }
            guard !request.slug.isEmpty else { throw RPCError.invalidArgument("everyone's runs are listed by question: give slug") }
            let found = try await withStore("MetadataDB") { try await runs.list(question: request.slug, limit: limit + 1, offset: request.offset) }
            return ListRunsResponse(runs: Array(found.prefix(limit)), more: found.count > limit)
        }
        guard let username = caller.username else {
            throw RPCError(.unauthenticated, "sign in to list your runs")
        }
        return try await withStore("MetadataDB") {
            let (ids, more) = try await accounts.runs(of: username, question: request.slug.isEmpty ? nil : request.slug,
                                                      offset: request.offset, limit: limit)
            return ListRunsResponse(runs: try await runs.runs(ids), more: more)
        }
    }

    func submit(_ request: SubmitRequest, context: CallContext) async throws -> SubmitResponse {
        // Cheap checks first, then the ones that need the question.
        let bytes = request.source.utf8.count
        guard !request.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RPCError.invalidArgument("source is empty")
        }
        guard bytes <= APIConfig.maxSourceBytes else {
            throw RPCError.invalidArgument("source is \(bytes) bytes; the limit is \(APIConfig.maxSourceBytes) bytes (64 KiB)")
        }
        guard request.mode == .try || request.customInput.isEmpty else {
            throw RPCError.invalidArgument("custom_input is only for TRY runs")
        }
        guard request.requestID.isEmpty || Self.isRequestID(request.requestID) else {
            throw RPCError.invalidArgument("request_id must be 1 to 64 of A-Z a-z 0-9 - _ . (a UUID is usual)")
        }
        let caller = try await auth.caller(context)
        if caller == .nobody && !anonymousSubmit {
            throw RPCError(.unauthenticated, "sign in to run or submit code")
        }
        let author = caller.username ?? ""
        let question = try await questionService.existing(request.slug)
        let language = try questionService.offered(request.language, by: question)
        if !request.customInput.isEmpty {
            try validateCustomInput(request.customInput, for: question)
        }
        let run = Run(runID: RunID.make(), question: question.slug, language: language, mode: request.mode,
                      source: request.source, customInput: request.customInput,
                      createdAtMs: Int64(Date().timeIntervalSince1970 * 1000), author: author)
        // What the submission is, to tell a retry (the same) from a request id used twice.
        let fingerprint = FNV1a.digest([request.slug, language.rawValue, request.mode.rawValue, request.source, request.customInput]
            .joined(separator: "\u{0}"))
        let requestKey = request.requestID.isEmpty ? nil : (id: request.requestID, fingerprint: fingerprint)
        if let queueWatch, let retry = await queueWatch.admit() {
            // A retry of a request already accepted gets its run, however long the queue is now.
            if let requestKey, let earlier = try await withStore("MetadataDB", { try await runs.request(requestKey.id, author: author) }) {
                return try repeated(request, earlier: earlier, fingerprint: fingerprint, context: context)
            }
            let wait = await queueWatch.expectedWait ?? .zero
            context.logger.warning("queue too long", metadata: ["expected_wait_s": "\(Self.seconds(wait))"])
            throw RPCError(.resourceExhausted, "the judge queue is about \(Self.seconds(wait)) s long, over the \(Self.seconds(queueWatch.maxWait)) s "
                           + "a run may wait; try again in \(Self.seconds(retry)) s", retryAfter: retry)
        }
        do {
            let earlier = try await withStore("MetadataDB") {
                // Admins (a benchmark, a bank check) are not held to the per-account quotas.
                try await runs.create(run, maxDepth: maxQueueDepth, request: requestKey, quota: author.isEmpty || caller.isAdmin ? .none : quota)
            }
            if let earlier { return try repeated(request, earlier: earlier, fingerprint: fingerprint, context: context) }
        } catch RunStore.CreateError.tooManyWaiting(let waiting) {
            throw RPCError(.resourceExhausted, "you have \(waiting) runs waiting to be judged, the most an account may have; "
                           + "try again when one is done", retryAfter: .seconds(2))
        } catch RunStore.CreateError.tooManyPerMinute(let retry) {
            throw RPCError(.resourceExhausted, "you made \(quota.perMinute) runs in the last minute, the most an account may; "
                           + "try again in \(Self.seconds(retry)) s", retryAfter: retry)
        } catch RunStore.CreateError.queueFull(let depth) {
            context.logger.warning("queue full", metadata: ["depth": "\(depth)"])
            let retry = await queueWatch?.retryAfterFull(excess: depth - maxQueueDepth + 1) ?? .seconds(5)
            throw RPCError(.resourceExhausted, "the judge queue is full (\(depth) jobs waiting); try again in \(Self.seconds(retry)) s",
                           retryAfter: retry)
        }
        context.logger.info("run queued", metadata: [
            "run_id": "\(run.runID)", "author": "\(author)", "question": "\(run.question)", "language": "\(language.rawValue)",
            "mode": "\(run.mode.rawValue)",
        ])
        Counter(label: "clonecode_runs_queued_total", dimensions: [("language", language.rawValue), ("mode", run.mode.rawValue)]).increment()
        return SubmitResponse(runID: run.runID)
    }

    /// The answer to a request id used before: its run, if the submission is the same one.
    private func repeated(_ request: SubmitRequest, earlier: (runID: String, fingerprint: String), fingerprint: String,
                          context: CallContext) throws -> SubmitResponse {
        guard earlier.fingerprint == fingerprint else {
            throw RPCError(.alreadyExists, "request_id '\(request.requestID)' was used for another submission (run \(earlier.runID))")
        }
        context.logger.info("repeated request", metadata: ["run_id": "\(earlier.runID)", "request_id": "\(request.requestID)"])
        return SubmitResponse(runID: earlier.runID)
    }

    /// Whole seconds, rounded up, for messages.
    static func seconds(_ duration: Duration) -> Int {
        Int((duration / .seconds(1)).rounded(.up))
    }

    /// A client's request id: 1 to 64 letters, digits, '-', '_' or '.'.
    static func isRequestID(_ id: String) -> Bool {
        (1...64).contains(id.utf8.count) && id.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F || c == 0x2E
        }
    }

    /// A custom input is a JSON array of argument lists, each fitting the signature; for a program
    /// question, a JSON array of strings, each given to the program as its standard input.
    func validateCustomInput(_ text: String, for question: Question) throws {
        guard text.utf8.count <= APIConfig.maxCustomInputBytes else {
            throw RPCError.invalidArgument("custom_input is over \(APIConfig.maxCustomInputBytes) bytes")
        }
        let each = question.isProgram ? "a JSON string (the program's standard input)" : "a JSON array of arguments"
        guard case .array(let cases)? = try? JSONValue(parsing: text), !cases.isEmpty, cases.count <= 20 else {
            throw RPCError.invalidArgument("custom_input must be a JSON array of 1 to 20 inputs, each \(each)")
        }
        guard let signature = question.signature else {
            for (index, input) in cases.enumerated() {
                guard case .string = input else { throw RPCError.invalidArgument("custom input \(index + 1) must be \(each)") }
            }
            return
        }
        for (index, input) in cases.enumerated() {
            do {
                _ = try Arguments.validate(input.text, for: signature)
            } catch {
                throw RPCError.invalidArgument("custom input \(index + 1): \(error)")
            }
        }
    }

    /// The run as clients see it, and its version. A run of another account does not exist for
    /// the caller (NOT_FOUND, as for an unknown id, so that ids cannot be probed).
    func snapshot(_ runID: String, for caller: Caller) async throws -> (run: Run, version: Int) {
        guard RunID.isValid(runID) else {
            throw RPCError.invalidArgument("'\(runID.prefix(64))' is not a run id (a lower-case UUID)")
        }
        guard let found = try await withStore("MetadataDB", { try await runs.snapshot(runID) }), caller.mayRead(runBy: found.run.author) else {
            throw RPCError.notFound("no run '\(runID)'")
        }
        return found
    }

    /// Sends the run now and after every change, until it is finished. The run is read once; each
    /// change notice then carries the fields that changed.
    func watch(_ runID: String, for caller: Caller, _ stream: ServerStream<Run>) async throws {
        // Listen before the first read, so that no change between the two is missed; the version
        // tells the changes the read already holds from the later ones.
        let (token, changes) = await hub.watch(runID)
        defer { Task { await hub.stop(runID, token) } }
        var (current, version) = try await snapshot(runID, for: caller)
        try await stream.send(current)
        var sent = current
        var iterator = changes.makeAsyncIterator()
        while current.status != .finished, let change = await iterator.next() {
            if let change {
                guard change.version > version else { continue }
                change.apply(to: &current)
                version = change.version
            } else {
                let fresh = try await snapshot(runID, for: caller)
                current = fresh.run
                version = fresh.version
            }
            if current != sent {
                try await stream.send(current)
                sent = current
            }
        }
        try Task.checkCancellation()
    }
}
