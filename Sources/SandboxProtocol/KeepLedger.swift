/// Which keyed files a runner keeps between jobs (RunnerFile's `key` and `kept`): the same
/// accounting runs on both ends of the attach stream, over the same files in the same order, so a
/// worker knows what its runner keeps without asking. At most `capacityBytes` are kept, the least
/// recently used out first.
public struct KeepLedger: Sendable {
    public let capacityBytes: Int
    private var sizes: [String: Int] = [:]
    private var used: [String: UInt64] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0

    public init(capacityBytes: Int = 32 << 20) { self.capacityBytes = capacityBytes }

    /// True when the file of `key` is kept.
    public func contains(_ key: String) -> Bool { sizes[key] != nil }

    /// A job used the kept file of `key`.
    public mutating func touch(_ key: String) {
        clock += 1
        if sizes[key] != nil { used[key] = clock }
    }

    /// Keeps a file of `size` bytes under `key`; returns the keys given up to make room (and `key`
    /// itself when the file alone is larger than the capacity).
    public mutating func add(_ key: String, size: Int) -> [String] {
        clock += 1
        remove(key)
        guard size <= capacityBytes else { return [key] }
        var evicted: [String] = []
        while bytes + size > capacityBytes, let oldest = used.min(by: { $0.value < $1.value })?.key {
            remove(oldest)
            evicted.append(oldest)
        }
        sizes[key] = size
        used[key] = clock
        bytes += size
        return evicted
    }

    /// Forgets `key`.
    public mutating func remove(_ key: String) {
        guard let size = sizes.removeValue(forKey: key) else { return }
        used[key] = nil
        bytes -= size
    }
}
