import Docker
import Foundation

/// Containers that tests made, found by the worker label every sandbox container carries.
public enum Containers {
    /// The ids of the containers labelled as `worker`'s.
    public static func of(worker: String) async -> Set<String> {
        let filter = "{\"label\":[\"org.clonecode.worker=\(worker)\"]}".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let listed = try? await DockerClient().request(.GET, "/containers/json?all=1&filters=\(filter)")
        return Set(((listed?.json as? [[String: Any]]) ?? []).compactMap { $0["Id"] as? String })
    }

    /// Removes every container labelled as `worker`'s, whatever state a failed test left it in.
    public static func remove(worker: String) async {
        for id in await of(worker: worker) {
            _ = try? await DockerClient().request(.DELETE, "/containers/\(id)?force=1")
        }
    }
}
