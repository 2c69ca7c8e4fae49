import SandboxProtocol

/// The runner's standard input: jobs read one after another until the input ends or is not a job.
enum RunnerInput {
    static func run(_ input: [UInt8]) {
        var offset = 0
        let read: (Int) -> [UInt8]? = { count in
            guard count <= input.count - offset else { return nil }
            defer { offset += count }
            return Array(input[offset..<offset + count])
        }
        while let job = try? RunnerFraming.read(RunnerJob.self, from: read) {
            RoundTrip.check(job)
        }
    }
}
