// The only place where Swift touches protobuf-c's memory. Messages are built field by field through
// the generated descriptors (field number -> offset and type), packed by libprotobuf-c, and read back
// from protobuf_c_message_unpack's result the same way.

internal import CProtobufC
#if canImport(Glibc)
import Glibc
#endif

/// A protobuf-c message type, known by its generated descriptor.
public struct MessageDescriptor: @unchecked Sendable {
    // The descriptors are immutable statics of the generated C code.
    let pointer: UnsafePointer<ProtobufCMessageDescriptor>

    /// The descriptor of the C message type `M`, found through its generated `_init` function.
    public init<M>(_ type: M.Type, _ initialize: (UnsafeMutablePointer<M>) -> Void) {
        let storage = UnsafeMutablePointer<M>.allocate(capacity: 1)
        defer { storage.deallocate() }
        initialize(storage)
        pointer = UnsafeRawPointer(storage).load(as: ProtobufCMessage.self).descriptor
    }

    /// The full protobuf name, e.g. "clonecode.v1.Frame".
    public var name: String { String(cString: pointer.pointee.name) }

    func field(_ id: UInt32) -> UnsafePointer<ProtobufCFieldDescriptor> {
        guard let field = protobuf_c_message_descriptor_get_field(pointer, UInt32(id)) else {
            preconditionFailure("\(name) has no field \(id)")
        }
        return field
    }
}

/// Allocations made while building one message; all freed together after packing.
final class Arena {
    private var blocks: [UnsafeMutableRawPointer] = []

    func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let block = calloc(1, max(size, 1))!
        blocks.append(block)
        return block
    }

    func string(_ text: String) -> UnsafeMutablePointer<CChar> {
        let utf8 = Array(text.utf8)
        let block = allocate(utf8.count + 1).bindMemory(to: CChar.self, capacity: utf8.count + 1)
        utf8.withUnsafeBufferPointer { source in
            UnsafeMutableRawPointer(block).copyMemory(from: source.baseAddress!, byteCount: utf8.count)
        }
        return block
    }

    deinit { blocks.forEach { free($0) } }
}

/// Writes the fields of one message under construction. Valid only inside `WireMessage.wireBytes()`.
public struct ProtoWriter {
    let arena: Arena
    let base: UnsafeMutableRawPointer
    let descriptor: MessageDescriptor

    private func slot(_ id: UInt32, _ types: Set<UInt32>) -> (UnsafeMutableRawPointer, ProtobufCFieldDescriptor) {
        let field = descriptor.field(id).pointee
        precondition(types.contains(field.type.rawValue), "\(descriptor.name) field \(id): wrong Swift type")
        return (base + Int(field.offset), field)
    }

    /// Sets an integer, enum or bool field.
    public func set(_ id: UInt32, _ value: some BinaryInteger) {
        let field = descriptor.field(id).pointee
        let at = base + Int(field.offset)
        switch field.type {
        case PROTOBUF_C_TYPE_INT32, PROTOBUF_C_TYPE_SINT32, PROTOBUF_C_TYPE_SFIXED32, PROTOBUF_C_TYPE_ENUM,
            PROTOBUF_C_TYPE_BOOL:
            at.storeBytes(of: Int32(truncatingIfNeeded: value), as: Int32.self)
        case PROTOBUF_C_TYPE_UINT32, PROTOBUF_C_TYPE_FIXED32:
            at.storeBytes(of: UInt32(clamping: value), as: UInt32.self)
        case PROTOBUF_C_TYPE_INT64, PROTOBUF_C_TYPE_SINT64, PROTOBUF_C_TYPE_SFIXED64:
            at.storeBytes(of: Int64(truncatingIfNeeded: value), as: Int64.self)
        case PROTOBUF_C_TYPE_UINT64, PROTOBUF_C_TYPE_FIXED64:
            at.storeBytes(of: UInt64(clamping: value), as: UInt64.self)
        default:
            preconditionFailure("\(descriptor.name) field \(id) is not an integer")
        }
    }

    public func set(_ id: UInt32, _ value: Bool) { set(id, value ? 1 : 0) }

