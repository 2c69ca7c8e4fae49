import Docker

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
}
