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

    func register(in router: inout RPCRouter) {
        router.unary(Method.Judge.submit) { (request: SubmitRequest, context) in try await submit(request, context: context) }
        router.unary(Method.Judge.getRun) { (request: GetRunRequest, _) in try await run(request.runID) }
        router.serverStream(Method.Judge.watchRun) { (request: GetRunRequest, _, stream: ServerStream<Run>) in
            try await watch(request.runID, stream)
        }
        router.unary(Method.Judge.listRuns) { (request: ListRunsRequest, _) in
            _ = try await questionService.existing(request.slug)
            guard (0...200).contains(request.limit) else { throw RPCError.invalidArgument("limit must be 0 to 200") }
            let found = try await withStore("MetadataDB") {
                try await runs.list(question: request.slug, limit: request.limit == 0 ? 20 : request.limit)
            }
            return ListRunsResponse(runs: found)
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
        let question = try await questionService.existing(request.slug)
        let language = try questionService.offered(request.language, by: question)
        if !request.customInput.isEmpty {
            try validateCustomInput(request.customInput, for: question)
        }
        let run = Run(runID: RunID.make(), question: question.slug, language: language, mode: request.mode,
                      source: request.source, customInput: request.customInput,
                      createdAtMs: Int64(Date().timeIntervalSince1970 * 1000))
        // What the submission is, to tell a retry (the same) from a request id used twice.
        let fingerprint = FNV1a.digest([request.slug, language.rawValue, request.mode.rawValue, request.source, request.customInput]
            .joined(separator: "\u{0}"))
        let requestKey = request.requestID.isEmpty ? nil : (id: request.requestID, fingerprint: fingerprint)
        if let queueWatch, let retry = await queueWatch.admit() {
            // A retry of a request already accepted gets its run, however long the queue is now.
            if let requestKey, let earlier = try await withStore("MetadataDB", { try await runs.request(requestKey.id) }) {
                return try repeated(request, earlier: earlier, fingerprint: fingerprint, context: context)
            }
            let wait = await queueWatch.expectedWait ?? .zero
            context.logger.warning("queue too long", metadata: ["expected_wait_s": "\(Self.seconds(wait))"])
            throw RPCError(.resourceExhausted, "the judge queue is about \(Self.seconds(wait)) s long, over the \(Self.seconds(queueWatch.maxWait)) s "
                           + "a run may wait; try again in \(Self.seconds(retry)) s", retryAfter: retry)
        }
        do {
            let earlier = try await withStore("MetadataDB") { try await runs.create(run, maxDepth: maxQueueDepth, request: requestKey) }
            if let earlier { return try repeated(request, earlier: earlier, fingerprint: fingerprint, context: context) }
        } catch RunStore.CreateError.queueFull(let depth) {
            context.logger.warning("queue full", metadata: ["depth": "\(depth)"])
            let retry = await queueWatch?.retryAfterFull(excess: depth - maxQueueDepth + 1) ?? .seconds(5)
            throw RPCError(.resourceExhausted, "the judge queue is full (\(depth) jobs waiting); try again in \(Self.seconds(retry)) s",
                           retryAfter: retry)
        }
        context.logger.info("run queued", metadata: [
            "run_id": "\(run.runID)", "question": "\(run.question)", "language": "\(language.rawValue)",
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

    func run(_ runID: String) async throws -> Run {
        try await snapshot(runID).run
    }

    /// The run as clients see it, and its version.
    func snapshot(_ runID: String) async throws -> (run: Run, version: Int) {
        guard RunID.isValid(runID) else {
            throw RPCError.invalidArgument("'\(runID.prefix(64))' is not a run id (a lower-case UUID)")
        }
        guard let found = try await withStore("MetadataDB", { try await runs.snapshot(runID) }) else {
            throw RPCError.notFound("no run '\(runID)'")
        }
        return found
    }

    /// Sends the run now and after every change, until it is finished. The run is read once; each
    /// change notice then carries the fields that changed.
    func watch(_ runID: String, _ stream: ServerStream<Run>) async throws {
        // Listen before the first read, so that no change between the two is missed; the version
        // tells the changes the read already holds from the later ones.
        let (token, changes) = await hub.watch(runID)
        defer { Task { await hub.stop(runID, token) } }
        var (current, version) = try await snapshot(runID)
        try await stream.send(current)
        var sent = current
        var iterator = changes.makeAsyncIterator()
        while current.status != .finished, let change = await iterator.next() {
            if let change {
                guard change.version > version else { continue }
                change.apply(to: &current)
                version = change.version
            } else {
                let fresh = try await snapshot(runID)
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