    public func set(_ id: UInt32, _ value: Double) {
        let (at, _) = slot(id, [PROTOBUF_C_TYPE_DOUBLE.rawValue])
        at.storeBytes(of: value, as: Double.self)
    }

    public func set(_ id: UInt32, _ value: String) {
        let (at, _) = slot(id, [PROTOBUF_C_TYPE_STRING.rawValue])
        at.storeBytes(of: arena.string(value), as: UnsafeMutablePointer<CChar>.self)
    }

    public func set(_ id: UInt32, bytes: [UInt8]) {
        let (at, _) = slot(id, [PROTOBUF_C_TYPE_BYTES.rawValue])
        let data = arena.allocate(bytes.count)
        bytes.withUnsafeBytes { data.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        at.storeBytes(of: ProtobufCBinaryData(len: bytes.count, data: data.assumingMemoryBound(to: UInt8.self)),
                      as: ProtobufCBinaryData.self)
    }

    public func set<M: WireMessage>(_ id: UInt32, _ value: M?) {
        guard let value else { return }
        let (at, field) = slot(id, [PROTOBUF_C_TYPE_MESSAGE.rawValue])
        at.storeBytes(of: build(value, expected: field), as: UnsafeMutableRawPointer.self)
    }

    public func set(_ id: UInt32, _ values: [String]) {
        let (at, field) = slot(id, [PROTOBUF_C_TYPE_STRING.rawValue])
        let array = arena.allocate(values.count * MemoryLayout<UnsafeMutablePointer<CChar>>.stride)
        for (i, value) in values.enumerated() {
            array.storeBytes(of: arena.string(value), toByteOffset: i * MemoryLayout<UnsafeMutablePointer<CChar>>.stride,
                             as: UnsafeMutablePointer<CChar>.self)
        }
        (base + Int(field.quantifier_offset)).storeBytes(of: values.count, as: Int.self)
        at.storeBytes(of: array, as: UnsafeMutableRawPointer.self)
    }

    public func set(_ id: UInt32, bytes values: [[UInt8]]) {
        let (at, field) = slot(id, [PROTOBUF_C_TYPE_BYTES.rawValue])
        let stride = MemoryLayout<ProtobufCBinaryData>.stride
        let array = arena.allocate(values.count * stride)
        for (i, bytes) in values.enumerated() {
            let data = arena.allocate(bytes.count)
            bytes.withUnsafeBytes { if let from = $0.baseAddress { data.copyMemory(from: from, byteCount: bytes.count) } }
            array.storeBytes(of: ProtobufCBinaryData(len: bytes.count, data: data.assumingMemoryBound(to: UInt8.self)),
                             toByteOffset: i * stride, as: ProtobufCBinaryData.self)
        }
        (base + Int(field.quantifier_offset)).storeBytes(of: values.count, as: Int.self)
        at.storeBytes(of: array, as: UnsafeMutableRawPointer.self)
    }

    public func set<M: WireMessage>(_ id: UInt32, _ values: [M]) {
        let (at, field) = slot(id, [PROTOBUF_C_TYPE_MESSAGE.rawValue])
        let array = arena.allocate(values.count * MemoryLayout<UnsafeMutableRawPointer>.stride)
        for (i, value) in values.enumerated() {
            array.storeBytes(of: build(value, expected: field), toByteOffset: i * MemoryLayout<UnsafeMutableRawPointer>.stride,
                             as: UnsafeMutableRawPointer.self)
        }
        (base + Int(field.quantifier_offset)).storeBytes(of: values.count, as: Int.self)
        at.storeBytes(of: array, as: UnsafeMutableRawPointer.self)
    }

    private func build<M: WireMessage>(_ value: M, expected field: ProtobufCFieldDescriptor) -> UnsafeMutableRawPointer {
        precondition(UnsafeRawPointer(M.wireDescriptor.pointer) == field.descriptor, "\(descriptor.name): wrong message type")
        return ProtoWriter.build(value, in: arena)
    }

    static func build<M: WireMessage>(_ value: M, in arena: Arena) -> UnsafeMutableRawPointer {
        let descriptor = M.wireDescriptor
        let message = arena.allocate(descriptor.pointer.pointee.sizeof_message)
        descriptor.pointer.pointee.message_init(message.assumingMemoryBound(to: ProtobufCMessage.self))
        value.write(to: ProtoWriter(arena: arena, base: message, descriptor: descriptor))
        return message
    }
}

/// Reads the fields of one unpacked message. Valid only inside `WireMessage.init(reader:)`.
public struct ProtoReader {
    let base: UnsafeRawPointer
    let descriptor: MessageDescriptor

