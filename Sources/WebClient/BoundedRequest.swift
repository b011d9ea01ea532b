// One HTTP exchange through URLSession that ends by a deadline of its own, whatever URLSession does.

import Dispatch
import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSession {
    /// Sends `request` and returns the answer, or throws `URLError(.timedOut)` once `deadline` has
    /// passed, and `CancellationError` as soon as the calling task is cancelled.
    ///
    /// The session's own timeouts stay the first line: they end a request that stops moving. The
    /// deadline is the guarantee. On Linux, URLSession runs on libcurl and libdispatch, and a task
    /// whose completion is never delivered (after a dropped connection, under load) leaves an
    /// `await session.data(for:)` waiting for ever; a publish or a link check must end instead.
    public func data(for request: URLRequest, deadline: Duration) async throws -> (Data, URLResponse) {
        let exchange = PendingExchange()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard exchange.begin(continuation) else { return }
                let task = dataTask(with: request) { data, response, error in
                    if let response, error == nil {
                        exchange.end(.success((data ?? Data(), response)))
                    } else {
                        exchange.end(.failure(error ?? URLError(.badServerResponse)))
                    }
                }
                exchange.attach(task)
                task.resume()
                let (seconds, attoseconds) = deadline.components
                let nanoseconds = Int(min(seconds, 86_400 * 365)) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
                DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(max(0, nanoseconds))) {
                    exchange.end(.failure(URLError(.timedOut)))
                }
            }
        } onCancel: {
            exchange.end(.failure(CancellationError()))
        }
    }
}

/// The one continuation of an exchange, resumed by whichever comes first: the answer, the deadline
/// or a cancellation. What comes later is dropped, and a deadline or a cancellation also cancels
/// the URLSession task so that its connection is let go.
private final class PendingExchange: Sendable {
    private enum State {
        case notStarted
        case waiting(CheckedContinuation<(Data, URLResponse), any Error>)
        /// Ended before it began (cancelled first): `begin` resumes at once.
        case endedEarly(any Error)
        case ended
    }

    private let state = Mutex<State>(.notStarted)
    /// The URLSession task; read only to cancel it.
    private let task = Mutex<URLSessionDataTask?>(nil)

    /// Whether the request should be sent: false when the exchange was cancelled before it began.
    func begin(_ continuation: CheckedContinuation<(Data, URLResponse), any Error>) -> Bool {
        let early: (any Error)? = state.withLock { state in
            if case .endedEarly(let error) = state {
                state = .ended
                return error
            }
            state = .waiting(continuation)
            return nil
        }
        if let early { continuation.resume(throwing: early) }
        return early == nil
    }

    func attach(_ task: URLSessionDataTask) {
        self.task.withLock { $0 = task }
    }

    func end(_ result: Result<(Data, URLResponse), any Error>) {
        let continuation: CheckedContinuation<(Data, URLResponse), any Error>? = state.withLock { state in
            switch state {
            case .notStarted:
                if case .failure(let error) = result { state = .endedEarly(error) }
                return nil
            case .waiting(let continuation):
                state = .ended
                return continuation
            case .endedEarly, .ended:
                return nil
            }
        }
        guard let continuation else { return }
        continuation.resume(with: result)
        if case .failure = result { task.withLock { $0 }?.cancel() }
    }
}
