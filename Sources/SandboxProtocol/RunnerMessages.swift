// The messages between a worker and the runner inside a sandbox container (proto: Runner*).
// This module needs neither Foundation nor the domain model, so the runner links only it.

public import Codec
internal import CCloneCodeProto

/// A file placed in a job's box.
public struct RunnerFile: WireMessage, Equatable {
    public var path: String
    public var content: [UInt8]
    public var executable: Bool

    public init(path: String, content: [UInt8], executable: Bool = false) {
        self.path = path
        self.content = content
        self.executable = executable
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__RunnerFile.self, clonecode__v1__runner_file__init)
    public init(reader r: ProtoReader) throws { self.init(path: r.string(1), content: r.bytes(2), executable: r.bool(3)) }
    public func write(to w: ProtoWriter) {
        w.set(1, path)
        w.set(2, bytes: content)
        w.set(3, executable)
    }
}

/// Limits of one step.
public struct RunnerLimits: WireMessage, Equatable {
    public var cpuMs: UInt32
    public var wallMs: UInt32
    public var idleMs: UInt32
    public var outputBytes: UInt64
    public var processes: UInt32
    public var fileBytes: UInt64
    public var memoryBytes: UInt64
    public var stackBytes: UInt64

    public init(cpuMs: UInt32, wallMs: UInt32, idleMs: UInt32 = 0, outputBytes: UInt64, processes: UInt32,
                fileBytes: UInt64, memoryBytes: UInt64 = 0, stackBytes: UInt64 = 0) {
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.idleMs = idleMs
        self.outputBytes = outputBytes
        self.processes = processes
        self.fileBytes = fileBytes
        self.memoryBytes = memoryBytes
        self.stackBytes = stackBytes
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__RunnerLimits.self, clonecode__v1__runner_limits__init)
    public init(reader r: ProtoReader) throws {
        self.init(cpuMs: UInt32(clamping: r.int(1)), wallMs: UInt32(clamping: r.int(2)), idleMs: UInt32(clamping: r.int(3)),
                  outputBytes: r.uint64(4), processes: UInt32(clamping: r.int(5)), fileBytes: r.uint64(6),
                  memoryBytes: r.uint64(7), stackBytes: r.uint64(8))
    }
    public func write(to w: ProtoWriter) {
        w.set(1, cpuMs)
        w.set(2, wallMs)
        w.set(3, idleMs)
        w.set(4, outputBytes)
        w.set(5, processes)
        w.set(6, fileBytes)
        w.set(7, memoryBytes)
        w.set(8, stackBytes)
    }
}

/// One command to run in the box, with its limits and standard input.
public struct RunnerStep: WireMessage, Equatable {
    public var argv: [String]
    public var limits: RunnerLimits
    public var stdin: [UInt8]

    public init(argv: [String], limits: RunnerLimits, stdin: [UInt8] = []) {
        self.argv = argv
        self.limits = limits
        self.stdin = stdin
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__RunnerStep.self, clonecode__v1__runner_step__init)
    public init(reader r: ProtoReader) throws {
        guard let limits = try r.message(2, as: RunnerLimits.self) else { throw WireError.malformed("a step needs limits") }
        self.init(argv: r.strings(1), limits: limits, stdin: r.bytes(3))
    }
    public func write(to w: ProtoWriter) {
        w.set(1, argv)
        w.set(2, limits)
        w.set(3, bytes: stdin)
    }
}

/// A submission to judge: files, an optional compile step, and the run step. With `inputs`, the run
/// step runs once per input, given as its standard input (a program question's tests), until one
/// fails.
public struct RunnerJob: WireMessage, Equatable {
    public var id: UInt64
    public var files: [RunnerFile]
    public var compile: RunnerStep?
    public var run: RunnerStep
    public var inputs: [[UInt8]]

