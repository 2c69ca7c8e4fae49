import Foundation

/// The Engine operations CloneCode uses, typed: callers name images, labels and containers, never
/// the Engine's paths or JSON.
extension DockerClient {
    /// True when the Engine has `image` (e.g. `clonecode-runner:r4`); false when it answers 404.
    public func hasImage(_ image: String, timeout: Duration = .seconds(10)) async throws -> Bool {
        try await imageID(image, timeout: timeout) != nil
    }

    /// The id of `image` (`sha256:...`); nil when the Engine does not have it.
    public func imageID(_ image: String, timeout: Duration = .seconds(10)) async throws -> String? {
        let response = try await request(.GET, "/images/\(image)/json", timeout: timeout)
        switch response.status {
        case 200: return (response.json as? [String: Any])?["Id"] as? String
        case 404: return nil
        default: throw DockerError("GET image \(image): \(response.status) \(response.message)")
        }
    }

    /// The ids of the containers, running or not, whose label `key` has `value`.
    public func containers(label key: String, value: String) async throws -> [String] {
        let filter = "{\"label\":[\"\(key)=\(value)\"]}".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let listed = try await expect(.GET, "/containers/json?all=1&filters=\(filter)")
        return ((listed.json as? [[String: Any]]) ?? []).compactMap { $0["Id"] as? String }
    }

    /// Creates a container from the Engine's container configuration; returns its id.
    public func createContainer(_ configuration: [String: Any]) async throws -> String {
        let created = try await expect(.POST, "/containers/create", json: configuration)
        guard let id = (created.json as? [String: Any])?["Id"] as? String else {
            throw DockerError("container create gave no id: \(created.message)")
        }
        return id
    }

    /// Starts a created container.
    public func startContainer(_ id: String) async throws {
        try await expect(.POST, "/containers/\(id)/start")
    }

    /// Removes a container, killing it if it runs. A container that is already gone is not an error.
    public func removeContainer(_ id: String, timeout: Duration = .seconds(60)) async throws {
        let response = try await request(.DELETE, "/containers/\(id)?force=1", timeout: timeout)
        guard (200..<300).contains(response.status) || response.status == 404 else {
            throw DockerError("remove container \(id.prefix(12)): \(response.status) \(response.message)")
        }
    }

    /// The names of the volumes that carry the label `key`, with each one's value of it.
    public func volumes(label key: String) async throws -> [String: String] {
        let filter = "{\"label\":[\"\(key)\"]}".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let listed = try await expect(.GET, "/volumes?filters=\(filter)")
        let volumes = ((listed.json as? [String: Any])?["Volumes"] as? [[String: Any]]) ?? []
        return Dictionary(volumes.compactMap { volume in
            (volume["Name"] as? String).map { ($0, (volume["Labels"] as? [String: String])?[key] ?? "") }
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Removes a volume; one that is missing is gone already. A volume that a container still
    /// uses is refused (an error).
    public func removeVolume(_ name: String, timeout: Duration = .seconds(30)) async throws {
        let response = try await request(.DELETE, "/volumes/\(name)", timeout: timeout)
        guard (200..<300).contains(response.status) || response.status == 404 else {
            throw DockerError("remove volume \(name): \(response.status) \(response.message)")
        }
    }
}
