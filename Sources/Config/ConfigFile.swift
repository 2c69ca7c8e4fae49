import Foundation

/// Daemon configuration files: `key = value` lines; `#` starts a comment.
///
/// A daemon reads one or more files in order, later ones winning (a worker instance's file over the
/// shared one). A path starting with `-` may be missing, as with systemd's `EnvironmentFile=-`.
public enum ConfigFile {
    /// The merged settings of `paths`; throws a message naming the file and line that is wrong,
    /// including a key that is not in `keys` (a misspelt option must not be ignored silently).
    public static func load(_ paths: [String], keys: Set<String>) throws -> [String: String] {
        var settings: [String: String] = [:]
        for argument in paths {
            let optional = argument.hasPrefix("-")
            let path = optional ? String(argument.dropFirst()) : argument
            if optional, !FileManager.default.fileExists(atPath: path) { continue }
            for (key, value) in try load(path, keys: keys) { settings[key] = value }
        }
        return settings
    }

    /// The settings of one file.
    public static func load(_ path: String, keys: Set<String>) throws -> [String: String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigError("cannot read the config file \(path)")
        }
        var settings: [String: String] = [:]
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ConfigError("\(path):\(number + 1): expected `key = value`")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            guard keys.contains(key) else {
                throw ConfigError("\(path):\(number + 1): unknown setting '\(key)'; known: \(keys.sorted().joined(separator: ", "))")
            }
            settings[key] = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        return settings
    }

    /// Reads a secret from a file: one line, at least 16 characters. Refuses a file that others than
    /// its owner and group may read, so that a token is never left world-readable by mistake.
    public static func secret(_ path: String, what: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigError("cannot read the \(what) file \(path)")
        }
        guard info.st_mode & 0o007 == 0 else {
            throw ConfigError("the \(what) file \(path) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); chmod o= it")
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard token.count >= 16 else { throw ConfigError("the \(what) in \(path) is shorter than 16 characters") }
        return token
    }
}

/// A config file that cannot be read.
public struct ConfigError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
