package import Logging
package import ServiceLifecycle
package import Store

/// How long a job queued now would wait, from the job stream sampled four times a second: the
/// fleet's judging rate (jobs finished per second while the queue was not empty, over the last
/// 30 s busy or the last busy spell before them) and the queue's length. Submit refuses a run that would wait longer than `maxWait`, saying when to
/// try again, so that a burst far above the fleet's rate neither fills the queue nor leaves it
/// minutes long once the burst ends.
///
/// Until the fleet has first been seen busy for `minimumBusy`, the rate is unknown and only the
/// queue's count bound (`max-queue-depth`) applies. The samples are the stream's, so several API daemons
/// see the same rate.
package actor QueueWatch: Service {
    struct Sample {
        var at: ContinuousClock.Instant
        var finished: Int
        var length: Int
    }

    let runs: RunStore
    let maxWait: Duration
    let window: Duration = .seconds(30)
    let minimumBusy: Duration = .milliseconds(500)
    let interval: Duration = .milliseconds(250)
    let logger: Logger
    private var samples: [Sample] = []
    /// Runs admitted since the last sample, not yet in its length.
    private var admittedSince = 0
    /// The rate of the last busy spell, for when the window holds none.
    private var lastRate: Double?

    package init(runs: RunStore, maxWait: Duration, logger: Logger) {
        self.runs = runs
        self.maxWait = maxWait
        self.logger = logger
    }

    package func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.sample()
                try? await Task.sleep(for: self.interval)
            }
        }
    }

    func sample() async {
        guard let progress = try? await runs.streamProgress() else { return }
        let now = ContinuousClock.now
        samples.append(Sample(at: now, finished: progress.added - progress.length, length: progress.length))
        samples.removeAll { now - $0.at > window }
        admittedSince = 0
        if let current = measuredRate { lastRate = current }
    }

    /// Jobs finished per second while there were jobs to judge; nil until first seen busy long enough.
    var rate: Double? { measuredRate ?? lastRate }

    private var measuredRate: Double? {
        var busy: Duration = .zero
        var finished = 0
        for (earlier, later) in zip(samples, samples.dropFirst()) where earlier.length > 0 {
            busy += later.at - earlier.at
            finished += max(0, later.finished - earlier.finished)
        }
        guard busy >= minimumBusy, finished > 0 else { return nil }
        return Double(finished) / (busy / .seconds(1))
    }

    /// The wait a job queued now would have, when the rate is known.
    var expectedWait: Duration? {
        guard let rate, let length = samples.last?.length else { return nil }
        return .milliseconds(Int(Double(length + admittedSince) / rate * 1000))
    }

    /// Nil to admit a run (counted until the next sample); else how long until the queue is short
    /// enough again.
    func admit() -> Duration? {
        if let wait = expectedWait, wait > maxWait {
            return min(.seconds(60), max(.seconds(1), wait - maxWait))
        }
        admittedSince += 1
        return nil
    }

    /// When to try again after the queue's count bound refused a run: the time to judge the excess,
    /// or a few seconds when the rate is unknown.
    func retryAfterFull(excess: Int) -> Duration {
        guard let rate else { return .seconds(5) }
        return min(.seconds(60), max(.seconds(1), .milliseconds(Int(Double(max(1, excess)) / rate * 1000))))
    }
}
