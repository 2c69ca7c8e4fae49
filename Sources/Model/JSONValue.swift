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
        var parser = JSONParser(text)
        self = try parser.parse()
    }

    /// The fields of a JSON object whose values are test data (objects inside it are refused).
    public static func fields(parsing bytes: [UInt8]) throws -> [String: JSONValue] {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseObject()
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
        case .string(let v): Self.quoted(v)
        case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
        }
    }

    /// A string as JSON: quotes, backslashes and control characters escaped, the rest (slashes and
    /// non-ASCII text) as it is, as JSONEncoder writes it without escaping slashes.
    static func quoted(_ text: String) -> String {
        // Most strings need no escape: taken as they are.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) { return "\"" + text + "\"" }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 2)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { text }
}


extension ValueType {
    /// True when `value` is a valid value of this type (ListNode as a list of integers, TreeNode as
    /// LeetCode's level order with nulls).
    public func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.integer, .int(let v)): return Int64(Int32.min)...Int64(Int32.max) ~= v
        case (.uint32, .int(let v)): return 0...Int64(UInt32.max) ~= v
        case (.long, .int): return true
        case (.double, .int), (.double, .double): return true
        case (.boolean, .bool): return true
        case (.string, .string): return true
        case (.character, .string(let s)): return s.count == 1
        case (.listNode, .array(let items)): return items.allSatisfy { ValueType.integer.accepts($0) }
        case (.treeNode, .array(let items)), (.nextNode, .array(let items)):
            return items.first != .null && items.allSatisfy { $0 == .null || ValueType.integer.accepts($0) }
        case (.randomNode, .array(let items)):
            // [[val, index of the random target or null], ...]
            return items.allSatisfy { item in
                guard case .array(let pair) = item, pair.count == 2, ValueType.integer.accepts(pair[0]) else { return false }
                if case .int(let target) = pair[1] { return 0..<Int64(items.count) ~= target }
                return pair[1] == .null
            }
        case (.graphNode, .array(let items)):
            // An adjacency list: node i+1's neighbours, each a node of the graph.
            return items.allSatisfy { item in
                guard case .array(let neighbours) = item else { return false }
                return neighbours.allSatisfy { if case .int(let v) = $0 { 1...Int64(items.count) ~= v } else { false } }
            }
        case (.array(let inner), .array(let items)), (.list(let inner), .array(let items)):
            return items.allSatisfy { inner.accepts($0) }
        case (.void, .null): return true
        default: return false
        }
    }
}

extension Signature {
    /// True when `value` has the shape of an answer to this signature: one value per call of a
    /// design question, the judged parameter's type for `inplace` and `prefix`, a position (or null)
    /// for a ListNode under a builder, a NextNode tree's levels (`[1,"#",2,3,"#"]`), else the return type.
    public func acceptsAnswer(_ value: JSONValue) -> Bool {
        if isDesign { if case .array = value { return true } else { return false } }
        if let index = outputIndex, let type = ValueType(params[index].type) { return type.accepts(value) }
        let returns = ValueType(returnType)
        if !build.isEmpty && returns == .listNode {
            if case .int = value { return true }
            return value == .null
        }
        if returns == .nextNode {
            guard case .array(let items) = value else { return false }
            return items.allSatisfy { $0 == .string("#") || ValueType.integer.accepts($0) }
        }
        return returns?.accepts(value) ?? false
    }
}

/// The input of one test of a function or design question, as JSON.
public enum Arguments {
    /// Checks that `json` is a test's input for `signature`: an array of one value per parameter
    /// (per builder input), each of its type; for a design question LeetCode's pair of lists, the
    /// calls and their arguments, the first call the constructor. Returns the parsed values, or
    /// throws a message saying what is wrong.
    public static func validate(_ json: String, for signature: Signature) throws(ArgumentsError) -> [JSONValue] {
        if signature.isDesign { return try validateCalls(json, for: signature) }
        guard case .array(let values)? = try? JSONValue(parsing: json) else {
            throw ArgumentsError("input must be a JSON array with one value per parameter, e.g. [[2,7,11,15],9]")
        }
        let inputs = signature.inputs
        guard values.count == inputs.count else {
            throw ArgumentsError("input has \(values.count) values; \(signature.functionName) takes \(inputs.count) (\(inputs.map(\.name).joined(separator: ", ")))")
        }
        for (value, param) in zip(values, inputs) {
            guard let type = ValueType(param.type), type.accepts(value) else {
                throw ArgumentsError("argument '\(param.name)' = \(value.text.prefix(80)) is not a valid \(param.type)")
            }
        }
        try validateBuilder(values, signature.build)
        return values
    }

