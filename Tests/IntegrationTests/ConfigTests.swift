import Foundation
import Testing

/// A daemon given a config file it cannot use exits with the message (ConfigTests, the module's, test the files themselves).
@Suite struct ConfigTests {
    let dir: String

    init() throws {
        dir = "/tmp/cc-config-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String, mode: mode_t = 0o644) throws -> String {
        let path = "\(dir)/\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode)
        return path
    }

    @Test func aDaemonWithAMisspeltSettingExitsWithTheMessage() async throws {
        let path = try write("web.conf", "prot = 8080\n")
        let result = try await Subprocess.run("\(Paths.bin)/clonecode-web", ["--config", path, "--log", "stderr"])
        #expect(result.status != 0)
        #expect(result.errorText.contains("\(path):1: unknown setting 'prot'"), "\(result.errorText)")
    }
}
