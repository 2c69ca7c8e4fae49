import Daemon
import HTTP
import Foundation
public import Logging
import NIOCore
import RPC
import ServiceLifecycle
import Systemd
public import Telemetry
import Wire

/// clonecode-web: binds its port (or takes systemd's socket) and waits for clonecode-api, then runs
/// as small services (watchdog, HTTP server, readiness) until a graceful stop.
public struct WebDaemon: Sendable {
    let gateway: Gateway
    let host: String
    let port: Int
    let metrics: MetricsAddress?
    let logger: Logger
    let notifier = SystemdNotifier()

    public init(gateway: Gateway, host: String, port: Int, metrics: MetricsAddress? = nil, logger: Logger) {
        self.gateway = gateway
        self.metrics = metrics
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// Runs until SIGTERM or SIGINT.
    public func run() async throws {
        try await Daemon.run(logger: logger) {
            var metrics: MetricsEndpoint?
            if let address = self.metrics { metrics = try await MetricsEndpoint.bind(address, logger: logger) }
            let passed = ListenFDs.take()
            let listener = if let socket = passed.first {
                try await HTTPServer.adopt(descriptor: socket.descriptor)
            } else {
                try await HTTPServer.listen(host: host, port: port)
            }
            let bound = listener.channel.localAddress?.port ?? port
            // Ready once the API answers: the page is useless without it.
            do {
                while (try? await gateway.api.call(Method.Health.check, Empty())) == nil {
                    notifier.status("waiting for clonecode-api at \(gateway.api.endpoint)")
                    try await Task.sleep(for: .milliseconds(250))
                }
            } catch {
                listener.channel.close(promise: nil)
                throw error
            }
            let server = HTTPServer(maxBody: 256 * 1024, logger: logger) { await gateway.handle($0) }
            let url = "http://\(host):\(bound)/"
            return [
                .init(service: Watchdog(notifier: notifier, logger: logger) { Watchdog.Probe(alive: Self.selfCheck(port: bound)) }),
                .init(service: HTTPServing(server, on: listener)),
            ] + (metrics.map { [.init(service: $0)] } ?? []) + [
                .init(service: SystemdReadiness(status: "serving \(url)", stopping: "stopping", logger: logger)),
            ]
        }
        logger.info("stopped")
    }

    /// True when this daemon answers an HTTP request on its own port.
    static func selfCheck(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return false }
        let request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = recv(fd, &buffer, buffer.count, 0)
        return n > 12 && String(decoding: buffer[0..<n], as: UTF8.self).hasPrefix("HTTP/1.1 200")
    }
}
