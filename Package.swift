// swift-tools-version:6.0
import PackageDescription

/// Strictness shared by every Swift target.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "clonecode",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "clonecode", targets: ["clonecode"]),
        .executable(name: "clonecode-api", targets: ["clonecode-api"]),
        .executable(name: "clonecode-runner", targets: ["clonecode-runner"]),
        .executable(name: "clonecode-worker", targets: ["clonecode-worker"]),
        .executable(name: "clonecode-web", targets: ["clonecode-web"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // C libraries, reached through pkg-config.
        .systemLibrary(name: "CHiredis", pkgConfig: "hiredis", providers: [.apt(["libhiredis-dev"])]),
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),
        .systemLibrary(name: "CProtobufC", pkgConfig: "libprotobuf-c", providers: [.apt(["libprotobuf-c-dev"])]),
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        // protoc-c's code for proto/ (scripts/gen-proto writes it).
        .target(name: "CCloneCodeProto", dependencies: ["CProtobufC"]),

        // The runner's process control in C: nothing of Swift runs between fork and exec.
        .target(name: "CRunner"),
        // Worker <-> runner messages; no Foundation, so the runner stays small.
        .target(name: "SandboxProtocol", dependencies: ["Codec", "CCloneCodeProto"], swiftSettings: strict),
        // The trusted runner inside every sandbox container.
        .executableTarget(name: "clonecode-runner", dependencies: ["CRunner", "SandboxProtocol"], swiftSettings: strict),

        // Secrets: password hashes (argon2id) and bearer tokens, over libsodium.
        .target(name: "Secrets", dependencies: ["CSodium"], swiftSettings: strict),

        // Racing work against a clock: one helper for every timeout.
        .target(name: "Timeout", swiftSettings: strict),

        // The domain: questions, runs, verdicts, languages, code stubs.
        .target(name: "Model", swiftSettings: strict),
        // The question bank on disk (questions/*/question.yaml + tests.json).
        .target(name: "Bank", dependencies: ["Model", "Yams"], swiftSettings: strict),
        // Safe Swift types over libprotobuf-c: any generated message, field by field.
        .target(name: "Codec", dependencies: ["CProtobufC"], swiftSettings: strict),
        // The wire: the protocol's frames and messages.
        .target(name: "Wire", dependencies: ["Model", "Codec", "CCloneCodeProto"], swiftSettings: strict),
        // TLS between hosts: the fleet's certificates, and a relay for clients without TLS (hiredis).
        .target(
            name: "TLS",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict
        ),
        // Framed RPC over byte streams: server, client, status codes.
        .target(
            name: "RPC",
            dependencies: [
                "Wire", "TLS", "Timeout",
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The Redis stores: questions, runs, the job queue, workers.
        .target(
            name: "Store",
            dependencies: [
                "Model", "CHiredis", "TLS",
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The Docker Engine API over its Unix socket (HTTP/1.1, attach streams).
        .target(
            name: "Docker",
            dependencies: [
                "Timeout",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // Sandboxes: long-lived runner containers, one per slot, replaced off the critical path.
        .target(
            name: "Sandbox",
            dependencies: ["Docker", "SandboxProtocol", "Timeout", .product(name: "Logging", package: "swift-log"), .product(name: "Metrics", package: "swift-metrics")],
            swiftSettings: strict
        ),
        // Judging: languages as data, building jobs, comparing answers, deciding verdicts.
        .target(name: "Judge", dependencies: ["Model", "SandboxProtocol"], swiftSettings: strict),
        // systemd: readiness and watchdog notifications, socket activation, journald logging.
        .target(
            name: "Systemd",
            dependencies: ["CSystemd", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        // Daemon settings: config files of `key = value` lines under command-line flags, secrets.
        .target(name: "Config", swiftSettings: strict),
        // What every daemon shares: start-up, then small services in a ServiceGroup; readiness,
        // watchdog, waiting for Redis, serving RPC, logging set-up.
        .target(
            name: "Daemon",
            dependencies: [
                "Config", "Systemd", "Store", "RPC", "Wire",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The API daemon's services and their composition.
        .target(
            name: "API",
            dependencies: [
                "Model", "Wire", "RPC", "Store", "Secrets", "Systemd", "Daemon", "Telemetry",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "clonecode-api",
            dependencies: ["API", "Config", "Daemon", "TLS", "Telemetry", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // The worker daemon's pieces: the job pool, judging a run, its status and drain.
        .target(
            name: "Worker",
            dependencies: [
                "Model", "Wire", "RPC", "Store", "Systemd", "Daemon", "Sandbox", "Judge", "Docker", "Telemetry",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "clonecode-worker",
            dependencies: ["Worker", "Config", "Daemon", "Telemetry", "Store", "RPC", "Model", "TLS", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // A small HTTP/1.1 server on SwiftNIO, for the web gateway and the metrics endpoints.
        .target(
            name: "HTTP",
            dependencies: [
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // Prometheus metrics: the registry swift-metrics reports to, served at /metrics.
        .target(
            name: "Telemetry",
            dependencies: [
                "HTTP", "Config",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The web page's gateway: HTTP on SwiftNIO, the page's JSON API over our RPC.
        .target(
            name: "Web",
            dependencies: [
                "Model", "Wire", "RPC", "Systemd", "Daemon", "TLS", "HTTP", "Telemetry",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "clonecode-web",
            dependencies: ["Web", "Config", "Daemon", "Telemetry", "RPC", "TLS", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Fuzz targets: every input the fleet takes from people and sandboxes, one function each.
        .target(
            name: "Fuzzing",
            dependencies: [
                "Codec", "Wire", "RPC", "SandboxProtocol", "Docker", "Bank", "HTTP", "Web",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The targets under libFuzzer (scripts/fuzz), or replaying files.
        .executableTarget(name: "clonecode-fuzz", dependencies: ["Fuzzing"], swiftSettings: strict),
        .executableTarget(
            name: "clonecode",
            dependencies: [
                "Model", "Wire", "RPC", "Bank", "TLS", "Judge",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),

        // Helpers shared by the test targets (not a test target itself).
        .target(
            name: "TestSupport",
            dependencies: [
                "Docker", "Model", "Store", "TLS", "RPC", "Wire", "Bank", "API", .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "WireTests", dependencies: ["Wire", "Model", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "RPCTests",
            dependencies: [
                "RPC", "Wire", "TestSupport", .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SandboxTests",
            dependencies: ["Docker", "Sandbox", "SandboxProtocol", "Judge", "Model", "TestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(name: "JudgeTests", dependencies: ["Judge", "Model", "SandboxProtocol"], swiftSettings: strict),
        .testTarget(name: "ModelTests", dependencies: ["Model", "Bank", "TestSupport"], swiftSettings: strict),
        // One test target per module, in process: real Redis, real dockerd, no daemons spawned.
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "Model", "TestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "APITests",
            dependencies: ["API", "RPC", "Wire", "Store", "Model", "Secrets", "TestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "HTTP", "RPC", "Store", "Model", "TestSupport",
                .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "FuzzingTests", dependencies: ["Fuzzing", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "DockerTests", dependencies: ["Docker", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SystemdTests", dependencies: ["Systemd", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "TimeoutTests", dependencies: ["Timeout"], swiftSettings: strict),
        .testTarget(
            name: "DaemonTests",
            dependencies: [
                "Daemon", "Systemd", "Store", "RPC", "Wire", "TestSupport",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TLSTests",
            dependencies: [
                "TLS", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict
        ),
        // The worker module (its suites named apart from IntegrationTests' WorkerTests).
        .testTarget(
            name: "WorkerModuleTests",
            dependencies: [
                "Worker", "Docker", "Sandbox", "Store", "RPC", "Wire", "Model", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
                // The cross-process scenarios: real daemons, the CLI, systemd, several hosts.
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["Model", "Wire", "RPC", "Store", "Systemd", "Config", "Bank", "Docker", "TLS", "TestSupport"],
            swiftSettings: strict
        ),
    ]
)
