import Foundation
import Logging
import RPC
import Store
import Wire

/// The Fleet service: the live workers (each asked over its own RPC) and the queue's figures.
struct FleetService: Sendable {
    let directory: WorkerDirectory
    let runs: RunStore
    let questions: QuestionStore
    let maxQueueDepth: Int

    func register(in router: inout RPCRouter) {
        router.unary(Method.Fleet.listWorkers) { (_: Empty, _) in try await listWorkers() }
        router.unary(Method.Fleet.queueStats) { (_: Empty, _) in
            let figures = try await withStore("MetadataDB") { try await runs.queueFigures() }
            let slugs = try await withStore("QuestionsDB") { try await questions.list().map(\.slug) }
            let count = try await withStore("MetadataDB") { try await runs.runCount(questions: slugs) }
            return QueueStatsResponse(length: UInt64(figures.length), pending: UInt64(figures.pending),
                                      consumers: UInt64(figures.consumers), maxDepth: UInt64(maxQueueDepth),
                                      runs: UInt64(count))
        }
    }

    func listWorkers() async throws -> ListWorkersResponse {
        let entries = try await withStore("MetadataDB") { try await directory.live() }
        let workers = await withTaskGroup(of: WorkerInfo.self) { group in
            for entry in entries {
                group.addTask { await Self.ask(entry) }
            }
            var all: [WorkerInfo] = []
            for await info in group { all.append(info) }
            return all.sorted { $0.id < $1.id }
        }
        return ListWorkersResponse(workers: workers)
    }

    /// The worker's own answer when it gives one within a second, else what its registration says.
    static func ask(_ entry: WorkerDirectory.Entry) async -> WorkerInfo {
        let f = entry.fields
        var info = WorkerInfo(
            id: entry.id, host: f["host"] ?? "", address: f["address"] ?? "", slots: Int(f["slots"] ?? "") ?? 0,
            languages: (f["languages"] ?? "").split(separator: ",").map(String.init),
            images: (f["images"] ?? "").split(separator: ",").map(String.init),
            lastSeenMs: Int64(f["last_seen_ms"] ?? "") ?? 0)
        guard let endpoint = Endpoint(info.address) else { return info }
        do {
            let client = try await RPCClient.connect(to: endpoint)
            defer { client.close() }
            var answer = try await client.call(Method.Worker.status, Empty(), timeout: .seconds(1))
            answer.reachable = true
            answer.lastSeenMs = info.lastSeenMs
            info = answer
        } catch {
            info.reachable = false
        }
        return info
    }
}
