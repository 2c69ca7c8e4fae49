import Foundation
public import HTTP
public import Logging
import Model
import NIOHTTP1
public import RPC
public import TLS
import Wire

/// clonecode-web's routes: the page and its assets, and a small JSON API over the RPC API.
///
/// Every answer carries a Content-Security-Policy that allows scripts, styles and connections only
/// from this origin, and no inline script; the page builds every user-supplied text with
/// `textContent`, never as HTML. Every call is made for the visitor (a `Relay` with the session
/// cookie's token and the visitor's address), never with the gateway's own credentials; a POST
/// from another site is refused.
public struct Gateway: Sendable {
    let api: APIConnection
    let assets: String
    let codemirror: String
    let limiter: RateLimiter
    let origins: SameOriginCheck
    let logger: Logger

    /// - Parameters:
    ///   - token: the client token sent to a TCP API, or "".
    ///   - tls: the fleet's CA (and a certificate) for a `tls://` API.
    ///   - cookieSecure: the page is served over TLS (by a proxy in front): the session cookie is
    ///     `Secure` and the page's origin https, whether or not the proxy sends `X-Forwarded-Proto`.
    public init(api endpoint: Endpoint, token: String = "", tls: TLSFiles? = nil, assets: String, codemirror: String,
                submitBurst: Int = 10, submitsPerSecond: Double = 1, cookieSecure: Bool = false, logger: Logger) {
        self.api = APIConnection(endpoint: endpoint, token: token, tls: tls)
        self.origins = SameOriginCheck(tls: cookieSecure)
        self.assets = assets
        self.codemirror = codemirror
        self.limiter = RateLimiter(burst: submitBurst, perSecond: submitsPerSecond)
        self.logger = logger
    }

    static let securityHeaders = [
        ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
    ]

    public func handle(_ request: HTTPRequest) async -> HTTPAnswer {
        var answer = await route(request)
        answer.headers += Self.securityHeaders
        return answer
    }

    func route(_ r: HTTPRequest) async -> HTTPAnswer {
        let parts = r.path.split(separator: "/").map(String.init)
        let get = r.method == .GET, post = r.method == .POST
        let visitor = Visitor(r, origins: origins)
        if post, let reason = origins.refusal(r.headers) {
            logger.notice("cross-site request refused", metadata: ["path": "\(r.path)", "reason": "\(reason)", "client": "\(r.client)"])
            return failure(.forbidden, "cross-site request refused", code: "PERMISSION_DENIED")
        }
        do {
            if get && Self.isPage(parts) {
                return file("\(assets)/index.html", type: "text/html; charset=utf-8")
            }
            if get && parts.count == 2 && parts[0] == "assets" && ["app.js", "app.css"].contains(parts[1]) {
                return file("\(assets)/\(parts[1])", type: parts[1].hasSuffix(".js") ? "text/javascript" : "text/css")
            }
            if get && parts.count == 3 && parts[0] == "vendor" && parts[1] == "codemirror" {
                guard let path = Self.codemirrorFiles[parts[2]] else { return notFound() }
                return file("\(codemirror)/\(path)", type: parts[2].hasSuffix(".js") ? "text/javascript" : "text/css")
            }
            if get && parts == ["healthz"] { return json(["serving": true]) }
            guard parts.first == "api" else { return notFound() }
            if let answer = try await accountRoute(r, parts, visitor) { return answer }
            if get && parts == ["api", "questions"] { return try await questions(r, visitor) }
            if get && parts.count == 3 && parts[0] == "api" && parts[1] == "questions" {
                let detail = try await api.call(Method.Questions.get, GetQuestionRequest(slug: parts[2], language: r.query["language"] ?? ""),
                                                for: visitor.relay)
                return json(DetailJSON(detail))
            }
            if post && (parts == ["api", "submit"] || parts == ["api", "run"]) {
                return try await submit(r, visitor, mode: parts[1] == "run" ? .try : .submit)
            }
            if get && parts.count == 3 && parts[0] == "api" && parts[1] == "runs" {
                return json(try await api.call(Method.Judge.getRun, GetRunRequest(runID: parts[2]), for: visitor.relay))
            }
            if get && parts.count == 4 && parts[0] == "api" && parts[1] == "runs" && parts[3] == "source" {
                return json(try await api.call(Method.Judge.getSource, GetRunRequest(runID: parts[2]), for: visitor.relay))
            }
            if get && parts.count == 4 && parts[0] == "api" && parts[1] == "runs" && parts[3] == "events" {
                return try await events(parts[2], visitor)
            }
            return notFound()
        } catch let error as RPCError {
            var answer = failure(Self.status(error.code), error.message, code: "\(error.code)")
            if let retry = error.retryAfter {
                answer.headers.append(("Retry-After", String(Int((retry / .seconds(1)).rounded(.up)))))
            } else if error.code == .resourceExhausted {
                answer.headers.append(("Retry-After", "1"))
            }
            // A session the API no longer knows (expired, ended elsewhere, revoked): forget it.
            if error.code == .unauthenticated && visitor.token != nil {
                answer.headers.append(("Set-Cookie", SessionCookie.clear(secure: visitor.secure)))
            }
            return answer
        } catch {
            return failure(.badRequest, "\(error)", code: "INVALID_ARGUMENT")
        }
    }

    /// The page's own addresses, each answered with index.html: the list, a question, the
    /// visitor's submissions, a profile.
    static func isPage(_ parts: [String]) -> Bool {
        parts.isEmpty || parts == ["index.html"] || parts == ["submissions"] || parts == ["profile"]
            || (parts.count == 2 && (parts[0] == "q" || parts[0] == "u"))
    }