    private func slot(_ id: UInt32) -> (UnsafeRawPointer, ProtobufCFieldDescriptor) {
        let field = descriptor.field(id).pointee
        return (base + Int(field.offset), field)
    }

    /// An integer, enum or bool field, widened to Int64 (uint64 values above Int64.max are clamped).
    public func int(_ id: UInt32) -> Int64 {
        let (at, field) = slot(id)
        switch field.type {
        case PROTOBUF_C_TYPE_INT32, PROTOBUF_C_TYPE_SINT32, PROTOBUF_C_TYPE_SFIXED32, PROTOBUF_C_TYPE_ENUM,
            PROTOBUF_C_TYPE_BOOL:
            return Int64(at.loadUnaligned(as: Int32.self))
        case PROTOBUF_C_TYPE_UINT32, PROTOBUF_C_TYPE_FIXED32:
            return Int64(at.loadUnaligned(as: UInt32.self))
        case PROTOBUF_C_TYPE_INT64, PROTOBUF_C_TYPE_SINT64, PROTOBUF_C_TYPE_SFIXED64:
            return at.loadUnaligned(as: Int64.self)
        case PROTOBUF_C_TYPE_UINT64, PROTOBUF_C_TYPE_FIXED64:
            return Int64(clamping: at.loadUnaligned(as: UInt64.self))
        default:
            preconditionFailure("\(descriptor.name) field \(id) is not an integer")
        }
    }

    /// An unsigned 64-bit field, unclamped.
    public func uint64(_ id: UInt32) -> UInt64 {
        let (at, field) = slot(id)
        precondition(field.type == PROTOBUF_C_TYPE_UINT64 || field.type == PROTOBUF_C_TYPE_FIXED64)
        return at.loadUnaligned(as: UInt64.self)
    }

    /// An integer field as Int.
    public func integer(_ id: UInt32) -> Int { Int(clamping: int(id)) }

    public func bool(_ id: UInt32) -> Bool { int(id) != 0 }

    public func double(_ id: UInt32) -> Double {
        let (at, field) = slot(id)
        precondition(field.type == PROTOBUF_C_TYPE_DOUBLE)
        return at.loadUnaligned(as: Double.self)
    }

