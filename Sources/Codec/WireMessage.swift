/// A message of the CloneCode protocol (proto/clonecode/v1/clonecode.proto), encoded by libprotobuf-c.
///
/// Conforming types describe how their fields map onto field numbers (scripts/gen-proto generates that
/// from proto/); the bytes themselves are always produced and parsed by libprotobuf-c.
public protocol WireMessage: Sendable {
    /// The generated protobuf-c descriptor of the message type.
    static var wireDescriptor: MessageDescriptor { get }
    /// Reads the fields of an unpacked message.
    init(reader: ProtoReader) throws
    /// Writes the fields into a message being packed.
    func write(to writer: ProtoWriter)
}

extension WireMessage {
    /// Decodes protobuf bytes; throws `WireError.malformed` for bytes that are not this message.
    public init(wire bytes: some Collection<UInt8>) throws {
        self = try ProtoCodec.unpack(bytes, as: Self.self)
    }

    /// Encodes to protobuf bytes.
    public func wireBytes() -> [UInt8] { ProtoCodec.pack(self) }
}

/// A Swift enum carried as a proto enum: its cases and their numbers.
public protocol WireEnum: Sendable {
    /// The case of a proto enum number, or nil for a number the enum does not have.
    init?(wireValue: Int)
    /// The proto enum number of the case.
    var wireValue: Int { get }
}

/// Decoding failures.
public enum WireError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not a valid encoding of the expected message, or a field holds a value out of range.
    case malformed(String)

    public var description: String {
        switch self {
        case .malformed(let why): why
        }
    }
}
