public import Config

extension Settings {
    /// The `metrics` setting (HOST:PORT), nil when unset.
    public func metricsAddress(_ flag: String?) throws -> MetricsAddress? {
        guard let text = string(flag, "metrics") else { return nil }
        guard let address = MetricsAddress(text) else {
            throw ConfigError("metrics must be HOST:PORT (a port from 0 to 65535), not '\(text)'")
        }
        return address
    }
}
