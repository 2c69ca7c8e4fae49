import Foundation

/// Run identifiers: 128 random bits (a version-4 UUID in lower case), so two runs never share one,
/// whichever daemon made them and whenever.
public enum RunID {
    /// A new identifier from the system's random source.
    public static func make() -> String { UUID().uuidString.lowercased() }

    /// True when `text` has the form of a run identifier.
    public static func isValid(_ text: String) -> Bool {
        text.utf8.count == 36 && UUID(uuidString: text) != nil && text == text.lowercased()
    }
}
