public import Logging

/// Chooses where a daemon's logs go.
public enum LogDestination: String, Sendable, CaseIterable {
    /// journald when stderr is connected to it, else stderr.
    case auto
    case journal
    case stderr

    /// Installs the matching swift-log backend for the whole process (call once, first thing in main).
    public func bootstrap(identifier: String, level: Logger.Level) {
        let useJournal = self == .journal || (self == .auto && JournalLogHandler.stderrIsJournal)
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = useJournal
                ? JournalLogHandler(label: label, identifier: identifier)
                : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
