import ArgumentParser
import Foundation
import RPC

/// Options every command that talks to the API daemon takes.
struct ServerOptions: ParsableArguments {
    static let defaultSocket = "unix:/run/clonecode/api.sock"

    @Option(name: .long, help: "unix:PATH or tcp://HOST:PORT (default: $CLONECODE_SERVER, else \(defaultSocket)).")
    var server: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    var endpoint: Endpoint {
        get throws {
            let text = server ?? ProcessInfo.processInfo.environment["CLONECODE_SERVER"] ?? Self.defaultSocket
            guard let endpoint = Endpoint(text) else {
                throw CLIError("'\(text)' is not a server address: use unix:PATH or tcp://HOST:PORT")
            }
            return endpoint
        }
    }

    /// Connects, sending `token` with every call.
    func connect(token: String = "") async throws -> RPCClient {
        try await RPCClient.connect(to: try endpoint, authToken: token)
    }
}
