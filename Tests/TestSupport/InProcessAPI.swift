public import API
import Foundation
import Logging
import Model
public import RPC
public import Store
import Wire

/// What clonecode-api serves, in this process: its router over two real Redis servers of the
/// test's own, called without sockets, with run-change notices fed to watchers by the daemon's feed.
public final class InProcessAPI: Sendable {
    public let questionsDB: TestRedis
    public let metadataDB: TestRedis
    public let config: APIConfig
    /// Root on the Unix socket: may change the bank.
    public let client: LocalClient
    /// Submit's admission by expected wait, when `config.maxQueueWait` is above zero; sampled only
    /// when a test says so.
    package let queueWatch: QueueWatch?
    /// The daemon's run-change feed, from the MetadataDB's channel to the watchers.
    private let feed: Task<Void, Never>

    public static let serviceUID: UInt32 = 990
    public static let adminToken = "admin-token-0123456789abcdef"

    /// - Parameter configure: changes to the daemon's settings (languages, queue depth, tokens).
    public init(bank: Bool = true, configure: (inout APIConfig) -> Void = { _ in }) async throws {
        let questionsDB = try await TestRedis.start(), metadataDB = try await TestRedis.start()
        var config = APIConfig(listen: [], questionsDB: questionsDB.server, metadataDB: metadataDB.server,
                               adminToken: Token(Self.adminToken), serviceUID: Self.serviceUID, maxQueueWait: .zero,
                               languages: [.python3, .cpp, .java])
        configure(&config)
        let logger = Logger(label: "test.api", factory: { _ in SwiftLogNoOpLogHandler() })
        let hub = RunWatchHub()
        try await RunStore(redis: metadataDB.client).prepareQueue()
        let feed = Task {
            await RunEventFeed(subscriber: RedisSubscriber(server: metadataDB.server, channels: [Keys.runEvents], logger: logger),
                               hub: hub).run()
        }
        // Watchers miss nothing once the subscription is in place.
        for _ in 0..<250 {
            let subscribed = try await metadataDB.client.command("PUBSUB", "NUMSUB", Keys.runEvents).array?.last?.int ?? 0
            if subscribed > 0 { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        let queueWatch = config.maxQueueWait > .zero
            ? QueueWatch(runs: RunStore(redis: metadataDB.client), maxWait: config.maxQueueWait, logger: logger) : nil
        let router = APIDaemon(config: config, logger: logger)
            .makeRouter(questionsDB: questionsDB.client, metadataDB: metadataDB.client, hub: hub, queueWatch: queueWatch)
        self.queueWatch = queueWatch
        self.questionsDB = questionsDB
        self.metadataDB = metadataDB
        self.config = config
        self.feed = feed
        client = LocalClient(router: router)
        if bank { try await loadBank() }
    }

    deinit { feed.cancel() }

    /// Stores every question of the repository's bank straight in the QuestionsDB, as
    /// `clonecode admin load` leaves it; not through the Questions service, whose check of every
    /// hidden test takes seconds in a debug build (QuestionsTests put questions through it).
    public func loadBank() async throws {
        let store = QuestionStore(redis: questionsDB.client)
        for entry in try BankFixture.load() {
            _ = try await store.put(entry.question, tests: entry.tests, reference: entry.reference)
        }
    }

    /// Serves the router on a Unix socket at `path`, as the daemon's listener does; for clients in
    /// other modules (the web gateway). Stopped when the returned value is.
    public func serve(at path: String) async throws -> Serving {
        let listener = try await RPCListener.bind(.unix(path: path))
        let server = RPCServer(router: client.router, logger: Logger(label: "test.api", factory: { _ in SwiftLogNoOpLogHandler() }))
        return Serving(server: server, task: Task { await server.run([listener]) }, endpoint: .unix(path: path))
    }

    /// The router served on a socket; stopped when the value goes away.
    public final class Serving: Sendable {
        let server: RPCServer
        let task: Task<Void, Never>
        public let endpoint: Endpoint

        init(server: RPCServer, task: Task<Void, Never>, endpoint: Endpoint) {
            self.server = server
            self.task = task
            self.endpoint = endpoint
        }

        deinit {
            server.beginShutdown()
            server.cancelAll()
        }
    }

    /// The runs as the workers' side of the MetadataDB sees them.
    public var runs: RunStore { RunStore(redis: metadataDB.client) }
}
