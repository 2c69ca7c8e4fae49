import CoreMetrics
import HTTP
public import Logging
import NIOCore
import Prometheus
public import ServiceLifecycle

/// A daemon's Prometheus metrics at `GET /metrics` (text exposition format 0.0.4) on a TCP address.
///
/// `bind` bootstraps swift-metrics with a Prometheus registry, so every `Counter`, `Timer`,
/// `Gauge` and `Meter` the process makes afterwards is reported: call it once per process, before
/// the daemon's first metric (swift-metrics allows one bootstrap). A process that never binds one
/// reports nothing (swift-metrics' no-op default). `refresh` runs before each scrape, for gauges
/// read from elsewhere (the queue's length); scrapes may run concurrently.
public struct MetricsEndpoint: Service {
    let serving: HTTPServing
    /// The port bound (the one asked for, or the one the kernel chose for 0).
    public let port: Int

    /// Durations from a millisecond to a minute: RPC calls, judging, submission to verdict.
    static let buckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
        .seconds(10), .seconds(30), .seconds(60),
    ]

    init(serving: HTTPServing, port: Int) {
        self.serving = serving
        self.port = port
    }

    /// Binds `address` and makes the process report its metrics there.
    public static func bind(_ address: MetricsAddress, logger: Logger,
                            refresh: @escaping @Sendable () async -> Void = {}) async throws -> MetricsEndpoint {
        let listener = try await HTTPServer.listen(host: address.host, port: address.port)
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = buckets
        MetricsSystem.bootstrap(factory)
        let server = HTTPServer(maxBody: 0, logger: logger) { request in
            guard request.path == "/metrics" else { return HTTPAnswer(status: .notFound, body: Array("only /metrics is here\n".utf8)) }
            guard request.method == .GET || request.method == .HEAD else {
                return HTTPAnswer(status: .methodNotAllowed, headers: [("Allow", "GET, HEAD")], body: Array("/metrics answers GET\n".utf8))
            }
            await refresh()
            var text: [UInt8] = []
            registry.emit(into: &text)
            return HTTPAnswer(status: .ok, headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")], body: text)
        }
        logger.info("metrics at http://\(address)/metrics")
        return MetricsEndpoint(serving: HTTPServing(server, on: listener), port: listener.channel.localAddress?.port ?? address.port)
    }

    public func run() async {
        await serving.run()
    }
}
