import ArgumentParser
import Foundation
import RPC
import TLS
import Wire

/// Options every command that talks to the API daemon takes.
struct ServerOptions: ParsableArguments {
    static let defaultSocket = "unix:/run/clonecode/api.sock"

    @Option(name: .long, help: "unix:PATH, tcp://HOST:PORT or tls://HOST:PORT (default: $CLONECODE_SERVER, else \(defaultSocket)).")
    var server: String?

    @Option(help: "A file holding the client token, sent with every call (default: $CLONECODE_TOKEN_FILE).")
    var tokenFile: String?

    @Option(help: "The file holding your session or a personal token (default: $CLONECODE_SESSION_FILE, else ~/.config/clonecode/session).")
    var sessionFile: String?

    @Option(help: "The fleet's CA certificate, to check a tls:// server (default: $CLONECODE_TLS_CA_FILE).")
    var tlsCaFile: String?

    @Option(help: "This client's certificate, for servers that check clients (default: $CLONECODE_TLS_CERT_FILE).")
    var tlsCertFile: String?

    @Option(help: "The key of --tls-cert-file (default: $CLONECODE_TLS_KEY_FILE).")
    var tlsKeyFile: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Show long inputs, outputs and printed text whole instead of their start and end.")
    var full = false

    var endpoint: Endpoint {
        get throws {
            let text = server ?? ProcessInfo.processInfo.environment["CLONECODE_SERVER"] ?? Self.defaultSocket
            guard let endpoint = Endpoint(text) else {
                throw CLIError("'\(text)' is not a server address: use unix:PATH or tcp://HOST:PORT")
            }
            return endpoint
        }
    }

    /// Where the signed-in person's token is kept.
    var session: SessionFile { SessionFile(sessionFile) }

    /// Connects, sending `token` (else the client token) and the stored session with every call.
    func connect(token: String? = nil, signedIn: Bool = true) async throws -> RPCClient {
        let environment = ProcessInfo.processInfo.environment
        let tokenPath = tokenFile ?? environment["CLONECODE_TOKEN_FILE"]
        let sent = try token ?? tokenPath.map { try readSecret($0) } ?? ""
        let tls: TLSFiles?
        do {
            tls = try TLSFiles.configured(ca: tlsCaFile ?? environment["CLONECODE_TLS_CA_FILE"],
                                          certificate: tlsCertFile ?? environment["CLONECODE_TLS_CERT_FILE"],
                                          key: tlsKeyFile ?? environment["CLONECODE_TLS_KEY_FILE"])
        } catch { throw CLIError("\(error)") }
        return try await RPCClient.connect(to: try endpoint, authToken: sent, userToken: signedIn ? session.read() : "", tls: tls)
    }

    /// Connects, makes one call and closes the connection.
    func call<Request, Response>(_ method: UnaryMethod<Request, Response>, _ request: Request) async throws -> Response {
        let client = try await connect()
        defer { client.close() }
        return try await client.call(method, request)
    }
}

/// The first line of a file holding a token.
func readSecret(_ path: String) throws -> String {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError("cannot read \(path)") }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
}