    public init(id: UInt64, files: [RunnerFile], compile: RunnerStep? = nil, run: RunnerStep, inputs: [[UInt8]] = []) {
        self.id = id
        self.files = files
        self.compile = compile
        self.run = run
        self.inputs = inputs
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__RunnerJob.self, clonecode__v1__runner_job__init)
    public init(reader r: ProtoReader) throws {
        guard let run = try r.message(4, as: RunnerStep.self) else { throw WireError.malformed("a job needs a run step") }
        self.init(id: r.uint64(1), files: try r.messages(2), compile: try r.message(3), run: run, inputs: r.bytesList(5))
    }
    public func write(to w: ProtoWriter) {
        w.set(1, id)
        w.set(2, files)
        w.set(3, compile)
        w.set(4, run)
        w.set(5, bytes: inputs)
    }
}

/// What happened in one step.
public struct RunnerStepResult: WireMessage, Equatable {
    public var ran = false
    public var exitCode: Int32 = 0
    public var signal: Int32 = 0
    public var wallMs: UInt32 = 0
    public var cpuMs: UInt32 = 0
    public var maxRssKb: UInt64 = 0
    public var stdout: [UInt8] = []
    public var stderr: [UInt8] = []
    public var progress: [UInt8] = []
    public var timedOut = false
    public var idleTimedOut = false
    public var outputExceeded = false
    public var oomKilled = false

    public init() {}

    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__RunnerStepResult.self, clonecode__v1__runner_step_result__init)
    public init(reader r: ProtoReader) throws {
        ran = r.bool(1)
        exitCode = Int32(clamping: r.int(2))
        signal = Int32(clamping: r.int(3))
        wallMs = UInt32(clamping: r.int(4))
        cpuMs = UInt32(clamping: r.int(5))
        maxRssKb = r.uint64(6)
        stdout = r.bytes(7)
        stderr = r.bytes(8)
        progress = r.bytes(9)
        timedOut = r.bool(10)
        idleTimedOut = r.bool(11)
        outputExceeded = r.bool(12)
        oomKilled = r.bool(13)
    }
    public func write(to w: ProtoWriter) {
        w.set(1, ran)
        w.set(2, exitCode)
        w.set(3, signal)
        w.set(4, wallMs)
        w.set(5, cpuMs)
        w.set(6, maxRssKb)
        w.set(7, bytes: stdout)
        w.set(8, bytes: stderr)
        w.set(9, bytes: progress)
        w.set(10, timedOut)
        w.set(11, idleTimedOut)
        w.set(12, outputExceeded)
        w.set(13, oomKilled)
    }
}

/// The runner's answer to a job (or, with id 0, its hello).
public struct RunnerResult: WireMessage, Equatable {
    public var id: UInt64
    public var compile: RunnerStepResult?
    public var run: RunnerStepResult?
    public var clean: Bool
    public var error: String
    public var version: String
    /// A progress report while the job runs: `testsDone` tests answered so far.
    public var partial: Bool
    public var testsDone: Int
    /// A job with inputs: one result per input that ran, in order.
    public var runs: [RunnerStepResult]

    public init(id: UInt64, compile: RunnerStepResult? = nil, run: RunnerStepResult? = nil, clean: Bool = true,
                error: String = "", version: String = "", partial: Bool = false, testsDone: Int = 0,
                runs: [RunnerStepResult] = []) {
        self.id = id
        self.compile = compile
        self.run = run
        self.clean = clean
        self.error = error
        self.version = version
        self.partial = partial
        self.testsDone = testsDone
        self.runs = runs
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__RunnerResult.self, clonecode__v1__runner_result__init)
    public init(reader r: ProtoReader) throws {
        self.init(id: r.uint64(1), compile: try r.message(2), run: try r.message(3), clean: r.bool(4), error: r.string(5),
                  version: r.string(6), partial: r.bool(7), testsDone: r.integer(8), runs: try r.messages(9))
    }
    public func write(to w: ProtoWriter) {
        w.set(1, id)
        w.set(2, compile)
        w.set(3, run)
        w.set(4, clean)
        w.set(5, error)
        w.set(6, version)
        w.set(7, partial)
        w.set(8, testsDone)
        w.set(9, runs)
    }
}

/// The version a runner announces; a worker refuses runners of another version.
public enum RunnerVersion {
    public static let current = "clonecode-runner/2"
}
