import Foundation
import Model
import Store
import TestSupport
import Testing

/// A database replicated under Redis Sentinel, for real: clients find the primary through the
/// sentinels, follow a failover without a restart, and a run is acknowledged only once a replica has it.
@Suite("sentinel", .serialized)
struct SentinelTests {
    @Test func sentinelSettingsParseAndBadOnesAreRefused() throws {
        #expect(RedisEndpoint("sentinel://10.0.0.1:26379,10.0.0.2:26379,h3:26380/metadata")
            == .sentinel(name: "metadata", sentinels: [.tcp(host: "10.0.0.1", port: 26379), .tcp(host: "10.0.0.2", port: 26379),
                                                       .tcp(host: "h3", port: 26380)]))
        let secure = try #require(RedisEndpoint("sentinels://a:1,b:2/questions"))
        #expect(secure == .sentinel(name: "questions", sentinels: [.tls(host: "a", port: 1), .tls(host: "b", port: 2)]))
        #expect(secure.description == "sentinels://a:1,b:2/questions")
        #expect(RedisEndpoint("sentinel://a:1/metadata")?.description == "sentinel://a:1/metadata")
        for bad in ["sentinel://a:1", "sentinel://a:1/", "sentinel:///metadata", "sentinel://a:1,/m", "sentinel://a/m",
                    "sentinel://unix:/x/m", "sentinel://a:99999/m", "sentinel://a:1/two words", "redis://a:1/0"] {
            #expect(RedisEndpoint(bad) == nil, "\(bad)")
        }
        // TLS sentinels need the TLS files, as rediss:// does.
        #expect(throws: RedisError.self) {
            try RedisServer(parsing: "sentinels://a:1/metadata", setting: "metadata-db", password: nil, tls: nil)
        }
        let error = #expect(throws: RedisError.self) {
            try RedisServer(parsing: "sentinel://a:1", setting: "metadata-db", password: nil, tls: nil)
        }
        #expect(error?.description.contains("sentinel://HOST:PORT") == true)
    }

    @Test func aClientFollowsThePrimaryKilledAndOneFailedOverByHand() async throws {
        let group = try await TestSentinels.start(replicas: 2)
        let client = RedisClient(server: group.server, poolSize: 2, timeout: .seconds(1))
        defer { Task { await client.shutdown() } }
        // Replication is asynchronous: only a write the replicas hold (WAIT, on the connection that
        // wrote) outlives its primary.
        #expect(try await client.pipeline([["SET", "before", "1"], ["WAIT", "2", "5000"]]) == [.status("OK"), .integer(2)])

        // The primary's host is lost: writes fail as unavailable (never as a wrong reply) until the
        // sentinels promote a replica, then go to it, with what was written before.
        let first = group.serverPorts[0]
        group.kill(server: first)
        let second = try await group.waitForFailover(from: first)
        try await Self.writeUntilAccepted(client, key: "after-kill")
        #expect(try await group.directClient(second).command("GET", "after-kill") == .string("1"))
        #expect(try await client.command("GET", "before") == .string("1"))

        // A failover by hand demotes a live primary: its clients' writes are refused (READONLY) or
        // their connections closed, and the client moves on to the new primary by itself.
        try await group.failOverByHand(askingSentinel: group.sentinelPorts[1])
        let third = try await group.waitForFailover(from: second)
        try await Self.writeUntilAccepted(client, key: "after-handover")
        #expect(try await group.directClient(third).command("GET", "after-handover") == .string("1"))
        #expect(try await client.command("GET", "before") == .string("1"))
    }

    @Test func aRunIsAcknowledgedOnlyOnceAReplicaHoldsIt() async throws {
        let group = try await TestSentinels.start(replicas: 1)
        let client = RedisClient(server: group.server, poolSize: 2)
        defer { Task { await client.shutdown() } }
        let runs = RunStore(redis: client, waitReplicas: 1, waitTimeout: .milliseconds(300))
        try await runs.prepareQueue()
        let replica = group.directClient(group.serverPorts[1])

        let kept = RunStoreTests.run()
        #expect(try await runs.create(kept, maxDepth: 10, request: ("first", "f")) == nil)
        #expect(try await replica.command("HGET", Keys.run(kept.runID), "run_id") == .string(kept.runID))

        // The replica stops answering: the run is written on the primary, but Submit may not say so.
        group.pause(server: group.serverPorts[1], true)
        let waiting = RunStoreTests.run()
        let error = await #expect(throws: RedisError.self) {
            try await runs.create(waiting, maxDepth: 10, request: ("second", "f"))
        }
        #expect(error?.description.contains("0 of 1 replicas") == true)
        // Retried with the same request id once the replica is back: the same run, one job, on both.
        group.pause(server: group.serverPorts[1], false)
        let retry = RunStoreTests.run()
        let earlier = try await runs.create(retry, maxDepth: 10, request: ("second", "f"))
        #expect(earlier?.runID == waiting.runID)
        #expect(try await client.command("XLEN", Keys.jobs).int == 2)
        #expect(try await replica.command("EXISTS", Keys.run(waiting.runID), Keys.run(retry.runID)).int == 1)
        #expect(try await replica.command("XLEN", Keys.jobs).int == 2)
    }

    @Test func afterAFailoverByHandRunsAreAcknowledgedByTheNewPrimarySoon() async throws {
        let group = try await TestSentinels.start(replicas: 2)
        let client = RedisClient(server: group.server, poolSize: 2)
        defer { Task { await client.shutdown() } }
        let runs = RunStore(redis: client, waitReplicas: 1, waitTimeout: .milliseconds(300))
        try await runs.prepareQueue()
        try await runs.create(RunStoreTests.run(), maxDepth: 10, request: ("before", "f"))

        // The sentinels promote a replica; the old primary stays a primary without replicas for
        // seconds before they demote it. Its connections are dropped at the first short WAIT, so
        // the retries reach the new primary well before then.
        let old = group.serverPorts[0]
        try await group.failOverByHand()
        let promoted = try await group.waitForFailover(from: old)
        let switched = ContinuousClock.now
        let run = RunStoreTests.run()
        while true {
            do {
                try await runs.create(run, maxDepth: 10, request: ("after", "f"))
                break
            } catch RedisError.unavailable where ContinuousClock.now - switched < .seconds(30) {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        let waited = ContinuousClock.now - switched
        print("failover by hand: a run acknowledged by the new primary \(waited) after the sentinels named it")
        #expect(waited < .seconds(8), "acknowledged \(waited) after the switch")
        #expect(try await group.directClient(promoted).command("EXISTS", Keys.run(run.runID)).int == 1)
    }

    /// Writes `key` through the sentinels until a replica acknowledged the write too (WAIT 1; 30 s
    /// at most): a write taken by a primary about to be demoted is not acknowledged, as Submit's are
    /// not. Every failure on the way must be `unavailable`.
    static func writeUntilAccepted(_ client: RedisClient, key: String) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while true {
            do {
                let replies = try await client.pipeline([["SET", key, "1"], ["WAIT", "1", "1000"]])
                if case .error(let why) = replies[0] {
                    #expect(why.hasPrefix("READONLY"), "\(why)")  // a demoted primary; the client drops the connection
                } else if replies[1].int ?? 0 >= 1 {
                    return
                }
            } catch RedisError.unavailable where ContinuousClock.now < deadline {}
            guard ContinuousClock.now < deadline else { throw TestFailure("no write of \(key) acknowledged in 30 s") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
