internal import CSystemd
import Foundation
public import Logging

/// A swift-log handler that writes structured entries to journald (sd_journal_sendv).
///
/// Metadata keys become journal fields in upper case (`run_id` → `RUN_ID`), so that
/// `journalctl RUN_ID=…` finds every line about a run. Thread-safe: sd_journal_sendv is.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String
    private let identifier: String

    public init(label: String, identifier: String) {
        self.label = label
        self.identifier = identifier
    }

    /// True when stderr is connected to journald (JOURNAL_STREAM names it), as under systemd.
    public static var stderrIsJournal: Bool {
        guard let value = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] else { return false }
        let parts = value.split(separator: ":").compactMap { UInt64($0) }
        var info = stat()
        guard parts.count == 2, fstat(2, &info) == 0 else { return false }
        return UInt64(info.st_dev) == parts[0] && UInt64(info.st_ino) == parts[1]
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = [
            "MESSAGE=\(event.message)",
            "PRIORITY=\(Self.priority(event.level))",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "LOGGER=\(label)",
            "CODE_FILE=\(event.file)",
            "CODE_LINE=\(event.line)",
            "CODE_FUNC=\(event.function)",
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            if let name = Self.fieldName(key) { fields.append("\(name)=\(value)") }
        }
        Self.send(fields)
    }

    /// A journal field name for a metadata key: upper-case letters, digits and `_`, not starting with `_`.
    static func fieldName(_ key: String) -> String? {
        let mapped = String(key.uppercased().unicodeScalars.map { scalar -> Character in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        }).drop(while: { $0 == "_" || $0.isNumber })
        let name = String(mapped.prefix(64))
        return name.isEmpty || ["MESSAGE", "PRIORITY", "UNIT", "SYSLOG_IDENTIFIER"].contains(name) ? nil : name
    }

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    private static func send(_ fields: [String]) {
        let bytes = fields.map { Array($0.utf8) }
        let storage = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.reduce(0) { $0 + $1.count }), alignment: 1)
        defer { storage.deallocate() }
        var vectors: [iovec] = []
        var offset = 0
        for field in bytes {
            field.withUnsafeBytes { (storage + offset).copyMemory(from: $0.baseAddress!, byteCount: field.count) }
            vectors.append(iovec(iov_base: storage + offset, iov_len: field.count))
            offset += field.count
        }
        _ = sd_journal_sendv(vectors, Int32(vectors.count))
    }
}
