import Foundation
import Config
import Testing

/// /etc/clonecode/*.conf: several files in order, misspelt settings refused, secrets kept private.
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

    @Test func laterFilesWinAndAnOptionalFileMayBeMissing() throws {
        let shared = try write("worker.conf", "# shared\nslots = 2\ncpus = 0,1   # both\n")
        let instance = try write("worker-2.conf", "cpus = 1\n")
        let settings = try ConfigFile.load([shared, "-\(instance)", "-\(dir)/worker-3.conf"], keys: ["slots", "cpus"])
        #expect(settings == ["slots": "2", "cpus": "1"])
        #expect(throws: ConfigError.self) { try ConfigFile.load(["\(dir)/missing.conf"], keys: ["slots"]) }
    }

    @Test func aMisspeltSettingIsAnErrorNamingTheFileAndLine() throws {
        let path = try write("api.conf", "listen = unix:/x\nmax-queue-depht = 5\n")
        #expect(throws: ConfigError("\(path):2: unknown setting 'max-queue-depht'; known: listen, max-queue-depth")) {
            try ConfigFile.load([path], keys: ["listen", "max-queue-depth"])
        }
        let bad = try write("bad.conf", "just words\n")
        #expect(throws: ConfigError("\(bad):1: expected `key = value`")) { try ConfigFile.load(bad, keys: []) }
    }

    @Test func aSecretReadableByOthersIsRefused() throws {
        let open = try write("open.token", "0123456789abcdef0123\n", mode: 0o644)
        #expect(throws: ConfigError("the admin token file \(open) is readable by others (mode 644); chmod o= it")) {
            try ConfigFile.secret(open, what: "admin token")
        }
        let short = try write("short.token", "abc\n", mode: 0o640)
        #expect(throws: ConfigError("the admin token in \(short) is shorter than 16 characters")) {
            try ConfigFile.secret(short, what: "admin token")
        }
        #expect(try ConfigFile.secret(try write("good.token", "0123456789abcdef0123\n", mode: 0o640), what: "admin token") == "0123456789abcdef0123")
    }

    @Test func aDaemonWithAMisspeltSettingExitsWithTheMessage() async throws {
        let path = try write("web.conf", "prot = 8080\n")
        let result = try await Subprocess.run("\(Paths.bin)/clonecode-web", ["--config", path, "--log", "stderr"])
        #expect(result.status != 0)
        #expect(result.errorText.contains("\(path):1: unknown setting 'prot'"), "\(result.errorText)")
    }
}