    static let codemirrorFiles = [
        "codemirror.js": "lib/codemirror.js", "codemirror.css": "lib/codemirror.css", "python.js": "mode/python/python.js",
        "clike.js": "mode/clike/clike.js", "javascript.js": "mode/javascript/javascript.js",
        "go.js": "mode/go/go.js", "ruby.js": "mode/ruby/ruby.js", "simple.js": "addon/mode/simple.js", "rust.js": "mode/rust/rust.js", "swift.js": "mode/swift/swift.js",
        "matchbrackets.js": "addon/edit/matchbrackets.js",
        "closebrackets.js": "addon/edit/closebrackets.js",
    ]

    func questions(_ r: HTTPRequest, _ visitor: Visitor) async throws -> HTTPAnswer {
        let level = r.query["difficulty"].flatMap { Difficulty(rawValue: $0) }
        let list = try await api.call(Method.Questions.list, ListQuestionsRequest(difficulty: level, tag: r.query["tag"] ?? "",
                                                                               search: r.query["search"] ?? ""), for: visitor.relay)
        return json(list.questions)
    }

    struct SubmitBody: Decodable {
        var slug: String
        var language: String
        var source: String
        /// Function questions: one JSON array of arguments per line.
        var input: String?
        /// Program questions: each a whole standard input.
        var inputs: [String]?
        /// The page's id for this submission, the same when it sends it again (default: a new one).
        var request_id: String?
    }

    func submit(_ r: HTTPRequest, _ visitor: Visitor, mode: RunMode) async throws -> HTTPAnswer {
        let (allowed, retry) = await limiter.take(r.client)
        guard allowed else {
            var answer = failure(.tooManyRequests, "too many submissions from this address: try again in \(retry) s", code: "RESOURCE_EXHAUSTED")
            answer.headers.append(("Retry-After", String(retry)))
            return answer
        }
        guard let body = try? JSONDecoder().decode(SubmitBody.self, from: Data(r.body)) else {
            return failure(.badRequest, "the body must be JSON: {slug, language, source, input?, inputs?, request_id?}", code: "INVALID_ARGUMENT")
        }
        var custom = ""
        if mode == .try, let inputs = body.inputs, !inputs.isEmpty {
            custom = CustomInput.standardInputs(inputs)
        } else if mode == .try, let input = body.input?.trimmingCharacters(in: .whitespacesAndNewlines), !input.isEmpty {
            custom = CustomInput.argumentLines(input)
        }
        // The request id makes a retry after UNAVAILABLE harmless: a submission the API had taken
        // answers its run again instead of queueing a second one.
        let response = try await api.call(Method.Judge.submit, SubmitRequest(slug: body.slug, language: body.language, source: body.source,
                                                                            mode: mode, customInput: custom,
                                                                            requestID: body.request_id ?? UUID().uuidString.lowercased()),
                                      for: visitor.relay)
        logger.info("submitted", metadata: ["run_id": "\(response.runID)", "question": "\(body.slug)", "language": "\(body.language)"])
        return json(["run_id": response.runID])
    }

    /// Server-sent events: one `run` event per change of the run, until it is finished.
    func events(_ id: String, _ visitor: Visitor) async throws -> HTTPAnswer {
        let client = try await api.get()
        // The first state comes now, so that an unknown run (or another person's) is a 404, not an empty stream.
        _ = try await api.call(Method.Judge.getRun, GetRunRequest(runID: id), for: visitor.relay)
        let relay = visitor.relay
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        let watch = Task {
            do {
                for try await run in client.stream(Method.Judge.watchRun, GetRunRequest(runID: id), timeout: .seconds(300),
                                                  relayedFor: relay) {
                    let data = (try? JSONEncoder().encode(run)) ?? Data()
                    continuation.yield(Array("event: run\ndata: ".utf8) + Array(data) + Array("\n\n".utf8))
                }
            } catch {
                continuation.yield(Array("event: error\ndata: {\"error\":\"the watch ended: \(error)\"}\n\n".utf8))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in watch.cancel() }
        return HTTPAnswer(status: .ok, headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-store")], stream: stream)
    }

    func file(_ path: String, type: String) -> HTTPAnswer {
        guard let data = FileManager.default.contents(atPath: path) else { return notFound() }
        return HTTPAnswer(status: .ok, headers: [("Content-Type", type), ("Cache-Control", "no-cache")], body: Array(data))
    }

    func json(_ value: some Encodable) -> HTTPAnswer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return HTTPAnswer(status: .ok, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")], body: Array(data))
    }

    func notFound() -> HTTPAnswer { failure(.notFound, "no such page", code: "NOT_FOUND") }

    func failure(_ status: HTTPResponseStatus, _ message: String, code: String) -> HTTPAnswer {
        var answer = json(["error": message, "code": code])
        answer.status = status
        return answer
    }

    static func status(_ code: StatusCode) -> HTTPResponseStatus {
        switch code {
        case .invalidArgument, .failedPrecondition, .outOfRange: .badRequest
        case .notFound: .notFound
        case .alreadyExists: .conflict
        case .resourceExhausted: .tooManyRequests
        case .permissionDenied: .forbidden
        case .unauthenticated: .unauthorized
        case .unavailable: .serviceUnavailable
        case .deadlineExceeded: .gatewayTimeout
        default: .internalServerError
        }
    }
}
