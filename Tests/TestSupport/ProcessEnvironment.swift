import Foundation

/// This process's environment, changed for the length of a test's body (NOTIFY_SOCKET,
/// WATCHDOG_USEC). The environment is the process's, so bodies that change it run one at a time,
/// whichever suite they are in, and each finds it as it was before.
public enum ProcessEnvironment {
    /// Sets `variables` (nil unsets one), runs `body`, and restores what was there.
    public static func with<T>(_ variables: [String: String?], _ body: () async throws -> T) async rethrows -> T {
        await lock.acquire()
        let before = variables.keys.map { ($0, ProcessInfo.processInfo.environment[$0]) }
        for (key, value) in variables {
            if let value { setenv(key, value, 1) } else { unsetenv(key) }
        }
        defer {
            for (key, value) in before {
                if let value { setenv(key, value, 1) } else { unsetenv(key) }
            }
            Task { await lock.release() }
        }
        return try await body()
    }

    private static let lock = Turn()

    /// One body at a time, in the order they asked.
    private actor Turn {
        private var held = false
        private var waiting: [CheckedContinuation<Void, Never>] = []

        func acquire() async {
            guard held else {
                held = true
                return
            }
            await withCheckedContinuation { waiting.append($0) }
        }

        func release() {
            if waiting.isEmpty { held = false } else { waiting.removeFirst().resume() }
        }
    }
}
