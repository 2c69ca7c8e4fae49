import Judge
import ServiceLifecycle
import Store

/// Registers the worker in the MetadataDB's directory every 5 s (expiring after 15 s), with how busy
/// it is, until the daemon stops; then removes the registration.
struct Heartbeat: Service {
    let config: WorkerConfig
    let state: WorkerState
    let directory: WorkerDirectory

    /// One registration; the start-up calls it before the worker is ready.
    func beat() async throws {
        let info = await state.info()
        try await directory.heartbeat(id: config.id, fields: [
            "host": config.host, "address": config.listen.description, "slots": String(config.slots),
            "languages": config.languages.map(\.rawValue).joined(separator: ","),
            "images": config.languages.compactMap { LanguageRuntime.all[$0]?.image }.joined(separator: ","),
            "busy": String(info.busy), "jobs_done": String(info.jobsDone),
        ], ttl: .seconds(15))
    }

    func run() async {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(5))
                try? await beat()
            }
        }
        try? await directory.remove(id: config.id)
    }
}
