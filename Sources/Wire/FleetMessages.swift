internal import CCloneCodeProto

/// A worker daemon as the fleet sees it.
public struct WorkerInfo: WireMessage, Equatable, Codable {
    public var id: String
    public var host: String
    public var address: String
    public var slots: Int
    public var busy: Int
    public var languages: [String]
    public var images: [String]
    public var jobsDone: UInt64
    public var lastSeenMs: Int64
    public var draining: Bool
    public var reachable: Bool

    public init(id: String, host: String = "", address: String = "", slots: Int = 0, busy: Int = 0,
                languages: [String] = [], images: [String] = [], jobsDone: UInt64 = 0, lastSeenMs: Int64 = 0,
                draining: Bool = false, reachable: Bool = false) {
        self.id = id
        self.host = host
        self.address = address
        self.slots = slots
        self.busy = busy
        self.languages = languages
        self.images = images
        self.jobsDone = jobsDone
        self.lastSeenMs = lastSeenMs
        self.draining = draining
        self.reachable = reachable
    }

    enum CodingKeys: String, CodingKey {
        case id, host, address, slots, busy, languages, images, draining, reachable
        case jobsDone = "jobs_done"
        case lastSeenMs = "last_seen_ms"
    }

    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__WorkerInfo.self, clonecode__v1__worker_info__init)

    public init(reader r: ProtoReader) throws {
        self.init(id: r.string(1), host: r.string(2), address: r.string(3), slots: r.integer(4), busy: r.integer(5),
                  languages: r.strings(6), images: r.strings(7), jobsDone: r.uint64(8), lastSeenMs: r.int(9),
                  draining: r.bool(10), reachable: r.bool(11))
    }

    public func write(to w: ProtoWriter) {
        w.set(1, id)
        w.set(2, host)
        w.set(3, address)
        w.set(4, slots)
        w.set(5, busy)
        w.set(6, languages)
        w.set(7, images)
        w.set(8, jobsDone)
        w.set(9, lastSeenMs)
        w.set(10, draining)
        w.set(11, reachable)
    }
}

public struct ListWorkersResponse: WireMessage, Equatable {
    public var workers: [WorkerInfo]
    public init(workers: [WorkerInfo]) { self.workers = workers }
    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__ListWorkersResponse.self, clonecode__v1__list_workers_response__init)
    public init(reader r: ProtoReader) throws { workers = try r.messages(1) }
    public func write(to w: ProtoWriter) { w.set(1, workers) }
}

/// The job queue's figures.
public struct QueueStatsResponse: WireMessage, Equatable, Codable {
    public var length: UInt64
    public var pending: UInt64
    public var consumers: UInt64
    public var maxDepth: UInt64
    public var runs: UInt64

    public init(length: UInt64, pending: UInt64, consumers: UInt64, maxDepth: UInt64, runs: UInt64) {
        self.length = length
        self.pending = pending
        self.consumers = consumers
        self.maxDepth = maxDepth
        self.runs = runs
    }

    enum CodingKeys: String, CodingKey {
        case length, pending, consumers, runs
        case maxDepth = "max_depth"
    }

    public static let wireDescriptor = MessageDescriptor(
        Clonecode__V1__QueueStatsResponse.self, clonecode__v1__queue_stats_response__init)

    public init(reader r: ProtoReader) throws {
        self.init(length: r.uint64(1), pending: r.uint64(2), consumers: r.uint64(3), maxDepth: r.uint64(4), runs: r.uint64(5))
    }

    public func write(to w: ProtoWriter) {
        w.set(1, length)
        w.set(2, pending)
        w.set(3, consumers)
        w.set(4, maxDepth)
        w.set(5, runs)
    }
}

public struct HealthResponse: WireMessage, Equatable {
    public var serving: Bool
    public var problems: [String]
    public init(serving: Bool, problems: [String] = []) {
        self.serving = serving
        self.problems = problems
    }
    public static let wireDescriptor = MessageDescriptor(Clonecode__V1__HealthResponse.self, clonecode__v1__health_response__init)
    public init(reader r: ProtoReader) throws { self.init(serving: r.bool(1), problems: r.strings(2)) }
    public func write(to w: ProtoWriter) {
        w.set(1, serving)
        w.set(2, problems)
    }
}
