/// The inputs the fleet reads from people and programs it does not trust, each as a fuzz target.
///
/// `run` must return for every input, without a crash, a hang or an allocation beyond what the
/// input's own limits allow; libFuzzer (scripts/fuzz) and the corpus replay in the tests hold it
/// to that. Each call is independent; `run` may be called from one thread at a time.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// RPC frames as clonecode-api and clients read them from a connection.
    case frame
    /// Every message of the protocol decoded from bytes; the first byte picks the message type.
    case message
    /// A runner container's attach stream as a worker reads it: the Engine's answer, its
    /// multiplexed frames, and the runner's results inside.
    case attach
    /// Jobs as the runner reads them on its standard input.
    case runner
    /// A question.yaml and its tests.json (separated by a NUL byte), as the question bank loads them.
    case question
    /// HTTP requests as clonecode-web reads them, through its routes (with no API behind it).
    case http

    /// Runs one input through the target.
    public func run(_ input: [UInt8]) {
        switch self {
        case .frame: FrameInput.run(input)
        case .message: MessageInput.run(input)
        case .attach: AttachInput.run(input)
        case .runner: RunnerInput.run(input)
        case .question: QuestionInput.run(input)
        case .http: HTTPInput.run(input)
        }
    }
}
