import Foundation
import Config
import TestSupport
import Testing

/// Config files and settings: later files win, flags win over files, and every mistake is named.
@Suite struct SettingsTests {
    let directory: String

    init() throws { directory = try TemporaryDirectory.make("cc-settings") }

    func file(_ name: String, _ text: String, mode: mode_t = 0o644) throws -> String {
        let path = "\(directory)/\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode)
        return path
    }

    static let keys: Set<String> = ["port", "api", "languages", "verify-clients", "token-file"]

    @Test func laterFilesWinCommentsAndBlanksAreSkippedAndAMissingOptionalFileIsFine() throws {
        let shared = try file("shared.conf", "# shared\nport = 8080\napi = unix:/run/a.sock # trailing comment\n\n  languages = python3 , cpp,  \n")
        let own = try file("own.conf", "port=9090\n")
        let settings = try ConfigFile.load([shared, "-\(own)", "-\(directory)/missing.conf"], keys: Self.keys)
        #expect(settings == ["port": "9090", "api": "unix:/run/a.sock", "languages": "python3 , cpp,"])
    }

    @Test func aMistakeNamesTheFileAndLine() throws {
        let typo = try file("typo.conf", "port = 1\nprot = 2\n")
        #expect(throws: ConfigError("\(typo):2: unknown setting 'prot'; known: api, languages, port, token-file, verify-clients")) {
            try ConfigFile.load([typo], keys: Self.keys)
        }
        let noEquals = try file("bad.conf", "\n\nport 1\n")
        #expect(throws: ConfigError("\(noEquals):3: expected `key = value`")) { try ConfigFile.load([noEquals], keys: Self.keys) }
        #expect(throws: ConfigError("cannot read the config file \(directory)/missing.conf")) {
            try ConfigFile.load(["\(directory)/missing.conf"], keys: Self.keys)
        }
    }

    @Test func flagsWinOverFilesAndValuesAreChecked() throws {
        let config = try file("web.conf", "port = 8080\nlanguages = python3, cpp\nverify-clients = yes\napi = unix:/a\n")
        let settings = try Settings(configs: [config], keys: Self.keys)
        #expect(try settings.int(nil, "port", default: 1, in: 0...65535) == 8080)
        #expect(try settings.int(9000, "port", default: 1, in: 0...65535) == 9000)
        #expect(settings.list([], "languages") == ["python3", "cpp"])
        #expect(settings.list(["java"], "languages") == ["java"])
        #expect(settings.string(nil, "api") == "unix:/a" && settings.string("unix:/b", "api") == "unix:/b")
        #expect(try settings.bool(nil, "verify-clients", default: false))
        #expect(try !settings.bool("off", "verify-clients", default: true))
        #expect(throws: ConfigError("verify-clients must be yes or no, not 'maybe'")) {
            try settings.bool("maybe", "verify-clients", default: false)
        }
        #expect(throws: ConfigError("port must be a whole number from 1 to 10, not '8080'")) {
            try settings.int(nil, "port", default: 1, in: 1...10)
        }
        let empty = try Settings(configs: [], keys: Self.keys)
        #expect(try empty.int(nil, "port", default: 7, in: 0...10) == 7 && empty.list([], "languages") == nil)
    }

    @Test func aSecretFileMustBeLongEnoughAndNotReadableByOthers() throws {
        let good = try file("good.token", "0123456789abcdef\n", mode: 0o640)
        #expect(try ConfigFile.secret(good, what: "client token") == "0123456789abcdef")
        let open = try file("open.token", "0123456789abcdef\n", mode: 0o644)
        #expect(throws: ConfigError("the admin token file \(open) is readable by others (mode 644); chmod o= it")) {
            try ConfigFile.secret(open, what: "admin token")
        }
        let short = try file("short.token", "short\n", mode: 0o600)
        #expect(throws: ConfigError("the admin token in \(short) is shorter than 16 characters")) {
            try ConfigFile.secret(short, what: "admin token")
        }
        let settings = try Settings(configs: [try file("s.conf", "token-file = \(good)\n")], keys: Self.keys)
        #expect(try settings.secret(nil, "token-file", what: "client token") == "0123456789abcdef")
    }
}
