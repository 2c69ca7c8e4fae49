import Foundation
import Logging
import Store
import TestSupport
import Testing

/// The Redis client and subscriber against a real server: replies, errors, outages and recovery.
@Suite struct RedisClientTests {
    let redis: TestRedis

    init() async throws { redis = try await TestRedis.start() }

    @Test func repliesOfEveryKindAndErrorRepliesThrown() async throws {
        let client = redis.client
        #expect(try await client.command("SET", "k", "v") == .status("OK"))
        #expect(try await client.command("GET", "k") == .string("v"))
        #expect(try await client.command("GET", "missing") == .null)
        #expect(try await client.command("INCR", "n").int == 1)
        #expect(try await client.command("HSET", "h", "a", "1", "b", "é\u{0}x").int == 2)
        #expect(try await client.command("HGETALL", "h").fields == ["a": "1", "b": "é\u{0}x"])
        await #expect(throws: RedisError.server("ERR value is not an integer or out of range")) {
            try await client.command("INCR", "k")
        }
        // Pipelined error replies are returned in place, not thrown.
        let replies = try await client.pipeline([["GET", "k"], ["INCR", "k"], ["PING"]])
        #expect(replies.count == 3 && replies[0] == .string("v") && replies[2] == .status("PONG"))
        guard case .error = replies[1] else { Issue.record("INCR of a string: \(replies[1])"); return }
        #expect(try await client.pipeline([]).isEmpty)
    }

    @Test func aTransactionWithABadCommandAppliesNothing() async throws {
        let client = redis.client
        await #expect(throws: RedisError.self) {
            try await client.transaction([["SET", "a", "1"], ["NOSUCHCOMMAND"], ["SET", "b", "2"]])
        }
        #expect(try await client.command("EXISTS", "a", "b").int == 0)
        let results = try await client.transaction([["SET", "a", "1"], ["INCR", "a"]])
        #expect(results == [.status("OK"), .integer(2)])
    }

    @Test func anOutageIsUnavailableAndTheClientRecoversByItself() async throws {
        let client = redis.client
        try await client.command("SET", "kept", "yes")
        #expect(await client.ping())
        redis.kill()
        #expect(await !client.ping())
        let error = await #expect(throws: RedisError.self) { try await client.command("GET", "kept") }
        guard case .unavailable(let why)? = error else { Issue.record("not unavailable: \(String(describing: error))"); return }
        #expect(why.contains(redis.socket))
        try await redis.restart()
        // The pooled connections died with the server; the next call connects again.
        #expect(try await client.command("GET", "kept") == .string("yes"))
    }

    @Test func aPasswordIsSentOnEveryConnectionAndAWrongOneIsUnavailable() async throws {
        let secured = try await TestRedis.start(options: ["--requirepass", "s3cret"], password: "s3cret")
        #expect(try await secured.client.command("PING") == .status("PONG"))
        let anonymous = RedisClient(endpoint: secured.endpoint, poolSize: 1)
        defer { Task { await anonymous.shutdown() } }
        await #expect(throws: RedisError.self) { try await anonymous.command("GET", "x") }
        let wrong = RedisClient(server: RedisServer(secured.endpoint, password: "guess"), poolSize: 1)
        defer { Task { await wrong.shutdown() } }
        let error = await #expect(throws: RedisError.self) { try await wrong.command("GET", "x") }
        guard case .unavailable(let why)? = error else { Issue.record("not unavailable: \(String(describing: error))"); return }
        #expect(why.contains("refused the password"))
    }

    @Test func aServerThatIsNotThereIsUnavailableNamingIt() async throws {
        let client = RedisClient(endpoint: .unix(path: "\(redis.directory)/nobody.sock"), poolSize: 1, timeout: .milliseconds(500))
        defer { Task { await client.shutdown() } }
        let error = await #expect(throws: RedisError.self) { try await client.command("PING") }
        #expect(error?.description.contains("nobody.sock") == true)
    }

    @Test func theSubscriberDeliversInOrderAndSaysWhenItResubscribed() async throws {
        let subscriber = RedisSubscriber(server: redis.server, channels: ["one", "two"], logger: Logger(label: "test"))
        subscriber.start()
        defer { subscriber.stop() }
        var events = subscriber.events.makeAsyncIterator()
        #expect(await events.next() == .resubscribed)
        try await redis.client.command("PUBLISH", "one", "a")
        try await redis.client.command("PUBLISH", "other", "ignored")
        try await redis.client.command("PUBLISH", "two", "b")
        #expect(await events.next() == .message(channel: "one", payload: "a"))
        #expect(await events.next() == .message(channel: "two", payload: "b"))
        // Messages sent while it was away are lost: it says so once it is back.
        redis.kill()
        try await redis.restart()
        #expect(await events.next() == .resubscribed)
        try await redis.client.command("PUBLISH", "one", "c")
        #expect(await events.next() == .message(channel: "one", payload: "c"))
        subscriber.stop()
        #expect(await events.next() == nil, "stop finishes the events")
    }

    @Test(arguments: [
        ("unix:/run/q.sock", RedisEndpoint.unix(path: "/run/q.sock")), ("/run/q.sock", .unix(path: "/run/q.sock")),
        ("127.0.0.1:6380", .tcp(host: "127.0.0.1", port: 6380)), ("redis://db:6379", .tcp(host: "db", port: 6379)),
        ("rediss://db.example:6380", .tls(host: "db.example", port: 6380)), ("[::1]:6379", .tcp(host: "[::1]", port: 6379)),
    ])
    func endpointsParseAndPrintBack(text: String, endpoint: RedisEndpoint) {
        #expect(RedisEndpoint(text) == endpoint)
        #expect(RedisEndpoint(endpoint.description) == endpoint)
    }

    @Test(arguments: ["", "unix:", "db", "db:0", "db:65536", ":6379", "db:port", "rediss://db"])
    func badEndpointsAreRefused(text: String) {
        #expect(RedisEndpoint(text) == nil)
    }

    @Test func aSettingNamingTLSWithoutFilesIsABadSetting() throws {
        #expect(throws: RedisError.badSetting(
            "metadata-db 'nope' is not unix:PATH, HOST:PORT, rediss://HOST:PORT or sentinel://HOST:PORT,HOST:PORT,.../NAME")) {
            try RedisServer(parsing: "nope", setting: "metadata-db", password: nil, tls: nil)
        }
        let error = #expect(throws: RedisError.self) {
            try RedisServer(parsing: "rediss://db:6380", setting: "metadata-db", password: nil, tls: nil)
        }
        #expect(error?.description.contains("tls-ca-file") == true)
        #expect(try RedisServer(parsing: "unix:/x.sock", setting: "q", password: "p", tls: nil) == RedisServer(.unix(path: "/x.sock"), password: "p"))
    }
}
