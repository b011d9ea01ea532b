// Requests external links (HEAD, then GET when HEAD is refused) politely: a concurrency limit,
// a timeout, a per-host rate, and prefixes never requested.

import Foundation
import WebClient
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How external links are requested.
public struct ExternalLinkOptions: Sendable {
    public var timeout: Double = 10
    public var concurrency = 8
    /// Requests per second to any one host.
    public var perHostRate = 2.0
    public var skipPrefixes: [String] = []
    public init() {}
}

/// What requesting one URL found.
public enum ExternalLinkResult: Sendable, Equatable {
    case ok(status: Int)
    case broken(status: Int)
    /// No answer: timeout, refused connection, unknown host.
    case failed(String)
    case skipped

    public var isProblem: Bool {
        switch self {
        case .broken, .failed: return true
        case .ok, .skipped: return false
        }
    }

    public var description: String {
        switch self {
        case .ok(let status): return "\(status) \(HTTPURLResponse.localizedString(forStatusCode: status))"
        case .broken(let status): return "\(status) \(HTTPURLResponse.localizedString(forStatusCode: status))"
        case .failed(let reason): return reason
        case .skipped: return "skipped"
        }
    }
}

public struct ExternalLinks: Sendable {
    public var options: ExternalLinkOptions

    public init(options: ExternalLinkOptions) {
        self.options = options
    }

    /// Each distinct URL requested once; results in the order of `urls`.
    public func check(_ urls: [String]) async -> [String: ExternalLinkResult] {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout * 2
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        // The resource timeout, plus a second: the session's own should end a request first.
        let deadline = Duration.milliseconds(Int(options.timeout * 2000) + 1000)
        let pacer = HostPacer(interval: 1 / max(options.perHostRate, 0.01))
        let unique = Array(Set(urls)).sorted()
        var results: [String: ExternalLinkResult] = [:]
        await withTaskGroup(of: (String, ExternalLinkResult).self) { group in
            var next = 0
            func start() {
                let url = unique[next]
                next += 1
                group.addTask { [options] in
                    if options.skipPrefixes.contains(where: url.hasPrefix) { return (url, .skipped) }
                    guard let parsed = URL(string: url), let host = parsed.host else { return (url, .failed("not a valid URL")) }
                    await pacer.wait(for: host)
                    var result = await Self.request(parsed, method: "HEAD", session: session, deadline: deadline)
                    // Many servers refuse HEAD; GET is the real test then.
                    if case .broken(let status) = result, status == 405 || status == 501 || status == 403 {
                        await pacer.wait(for: host)
                        result = await Self.request(parsed, method: "GET", session: session, deadline: deadline)
                    }
                    return (url, result)
                }
            }
            while next < min(options.concurrency, unique.count) { start() }
            while let (url, result) = await group.next() {
                results[url] = result
                if next < unique.count { start() }
            }
        }
        session.finishTasksAndInvalidate()
        return results
    }

    static func request(_ url: URL, method: String, session: URLSession, deadline: Duration) async -> ExternalLinkResult {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("sitegen-link-check", forHTTPHeaderField: "User-Agent")
        do {
            let (_, response) = try await session.data(for: request, deadline: deadline)
            guard let http = response as? HTTPURLResponse else { return .failed("no HTTP answer") }
            return http.statusCode < 400 ? .ok(status: http.statusCode) : .broken(status: http.statusCode)
        } catch let error as URLError {
            switch error.code {
            case .timedOut: return .failed("timed out")
            case .cannotConnectToHost: return .failed("connection refused")
            case .cannotFindHost, .dnsLookupFailed: return .failed("unknown host")
            default: return .failed(error.localizedDescription)
            }
        } catch {
            return .failed(error.localizedDescription)
        }
    }
}

/// Spaces requests to one host `interval` seconds apart.
actor HostPacer {
    let interval: Double
    private var nextSlot: [String: ContinuousClock.Instant] = [:]

    init(interval: Double) {
        self.interval = interval
    }

    func wait(for host: String) async {
        let now = ContinuousClock.now
        let slot = max(now, nextSlot[host] ?? now)
        nextSlot[host] = slot.advanced(by: .milliseconds(Int(interval * 1000)))
        if slot > now { try? await Task.sleep(until: slot, clock: .continuous) }
    }
}