    static func validateBuilder(_ values: [JSONValue], _ build: String) throws(ArgumentsError) {
        func count(_ value: JSONValue) -> Int64 { if case .array(let items) = value { Int64(items.count) } else { 0 } }
        func int(_ value: JSONValue) -> Int64 { if case .int(let v) = value { v } else { 0 } }
        switch build {
        case "cycle":
            let pos = int(values[1])
            guard pos == -1 || (0..<count(values[0])) ~= pos else {
                throw ArgumentsError("pos = \(pos) must be -1 (no cycle) or the index of a node of the list (0 to \(count(values[0]) - 1))")
            }
        case "intersection":
            let (value, skipA, skipB) = (int(values[0]), int(values[3]), int(values[4]))
            guard (0...count(values[1])) ~= skipA, (0...count(values[2])) ~= skipB else {
                throw ArgumentsError("skipA and skipB must be at most the lengths of listA and listB")
            }
            guard case .array(let a) = values[1], case .array(let b) = values[2] else { return }
            if value == 0 {
                guard skipA == count(values[1]), skipB == count(values[2]) else {
                    throw ArgumentsError("with intersectVal = 0 (no intersection), skipA and skipB are the lengths of the lists")
                }
            } else {
                guard skipA < a.count, skipB < b.count, a[Int(skipA)...] == b[Int(skipB)...], a[Int(skipA)] == .int(value) else {
                    throw ArgumentsError("listA from skipA and listB from skipB must be the same nodes, starting with intersectVal")
                }
            }
        default:
            break
        }
    }

    static func validateCalls(_ json: String, for signature: Signature) throws(ArgumentsError) -> [JSONValue] {
        guard case .array(let pair)? = try? JSONValue(parsing: json), pair.count == 2,
              case .array(let names) = pair[0], case .array(let arguments) = pair[1] else {
            throw ArgumentsError("input must be two JSON lists, the calls and their arguments, e.g. [[\"\(signature.className)\",...],[[...],...]]")
        }
        guard names.count == arguments.count else {
            throw ArgumentsError("\(names.count) calls but \(arguments.count) argument lists")
        }
        guard names.first == .string(signature.className) else {
            throw ArgumentsError("the first call must be the constructor, \"\(signature.className)\"")
        }
        for (index, (name, args)) in zip(names, arguments).enumerated() {
            guard case .string(let called) = name else { throw ArgumentsError("call \(index + 1) is not a method's name") }
            let params: [Param]
            if index == 0 {
                params = signature.params
            } else if let method = signature.methods.first(where: { $0.name == called }) {
                params = method.params
            } else {
                throw ArgumentsError("call \(index + 1): '\(called)' is not a method of \(signature.className) (\(signature.methods.map(\.name).joined(separator: ", ")))")
            }
            guard case .array(let values) = args, values.count == params.count else {
                throw ArgumentsError("call \(index + 1) (\(called)) takes \(params.count) arguments (\(params.map(\.name).joined(separator: ", ")))")
            }
            for (value, param) in zip(values, params) {
                guard let type = ValueType(param.type), type.accepts(value) else {
                    throw ArgumentsError("call \(index + 1) (\(called)): argument '\(param.name)' = \(value.text.prefix(80)) is not a valid \(param.type)")
                }
            }
        }
        return pair
    }

    /// LeetCode's way of showing an input: `nums = [2,7,11,15], target = 9`; a design question's
    /// calls and arguments on two lines; a uint32 as its 32 bits.
    public static func display(_ json: String, signature: Signature) -> String {
        guard case .array(let values)? = try? JSONValue(parsing: json) else { return json }
        if signature.isDesign {
            return values.count == 2 ? values[0].text + "\n" + values[1].text : json
        }
        let inputs = signature.inputs
        guard values.count == inputs.count else { return json }
        return zip(inputs, values).map { param, value in
            if param.type == "uint32", case .int(let v) = value, let bits = UInt32(exactly: v) {
                let text = String(bits, radix: 2)
                return "\(param.name) = " + String(repeating: "0", count: 32 - text.count) + text
            }
            return "\(param.name) = \(value.text)"
        }.joined(separator: ", ")
    }
}

/// Why a JSON input does not fit a signature.
public struct ArgumentsError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
