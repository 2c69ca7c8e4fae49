/// A shared secret that callers present in `Frame.auth_token` (the admin token, a client token).
public struct Token: Sendable, Equatable {
    private let value: String

    /// Nil for an empty string: an empty token would match callers that sent none.
    public init?(_ value: String) {
        guard !value.isEmpty else { return nil }
        self.value = value
    }

    /// Whether `presented` is this token, compared without an early exit so that the time taken
    /// does not tell how much of a guess was right.
    public func matches(_ presented: String) -> Bool {
        let x = Array(value.utf8), y = Array(presented.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}
