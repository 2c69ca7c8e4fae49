import Foundation

/// A JSON value as test data uses it: null, booleans, integers, doubles, strings and arrays.
///
/// `text` is its canonical compact form, the form answers are compared in.
public indirect enum JSONValue: Codable, Equatable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])

    /// Parses JSON text; throws for objects, invalid JSON and nesting deeper than 64.
    public init(parsing text: String) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    public init(from decoder: any Decoder) throws {
        if decoder.codingPath.count > 64 {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "nested too deeply"))
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "objects are not test data"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let v): try container.encode(v)
        case .int(let v): try container.encode(v)
        case .double(let v): try container.encode(v)
        case .string(let v): try container.encode(v)
        case .array(let v): try container.encode(v)
        }
    }

    /// Canonical compact JSON.
    public var text: String {
        switch self {
        case .null: "null"
        case .bool(let v): v ? "true" : "false"
        case .int(let v): String(v)
        case .double(let v): v.isFinite ? (v == v.rounded() && abs(v) < 1e15 ? String(format: "%.1f", v) : "\(v)") : "null"
        case .string(let v):
            String(decoding: (try? JSONEncoder.compact.encode(v)) ?? Data("\"\"".utf8), as: UTF8.self)
        case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
        }
    }

    public var description: String { text }
}

extension JSONEncoder {
    static var compact: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }
}

extension ValueType {
    /// True when `value` is a valid value of this type (ListNode as a list of integers, TreeNode as
    /// LeetCode's level order with nulls).
    public func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.integer, .int(let v)): return Int64(Int32.min)...Int64(Int32.max) ~= v
        case (.long, .int): return true
        case (.double, .int), (.double, .double): return true
        case (.boolean, .bool): return true
        case (.string, .string): return true
        case (.character, .string(let s)): return s.count == 1
        case (.listNode, .array(let items)): return items.allSatisfy { ValueType.integer.accepts($0) }
        case (.treeNode, .array(let items)):
            return items.first != .null && items.allSatisfy { $0 == .null || ValueType.integer.accepts($0) }
        case (.array(let inner), .array(let items)), (.list(let inner), .array(let items)):
            return items.allSatisfy { inner.accepts($0) }
        case (.void, .null): return true
        default: return false
        }
    }
}

/// The arguments of one call of a question's function, as a JSON array.
public enum Arguments {
    /// Checks that `json` is an array of one value per parameter, each of the parameter's type.
    /// Returns the parsed values, or throws a message saying what is wrong.
    public static func validate(_ json: String, for signature: Signature) throws(ArgumentsError) -> [JSONValue] {
        guard case .array(let values)? = try? JSONValue(parsing: json) else {
            throw ArgumentsError("input must be a JSON array with one value per parameter, e.g. [[2,7,11,15],9]")
        }
        guard values.count == signature.params.count else {
            throw ArgumentsError("input has \(values.count) values; \(signature.functionName) takes \(signature.params.count) (\(signature.params.map(\.name).joined(separator: ", ")))")
        }
        for (value, param) in zip(values, signature.params) {
            guard let type = ValueType(param.type), type.accepts(value) else {
                throw ArgumentsError("argument '\(param.name)' = \(value.text.prefix(80)) is not a valid \(param.type)")
            }
        }
        return values
    }

    /// LeetCode's way of showing an input: `nums = [2,7,11,15], target = 9`.
    public static func display(_ json: String, params: [Param]) -> String {
        guard case .array(let values)? = try? JSONValue(parsing: json), values.count == params.count else { return json }
        return zip(params, values).map { "\($0.name) = \($1.text)" }.joined(separator: ", ")
    }
}

/// Why a JSON input does not fit a signature.
public struct ArgumentsError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
