/// A reply from Redis.
public enum RedisReply: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case array([RedisReply])
    case null
    case status(String)
    case error(String)

    /// The text of a bulk string or status reply.
    public var string: String? {
        switch self {
        case .string(let s), .status(let s): s
        case .integer(let i): String(i)
        default: nil
        }
    }

    public var int: Int? {
        switch self {
        case .integer(let i): i
        case .string(let s): Int(s)
        default: nil
        }
    }

    public var array: [RedisReply]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// True for the error replies of a server that is no longer the primary (a failover demoted it):
    /// READONLY (a write reached a replica) and UNBLOCKED (a blocked read ended as it became one).
    var isFromDemotedPrimary: Bool {
        guard case .error(let why) = self else { return false }
        return why.hasPrefix("READONLY") || why.hasPrefix("UNBLOCKED")
    }

    /// An array of field/value pairs (HGETALL) as a dictionary.
    public var fields: [String: String] {
        var result: [String: String] = [:]
        let items = array ?? []
        var index = 0
        while index + 1 < items.count {
            if let key = items[index].string, let value = items[index + 1].string { result[key] = value }
            index += 2
        }
        return result
    }
}

/// Why a Redis call failed.
public enum RedisError: Error, Equatable, CustomStringConvertible {
    /// The server could not be reached or the connection broke; the call may be retried later.
    case unavailable(String)
    /// The server answered with an error reply.
    case server(String)
    /// A setting naming a server is wrong (a daemon's config).
    case badSetting(String)

    public var description: String {
        switch self {
        case .unavailable(let why), .badSetting(let why): why
        case .server(let why): "Redis error: \(why)"
        }
    }
}
