// Test helper: runs blocking work (a child process, a socket read) on a thread of its own.

import Foundation

/// Runs `body` on a new thread and waits for it without holding a cooperative-pool thread. The pool
/// has as many threads as cores (two on CI); a test that blocks one while waiting for an in-process
/// server, which needs the pool to answer, can starve that server until the wait times out.
public func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
