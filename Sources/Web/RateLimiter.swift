import Foundation

/// A token bucket per client: `burst` requests at once, refilled at `perSecond`.
actor RateLimiter {
    private var buckets: [String: (tokens: Double, at: ContinuousClock.Instant)] = [:]
    let burst: Double
    let perSecond: Double

    init(burst: Int, perSecond: Double) {
        self.burst = Double(burst)
        self.perSecond = perSecond
    }

    /// True when `client` may go ahead now; otherwise the seconds until it may.
    func take(_ client: String) -> (allowed: Bool, retryAfter: Int) {
        let now = ContinuousClock.now
        var bucket = buckets[client] ?? (burst, now)
        let elapsed = now - bucket.at
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        bucket.tokens = min(burst, bucket.tokens + seconds * perSecond)
        bucket.at = now
        defer { buckets[client] = bucket }
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            return (true, 0)
        }
        if buckets.count > 10_000 { buckets = buckets.filter { now - $0.value.at < .seconds(60) } }
        return (false, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
    }
}
