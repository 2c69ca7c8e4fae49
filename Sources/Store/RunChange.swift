import Foundation
public import Model

/// A change of a run as announced on the run-events channel: the run, the change's version and the
/// fields it set, by their hash names. The notice is a JSON array of strings,
/// `[run_id, version, field, value, field, value, ...]` (RunStore's scripts publish it).
public struct RunChange: Sendable, Equatable {
    public var runID: String
    /// The run's change count after this change: changes come in order, each one higher.
    public var version: Int
    /// The fields set, by their hash names (RunRecord.Field); never a store-only field.
    public var fields: [String: String]

    /// Reads a notice; nil for one that is not a run change.
    public init?(notice: String) {
        guard let items = try? JSONDecoder().decode([String].self, from: Data(notice.utf8)), items.count >= 2,
              items.count % 2 == 0, let version = Int(items[1]) else { return nil }
        runID = items[0]
        self.version = version
        fields = [:]
        for index in stride(from: 2, to: items.count, by: 2) { fields[items[index]] = items[index + 1] }
    }

    /// Sets the changed fields of `run`.
    public func apply(to run: inout Run) {
        RunRecord.update(&run, from: fields)
    }
}
