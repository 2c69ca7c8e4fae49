public import Model
internal import CCloneCodeProto

extension RunStatus {
    init(wire value: Int) throws {
        switch value {
        case 1: self = .queued
        case 2: self = .running
        case 3: self = .finished
        default: throw WireError.malformed("run status \(value) is unknown")
        }
    }
    var wireValue: Int { [.queued: 1, .running: 2, .finished: 3][self]! }
}

extension Verdict {
    /// The proto enum's numbers, in declaration order from 1.
    static let wireOrder: [Verdict] = [
        .accepted, .wrongAnswer, .timeLimitExceeded, .memoryLimitExceeded, .outputLimitExceeded, .runtimeError,
        .compileError, .internalError,
    ]
    var wireValue: Int { Self.wireOrder.firstIndex(of: self)! + 1 }
    init?(wire value: Int) {
        guard (1...Self.wireOrder.count).contains(value) else { return nil }
        self = Self.wireOrder[value - 1]
    }
}

extension RunMode {
    init(wire value: Int) throws {
        switch value {
        case 0: self = .submit
        case 1: self = .try
        default: throw WireError.malformed("run mode \(value) is unknown")
        }
    }
    var wireValue: Int { self == .submit ? 0 : 1 }
}

extension FailedTest: WireMessage {
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__FailedTest.self, clonecode__v1__failed_test__init)
    public init(reader r: ProtoReader) throws {
        self.init(input: r.string(1), expected: r.string(2), actual: r.string(3), stdout: r.string(4))
    }
    public func write(to w: ProtoWriter) {
        w.set(1, input)
        w.set(2, expected)
        w.set(3, actual)
        w.set(4, stdout)
    }
}

extension TestOutput: WireMessage {
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__TestOutput.self, clonecode__v1__test_output__init)
    public init(reader r: ProtoReader) throws {
        self.init(input: r.string(1), expected: r.string(2), actual: r.string(3), stdout: r.string(4), passed: r.bool(5))
    }
    public func write(to w: ProtoWriter) {
        w.set(1, input)
        w.set(2, expected)
        w.set(3, actual)
        w.set(4, stdout)
        w.set(5, passed)
    }
}

extension Run: WireMessage {
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__Run.self, clonecode__v1__run__init)

    public init(reader r: ProtoReader) throws {
        guard let language = Language(rawValue: r.string(4)) else {
            throw WireError.malformed("run language '\(r.string(4))' is unknown")
        }
        self.init(runID: r.string(1), status: try RunStatus(wire: r.integer(2)), question: r.string(3), language: language,
                  mode: try RunMode(wire: r.integer(5)), source: "", createdAtMs: r.int(6))
        startedAtMs = r.int(7)
        finishedAtMs = r.int(8)
        worker = r.string(9)
        verdict = Verdict(wire: r.integer(10))
        passed = r.integer(11)
        total = r.integer(12)
        runtimeMs = r.integer(13)
        memoryKb = r.integer(14)
        message = r.string(15)
        compileOutput = r.string(16)
        failedTest = try r.message(17)
        percentile = r.double(18)
        currentTest = r.integer(19)
        attempts = r.integer(20)
        outputs = try r.messages(21)
        programMs = r.integer(22)
    }

    /// Sources stay in the store: a run on the wire carries its result, not the code.
    public func write(to w: ProtoWriter) {
        w.set(1, runID)
        w.set(2, status.wireValue)
        w.set(3, question)
        w.set(4, language.rawValue)
        w.set(5, mode.wireValue)
        w.set(6, createdAtMs)
        w.set(7, startedAtMs)
        w.set(8, finishedAtMs)
        w.set(9, worker)
        w.set(10, verdict?.wireValue ?? 0)
        w.set(11, passed)
        w.set(12, total)
        w.set(13, runtimeMs)
        w.set(14, memoryKb)
        w.set(15, message)
        w.set(16, compileOutput)
        w.set(17, failedTest)
        w.set(18, percentile)
        w.set(19, currentTest)
        w.set(20, attempts)
        w.set(21, outputs)
        w.set(22, programMs)
    }
}

public struct SubmitRequest: WireMessage, Equatable {
    public var slug: String
    public var language: String
    public var source: String
    public var mode: RunMode
    public var customInput: String

    public init(slug: String, language: String, source: String, mode: RunMode = .submit, customInput: String = "") {
        self.slug = slug
        self.language = language
        self.source = source
        self.mode = mode
        self.customInput = customInput
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__SubmitRequest.self, clonecode__v1__submit_request__init)

    public init(reader r: ProtoReader) throws {
        self.init(slug: r.string(1), language: r.string(2), source: r.string(3), mode: try RunMode(wire: r.integer(4)),
                  customInput: r.string(5))
    }

    public func write(to w: ProtoWriter) {
        w.set(1, slug)
        w.set(2, language)
        w.set(3, source)
        w.set(4, mode.wireValue)
        w.set(5, customInput)
    }
}

public struct SubmitResponse: WireMessage, Equatable {
    public var runID: String
    public init(runID: String) { self.runID = runID }
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__SubmitResponse.self, clonecode__v1__submit_response__init)
    public init(reader r: ProtoReader) throws { runID = r.string(1) }
    public func write(to w: ProtoWriter) { w.set(1, runID) }
}

public struct GetRunRequest: WireMessage, Equatable {
    public var runID: String
    public init(runID: String) { self.runID = runID }
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__GetRunRequest.self, clonecode__v1__get_run_request__init)
    public init(reader r: ProtoReader) throws { runID = r.string(1) }
    public func write(to w: ProtoWriter) { w.set(1, runID) }
}

public struct ListRunsRequest: WireMessage, Equatable {
    public var slug: String
    public var limit: Int
    public init(slug: String, limit: Int = 0) {
        self.slug = slug
        self.limit = limit
    }
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__ListRunsRequest.self, clonecode__v1__list_runs_request__init)
    public init(reader r: ProtoReader) throws { self.init(slug: r.string(1), limit: r.integer(2)) }
    public func write(to w: ProtoWriter) {
        w.set(1, slug)
        w.set(2, limit)
    }
}

public struct ListRunsResponse: WireMessage, Equatable {
    public var runs: [Run]
    public init(runs: [Run]) { self.runs = runs }
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__ListRunsResponse.self, clonecode__v1__list_runs_response__init)
    public init(reader r: ProtoReader) throws { runs = try r.messages(1) }
    public func write(to w: ProtoWriter) { w.set(1, runs) }
}
