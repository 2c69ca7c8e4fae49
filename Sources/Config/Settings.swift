import Foundation

/// A daemon's settings: command-line flags over config files (`ConfigFile`), with values checked
/// and errors that name the setting.
public struct Settings: Sendable {
    private let file: [String: String]

    /// Loads `configs` in order; `keys` are the settings the daemon knows (its long options).
    public init(configs: [String], keys: Set<String>) throws {
        file = try ConfigFile.load(configs, keys: keys)
    }

    /// The flag if given, else the config file's value.
    public func string(_ flag: String?, _ key: String) -> String? {
        flag ?? file[key]
    }

    /// A comma-separated list, from the flag(s) if any, else the file.
    public func list(_ flags: [String], _ key: String) -> [String]? {
        if !flags.isEmpty { return flags }
        return file[key].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    /// An integer within `range`, or `fallback` when unset.
    public func int(_ flag: Int?, _ key: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = string(flag.map(String.init), key) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw ConfigError("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// yes/no, true/false, on/off, 1/0.
    public func bool(_ flag: String?, _ key: String, default fallback: Bool) throws -> Bool {
        guard let text = string(flag, key) else { return fallback }
        switch text.lowercased() {
        case "yes", "true", "on", "1": return true
        case "no", "false", "off", "0": return false
        default: throw ConfigError("\(key) must be yes or no, not '\(text)'")
        }
    }

    /// The secret in the file a setting names, if it names one.
    public func secret(_ flag: String?, _ key: String, what: String) throws -> String? {
        try string(flag, key).map { try ConfigFile.secret($0, what: what) }
    }
}
