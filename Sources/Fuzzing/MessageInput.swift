import Codec
import Model
import SandboxProtocol
import Wire

/// Every message type of the protocol: the first byte picks one, the rest is decoded as it.
enum MessageInput {
    static let decoders: [(name: String, decode: @Sendable ([UInt8]) -> Void)] = [
        decode(Frame.self), decode(Empty.self),
        decode(ListQuestionsRequest.self), decode(ListQuestionsResponse.self),
        decode(GetQuestionRequest.self), decode(QuestionDetail.self),
        decode(PutQuestionRequest.self), decode(PutQuestionResponse.self),
        decode(DeleteQuestionRequest.self),
        decode(SubmitRequest.self), decode(SubmitResponse.self),
        decode(GetRunRequest.self), decode(Run.self),
        decode(ListRunsRequest.self), decode(ListRunsResponse.self),
        decode(WorkerInfo.self), decode(ListWorkersResponse.self),
        decode(QueueStatsResponse.self), decode(HealthResponse.self),
        decode(RunnerJob.self), decode(RunnerResult.self),
    ]

    static func decode<M: WireMessage>(_ type: M.Type) -> (name: String, decode: @Sendable ([UInt8]) -> Void) {
        (M.wireDescriptor.name, { @Sendable bytes in
            if let message = try? M(wire: bytes) { RoundTrip.check(message) }
        })
    }

    /// The input that decodes `message`'s bytes as its own type.
    static func input<M: WireMessage>(_ message: M) -> [UInt8] {
        let index = decoders.firstIndex { $0.name == M.wireDescriptor.name }!
        return [UInt8(index)] + message.wireBytes()
    }

    static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        decoders[Int(first) % decoders.count].decode(Array(input.dropFirst()))
    }
}
