import Codec

/// What every decoded message must allow: encoded again, it decodes, and encodes to the same bytes.
enum RoundTrip {
    static func check<M: WireMessage>(_ message: M) {
        let bytes = message.wireBytes()
        guard let again = try? M(wire: bytes) else {
            preconditionFailure("\(M.wireDescriptor.name): a decoded message, encoded again, does not decode")
        }
        precondition(again.wireBytes() == bytes, "\(M.wireDescriptor.name): encoding is not stable")
    }
}
