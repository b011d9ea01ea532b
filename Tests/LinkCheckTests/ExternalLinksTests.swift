// External links against a real HTTP server on loopback that answers 200, 404, 500, refuses HEAD, or never answers.

import Foundation
import LinkCheck
import TestSupport
import Testing

@Suite struct ExternalLinksTests {
    /// The base URL of Servers/links.py, started once for the suite; nil without python3.
    private static let launched: String? = ServerScript.start(
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Servers/links.py").path)

    static func base() async -> String? {
        (try? await offPool { launched }) ?? nil
    }

    @Test func classifiesEveryAnswer() async throws {
        let base = try #require(await Self.base(), "python3 is needed for the test server")
        var options = ExternalLinkOptions()
        // Long enough that a loaded machine (the other suites build sites in parallel) still answers the
        // quick paths in time; "/never" then takes about twice this.
        options.timeout = 8
        options.perHostRate = 100
        options.skipPrefixes = [base + "/skipped"]
        let urls = ["/ok", "/missing", "/broken", "/no-head", "/never", "/skipped/x", "/ok"].map { base + $0 } + ["http://127.0.0.1:9/closed"]
        let results = await ExternalLinks(options: options).check(urls)
        #expect(results.count == 7, "each URL once")
        #expect(results[base + "/ok"] == .ok(status: 200))
        #expect(results[base + "/missing"] == .broken(status: 404))
        #expect(results[base + "/broken"] == .broken(status: 500))
        #expect(results[base + "/no-head"] == .ok(status: 200), "HEAD refused with 405, then GET")
        #expect(results[base + "/never"] == .failed("timed out"))
        #expect(results[base + "/skipped/x"] == .skipped)
        #expect(results["http://127.0.0.1:9/closed"]?.isProblem == true)
    }

    @Test func pacesRequestsToOneHost() async throws {
        let base = try #require(await Self.base(), "python3 is needed for the test server")
        var options = ExternalLinkOptions()
        options.perHostRate = 10
        let started = ContinuousClock.now
        let results = await ExternalLinks(options: options).check((1...4).map { "\(base)/ok?n=\($0)" })
        #expect(results.values.allSatisfy { $0 == .ok(status: 200) })
        // Four requests at ten per second: at least three gaps of 100 ms.
        #expect(ContinuousClock.now - started >= .milliseconds(290))
    }
}
