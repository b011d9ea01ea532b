// Trying again after timeouts, dropped connections and 5xx answers, with exponential backoff.

/// How often and how patiently a failed request is retried.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var attempts: Int
    /// Wait before the second attempt; doubled before each later one.
    public var firstDelay: Duration

    public init(attempts: Int = 5, firstDelay: Duration = .milliseconds(250)) {
        self.attempts = max(1, attempts)
        self.firstDelay = firstDelay
    }

    /// Runs `operation`, again after a transient failure, until it succeeds or attempts run out.
    public func run<T: Sendable>(_ operation: () async throws(PublishError) -> T) async throws(PublishError) -> T {
        var delay = firstDelay
        var attempt = 1
        while true {
            do {
                return try await operation()
            } catch where error.isTransient && attempt < attempts {
                try? await Task.sleep(for: delay)
                delay *= 2
                attempt += 1
            } catch where error.isTransient {
                throw PublishError("\(error.message) (gave up after \(attempts) attempts)")
            }
        }
    }
}
