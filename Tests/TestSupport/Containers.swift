import Docker
import Foundation

/// Containers that tests made, found by the worker label every sandbox container carries.
public enum Containers {
    /// The ids of the containers labelled as `worker`'s.
    public static func of(worker: String) async -> Set<String> {
        Set((try? await DockerClient().containers(label: "org.clonecode.worker", value: worker)) ?? [])
    }

    /// Removes every container labelled as `worker`'s, whatever state a failed test left it in.
    public static func remove(worker: String) async {
        for id in await of(worker: worker) {
            try? await DockerClient().removeContainer(id)
        }
    }

    /// Removes every container labelled as one of `workers`' before returning, for a deinit (which
    /// cannot await): a removal left to a detached task would share dockerd and the CPUs with the
    /// tests that come next. Blocks its thread for as long as `docker rm` takes.
    public static func removeNow(workers: [String]) {
        for worker in workers {
            let ids = docker(["ps", "-aq", "--filter", "label=org.clonecode.worker=\(worker)"])
                .split(separator: "\n").map(String.init)
            if !ids.isEmpty { _ = docker(["rm", "-f"] + ids) }
        }
    }

    private static func docker(_ arguments: [String]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/docker")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "" }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
