import Foundation

/// A `try` run's own inputs as a run carries them (`Run.customInput`): a JSON array with one element
/// per input, made here for every client (the CLI and the web page).
public enum CustomInput {
    /// Function questions: `text` holds one JSON array of arguments per line; blank lines are skipped.
    public static func argumentLines(_ text: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return "[" + lines.joined(separator: ",") + "]"
    }

    /// Program questions: each text is a whole standard input.
    public static func standardInputs(_ texts: [String]) -> String {
        JSONValue.array(texts.map(JSONValue.string)).text
    }
}
