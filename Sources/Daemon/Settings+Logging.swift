public import Config
import Logging
import Systemd

extension Settings {
    /// Installs the log backend that the `log` setting (auto, journal or stderr) and the `log-level`
    /// setting (trace … critical, default info) name, for the whole process: call once, first.
    public func bootstrapLogging(log: String?, logLevel: String? = nil, identifier: String) throws {
        let destinationText = string(log, "log") ?? "auto"
        guard let destination = LogDestination(rawValue: destinationText) else {
            throw ConfigError("log must be auto, journal or stderr, not '\(destinationText)'")
        }
        let levelText = string(logLevel, "log-level") ?? "info"
        guard let level = Logger.Level(rawValue: levelText) else {
            throw ConfigError("log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")), not '\(levelText)'")
        }
        destination.bootstrap(identifier: identifier, level: level)
    }
}
