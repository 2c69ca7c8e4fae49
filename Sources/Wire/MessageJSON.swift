/// A message with a JSON form: an object keyed by the proto's field names (snake_case), every field
/// present, absent enums null, absent messages as their empty form. scripts/gen-proto generates
/// `encodeJSON` from proto/; it is what `clonecode --json` prints and what the web page reads.
public protocol JSONMessage: Encodable {
    /// Writes the message's JSON object.
    func encodeJSON(to encoder: any Encoder) throws
}

extension JSONMessage {
    public func encode(to encoder: any Encoder) throws { try encodeJSON(to: encoder) }
}

/// The JSON form of a message inside another one: the proto's form even for a type declared by hand
/// with a Codable of its own (a question's signature is YAML in the bank).
public struct MessageJSON<Message: JSONMessage>: Encodable {
    let message: Message

    public init(_ message: Message) { self.message = message }

    public func encode(to encoder: any Encoder) throws { try message.encodeJSON(to: encoder) }
}

/// A JSON key named by a proto field.
public struct JSONKey: CodingKey, ExpressibleByStringLiteral {
    public var stringValue: String
    public var intValue: Int? { nil }

    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
    public init(stringLiteral value: String) { stringValue = value }
}