    public func string(_ id: UInt32) -> String {
        let (at, field) = slot(id)
        precondition(field.type == PROTOBUF_C_TYPE_STRING)
        guard let text = at.loadUnaligned(as: UnsafePointer<CChar>?.self) else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: text, count: strlen(text)), as: UTF8.self)
    }

    public func bytes(_ id: UInt32) -> [UInt8] {
        let (at, field) = slot(id)
        precondition(field.type == PROTOBUF_C_TYPE_BYTES)
        let data = at.loadUnaligned(as: ProtobufCBinaryData.self)
        guard let start = data.data, data.len > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: start, count: data.len))
    }

    public func message<M: WireMessage>(_ id: UInt32, as type: M.Type = M.self) throws -> M? {
        let (at, field) = slot(id)
        precondition(field.type == PROTOBUF_C_TYPE_MESSAGE)
        guard let sub = at.loadUnaligned(as: UnsafeRawPointer?.self) else { return nil }
        return try M(reader: ProtoReader(base: sub, descriptor: M.wireDescriptor))
    }

    public func strings(_ id: UInt32) -> [String] {
        let (at, field) = slot(id)
        precondition(field.type == PROTOBUF_C_TYPE_STRING && field.label == PROTOBUF_C_LABEL_REPEATED)
        let count = (base + Int(field.quantifier_offset)).loadUnaligned(as: Int.self)
        guard count > 0, let array = at.loadUnaligned(as: UnsafePointer<UnsafePointer<CChar>>?.self) else { return [] }
        return (0..<count).map { String(cString: array[$0]) }
    }

    public func bytesList(_ id: UInt32) -> [[UInt8]] {
        let (at, field) = slot(id)
        precondition(field.type == PROTOBUF_C_TYPE_BYTES && field.label == PROTOBUF_C_LABEL_REPEATED)
        let count = (base + Int(field.quantifier_offset)).loadUnaligned(as: Int.self)
        guard count > 0, let array = at.loadUnaligned(as: UnsafePointer<ProtobufCBinaryData>?.self) else { return [] }
        return (0..<count).map { i in
            guard let start = array[i].data, array[i].len > 0 else { return [] }
            return Array(UnsafeBufferPointer(start: start, count: array[i].len))
        }
    }

    /// A message field that must be present; throws `WireError.malformed` when it is absent.
    public func requiredMessage<M: WireMessage>(_ id: UInt32, as type: M.Type = M.self) throws -> M {
        guard let value = try message(id, as: M.self) else { throw malformed(id, "is missing") }
        return value
    }

    /// An enum field; throws `WireError.malformed` for a number the Swift enum does not know.
    public func enumValue<E: WireEnum>(_ id: UInt32, as type: E.Type = E.self) throws -> E {
        guard let value = E(wireValue: integer(id)) else { throw malformed(id, "\(integer(id)) is not a \(E.self)") }
        return value
    }

    /// An enum field whose 0 (`*_UNSPECIFIED`) means none.
    public func optionalEnum<E: WireEnum>(_ id: UInt32, as type: E.Type = E.self) throws -> E? {
        integer(id) == 0 ? nil : try enumValue(id, as: E.self)
    }

    /// A string field holding the raw value of a Swift enum; throws `WireError.malformed` for any other.
    public func raw<T: RawRepresentable>(_ id: UInt32, as type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: string(id)) else { throw malformed(id, "'\(string(id))' is not a \(T.self)") }
        return value
    }

    private func malformed(_ id: UInt32, _ problem: String) -> WireError {
        .malformed("\(descriptor.name).\(String(cString: descriptor.field(id).pointee.name)) \(problem)")
    }

    public func messages<M: WireMessage>(_ id: UInt32, as type: M.Type = M.self) throws -> [M] {
        let (at, field) = slot(id)
        precondition(field.type == PROTOBUF_C_TYPE_MESSAGE && field.label == PROTOBUF_C_LABEL_REPEATED)
        let count = (base + Int(field.quantifier_offset)).loadUnaligned(as: Int.self)
        guard count > 0, let array = at.loadUnaligned(as: UnsafePointer<UnsafeRawPointer>?.self) else { return [] }
        return try (0..<count).map { try M(reader: ProtoReader(base: array[$0], descriptor: M.wireDescriptor)) }
    }
}

enum ProtoCodec {
    static func pack<M: WireMessage>(_ value: M) -> [UInt8] {
        let arena = Arena()
        let message = ProtoWriter.build(value, in: arena).assumingMemoryBound(to: ProtobufCMessage.self)
        let size = protobuf_c_message_get_packed_size(message)
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = protobuf_c_message_pack(message, buffer.baseAddress!)
        }
    }

    static func unpack<M: WireMessage>(_ bytes: some Collection<UInt8>, as type: M.Type) throws -> M {
        let descriptor = M.wireDescriptor
        let copy = Array(bytes)
        let message = copy.withUnsafeBufferPointer { buffer in
            protobuf_c_message_unpack(descriptor.pointer, nil, buffer.count, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
        }
        guard let message else { throw WireError.malformed("not a valid \(descriptor.name)") }
        defer { protobuf_c_message_free_unpacked(message, nil) }
        return try M(reader: ProtoReader(base: UnsafeRawPointer(message), descriptor: descriptor))
    }
}
