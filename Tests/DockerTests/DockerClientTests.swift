import Docker
import Foundation
import TestSupport
import Testing

/// The Docker Engine client against the real dockerd: requests, errors, and a container's attach
/// stream carrying length-prefixed messages one way and the other, stderr apart.
@Suite(.serialized) struct DockerClientTests {
    static let image = "clonecode-runner:r4"
    static let worker = "docker-client-tests"
    let docker = DockerClient()

    init() async throws {
        // Each test asks once: the Engine may be slow to answer a first ping under load.
        for _ in 0..<50 {
            if await docker.ping() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("dockerd does not answer at \(docker.socketPath): run scripts/start-docker")
    }

    /// Creates a container of the runner image running `script` under sh, labelled as this suite's.
    func create(_ script: String) async throws -> String {
        try await docker.createContainer([
            "Image": Self.image, "Entrypoint": ["/bin/sh", "-c", script], "Cmd": [String](),
            "OpenStdin": true, "StdinOnce": false, "Tty": false, "AttachStdin": true, "AttachStdout": true, "AttachStderr": true,
            "Labels": ["org.clonecode.worker": Self.worker],
            "HostConfig": ["NetworkMode": "none"],
        ])
    }

    @Test func theEngineAnswersWithJSONAndItsErrorsAreMessages() async throws {
        let version = try await docker.expect(.GET, "/version")
        #expect(version.status == 200)
        #expect(((version.json as? [String: Any])?["ApiVersion"] as? String)?.isEmpty == false)
        let missing = try await docker.request(.GET, "/containers/no-such-container-here/json")
        #expect(missing.status == 404 && missing.message.contains("no-such-container-here"))
        let error = await #expect(throws: DockerError.self) {
            try await docker.expect(.GET, "/containers/no-such-container-here/json")
        }
        #expect(error?.description.contains("404") == true)
        #expect(try await docker.hasImage(Self.image), "the runner image is built (scripts/build-images)")
        #expect(try await !docker.hasImage("clonecode-runner:no-such-tag"))
        await #expect(throws: DockerError.self) { try await docker.createContainer(["Image": "clonecode-runner:no-such-tag"]) }
    }

    /// dockerd answers a GET as soon as its head arrives and closes the connection: a request written
    /// in parts could find the connection closed before its last part (seen under load as "I/O on
    /// closed channel" on a worker's first requests). Many requests at once, each must be answered.
    @Test func everyRequestOfManyAtOnceIsAnswered() async throws {
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<400 {
                group.addTask {
                    try await docker.request(.GET, index.isMultiple(of: 2) ? "/_ping" : "/images/\(Self.image)/json").status
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.count == 400 && statuses.allSatisfy { $0 == 200 })
    }

    /// open returns only once the Engine has taken the attach, so a refusal is its error.
    @Test func anAttachTheEngineRefusesIsAnErrorOfOpen() async throws {
        let error = await #expect(throws: DockerError.self) {
            try await AttachStream.open(docker, container: "no-such-container-here", maxMessage: 1024)
        }
        #expect(error?.description.contains("attach refused") == true && error?.description.contains("404") == true)
    }

    @Test func anEngineThatIsNotThereIsAnErrorNamingTheSocket() async throws {
        let nowhere = DockerClient(socketPath: "/tmp/no-dockerd-\(UUID().uuidString.prefix(6)).sock")
        #expect(await !nowhere.ping())
        let error = await #expect(throws: DockerError.self) { try await nowhere.request(.GET, "/version") }
        #expect(error?.description.contains("cannot reach the Docker Engine at /tmp/no-dockerd-") == true)
    }

    @Test func aContainerIsCreatedFoundByItsLabelStartedAndRemoved() async throws {
        defer { Containers.removeNow(workers: [Self.worker]) }
        let id = try await create("sleep 30")
        #expect(try await docker.containers(label: "org.clonecode.worker", value: Self.worker).contains(id))
        #expect(try await docker.containers(label: "org.clonecode.worker", value: "nobody-\(id.prefix(6))").isEmpty)
        try await docker.startContainer(id)
        let inspected = try await docker.expect(.GET, "/containers/\(id)/json")
        let state = (inspected.json as? [String: Any])?["State"] as? [String: Any]
        #expect(state?["Running"] as? Bool == true)
        try await docker.removeContainer(id)
        #expect(try await docker.request(.GET, "/containers/\(id)/json").status == 404)
        // Removing it again is not an error: a janitor may race a slot's own removal.
        try await docker.removeContainer(id)
        await #expect(throws: DockerError.self) { try await docker.startContainer(id) }
    }

    @Test func theAttachStreamCarriesMessagesBothWaysAndStderrApart() async throws {
        defer { Containers.removeNow(workers: [Self.worker]) }
        let id = try await create("echo greeting >&2; exec cat")
        let attach = try await AttachStream.open(docker, container: id, maxMessage: 1 << 20)
        try await docker.startContainer(id)
        var events = attach.stream.makeAsyncIterator()
        guard case .stderr(let greeting)? = try await events.next() else { Issue.record("no stderr first"); return }
        #expect(String(decoding: greeting, as: UTF8.self) == "greeting\n")
        // cat echoes each length-prefixed message: the decoder must split them again, whatever the
        // Engine's framing of the bytes.
        let messages: [[UInt8]] = [Array("hello".utf8), [], Array(repeating: 7, count: 200_000), [0, 0, 0, 1]]
        for message in messages { try await attach.send(message) }
        for message in messages {
            guard case .message(let echoed)? = try await events.next() else { Issue.record("no message"); return }
            #expect(echoed == message)
        }
        await attach.close()
        try await docker.removeContainer(id)
    }

    @Test func aMessageOverTheLimitEndsTheStreamWithAnError() async throws {
        defer { Containers.removeNow(workers: [Self.worker]) }
        let id = try await create("exec cat")
        let attach = try await AttachStream.open(docker, container: id, maxMessage: 16)
        try await docker.startContainer(id)
        try await attach.send(Array(repeating: 1, count: 17))
        let error = await #expect(throws: (any Error).self) {
            for try await _ in attach.stream {}
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("17 bytes"))
        await attach.close()
    }
}
