// Publishing to a real S3 API (moto, authentication on) on loopback: incremental uploads, deletions, headers, faults.

import Foundation
import Hosting
@testable import Publish
import TestSupport
import Testing

@Suite(.serialized) struct S3PublishTests {
    static func site() throws -> TemporaryTree {
        try TemporaryTree([
            "index.html": "<!doctype html><title>Home</title><p>\(String(repeating: "News of the day. ", count: 50))</p>",
            "business/rates/index.html": "<!doctype html><title>Rates</title><p>Rates rose.</p>",
            "business/index.html": "<!doctype html><title>Business</title><a href=/business/rates/>Rates</a>",
            "assets/style.0a1b2c3d4e.css": "body { color: #222 }",
            "feed.xml": "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title></channel></rss>",
            "a file with spaces.txt": "spaces and ünïcode",
        ], prefix: "sitegen-s3site")
    }

    func destination(_ server: S3TestServer, prefix: String, endpoint: URL? = nil, secret: String? = nil, bucket: String? = nil) -> S3Destination {
        S3Destination(bucket: bucket ?? server.bucket, prefix: prefix, endpoint: endpoint ?? server.proxy, region: "us-east-1",
                      credentials: S3Credentials(accessKeyID: server.accessKey, secretAccessKey: secret ?? server.secretKey),
                      timeout: 5, connections: 4)
    }

    func options(gzip: Bool = false) -> PublishOptions {
        var options = PublishOptions()
        options.retry = RetryPolicy(attempts: 4, firstDelay: .milliseconds(20))
        options.settings = PublishSettings(cache: CachePolicy(), gzip: gzip)
        return options
    }

    @Test func publishesOnlyWhatChangedAndRemovesWhatIsGone() async throws {
        let server = try #require(await S3TestServer.shared(), "python3 with moto is needed; scripts/test installs it")
        let site = try Self.site()
        defer { site.remove() }
        let publisher = Publisher(destination: destination(server, prefix: "incremental"), options: options())

        try await server.setFaults()
        let first = try await publisher.publish(folder: site.root)
        #expect(first.plan.new.count == 6 && first.uploaded == 6)
        #expect(try await server.stats()["PUT"] == 6)
        #expect(try await server.keys().filter { $0.hasPrefix("incremental/") }.count == 6)

        try site.write("business/rates/index.html", "<!doctype html><title>Rates</title><p>Rates rose again.</p>")
        try await server.setFaults()
        let second = try await publisher.publish(folder: site.root)
        #expect(second.plan.changed.map(\.path) == ["business/rates/index.html"])
        #expect(second.plan.new.isEmpty && second.plan.deleted.isEmpty && second.plan.unchanged == 5)
        #expect(try await server.stats()["PUT"] == 1)

        try FileManager.default.removeItem(atPath: site.root + "/business/rates")
        let third = try await publisher.publish(folder: site.root)
        #expect(third.plan.deleted == ["business/rates/index.html"] && third.deleted == 1)
        #expect(!(try await server.keys()).contains("incremental/business/rates/index.html"))

        let unchanged = try await publisher.publish(folder: site.root)
        #expect(unchanged.plan.isEmpty)
    }

    @Test func headersFollowTheCacheRulesAndGzipIsOptIn() async throws {
        let server = try #require(await S3TestServer.shared(), "python3 with moto is needed; scripts/test installs it")
        let site = try Self.site()
        defer { site.remove() }
        _ = try await Publisher(destination: destination(server, prefix: "headers"), options: options(gzip: true)).publish(folder: site.root)
        let page = try await server.head("headers/index.html")
        #expect(page["ContentType"] == "text/html; charset=utf-8")
        #expect(page["CacheControl"] == "no-cache")
        #expect(page["ContentEncoding"] == "gzip")
        let css = try await server.head("headers/assets/style.0a1b2c3d4e.css")
        #expect(css["CacheControl"] == "public, max-age=31536000, immutable")
        #expect(css["ContentType"] == "text/css; charset=utf-8")
        let feed = try await server.head("headers/feed.xml")
        #expect(feed["ContentType"] == "application/rss+xml; charset=utf-8")
        let spaced = try await server.head("headers/a file with spaces.txt")
        #expect(spaced["ContentType"] == "text/plain; charset=utf-8")
        // The ETag is the MD5 of the compressed bytes, so the next publish sends nothing.
        let again = try await Publisher(destination: destination(server, prefix: "headers"), options: options(gzip: true)).publish(folder: site.root)
        #expect(again.plan.isEmpty)
    }

    @Test func dryRunAndDeletionCapChangeNothing() async throws {
        let server = try #require(await S3TestServer.shared(), "python3 with moto is needed; scripts/test installs it")
        let site = try Self.site()
        defer { site.remove() }
        var dry = options()
        dry.dryRun = true
        try await server.setFaults()
        let plan = try await Publisher(destination: destination(server, prefix: "dry"), options: dry).publish(folder: site.root)
        #expect(plan.plan.new.count == 6 && plan.uploaded == 0)
        #expect(try await server.stats()["PUT"] == 0)
        #expect(try await server.keys().filter { $0.hasPrefix("dry/") }.isEmpty)

        _ = try await Publisher(destination: destination(server, prefix: "cap"), options: options()).publish(folder: site.root)
        let empty = try TemporaryTree(["index.html": "<!doctype html><title>Only</title>"])
        defer { empty.remove() }
        var capped = options()
        capped.maxDeletes = 2
        await #expect(throws: PublishError.self) {
            try await Publisher(destination: destination(server, prefix: "cap"), options: capped).publish(folder: empty.root)
        }
        do {
            _ = try await Publisher(destination: destination(server, prefix: "cap"), options: capped).publish(folder: empty.root)
        } catch {
            #expect(error.message.contains("deletes 5 published files, more than the limit of 2"))
            #expect(error.message.contains("--max-deletes 5"))
        }
        #expect(try await server.keys().filter { $0.hasPrefix("cap/") }.count == 6)
    }

    @Test func serverErrorsAndDroppedConnectionsAreRetried() async throws {
        let server = try #require(await S3TestServer.shared(), "python3 with moto is needed; scripts/test installs it")
        let site = try Self.site()
        defer { site.remove() }
        try await server.setFaults(failPuts: 2, dropPuts: 1)
        let report = try await Publisher(destination: destination(server, prefix: "faults"), options: options()).publish(folder: site.root)
        #expect(report.uploaded == 6)
        #expect(try await server.keys().filter { $0.hasPrefix("faults/") }.count == 6)
        let puts = try await server.stats()["PUT"] ?? 0
        #expect(puts >= 9, "6 files, 2 answered 500 and 1 dropped: \(puts) PUTs")
    }

    @Test func lastingFailuresStopBeforeAnyDeletion() async throws {
        let server = try #require(await S3TestServer.shared(), "python3 with moto is needed; scripts/test installs it")
        let site = try Self.site()
        defer { site.remove() }
        _ = try await Publisher(destination: destination(server, prefix: "lasting"), options: options()).publish(folder: site.root)
        try site.write("index.html", "<!doctype html><title>Home</title><p>Changed.</p>")
        try FileManager.default.removeItem(atPath: site.root + "/feed.xml")
        try await server.setFaults(failPuts: 100)
        do {
            _ = try await Publisher(destination: destination(server, prefix: "lasting"), options: options()).publish(folder: site.root)
            Issue.record("a publish whose uploads all fail succeeded")
        } catch {
            #expect(error.message.contains("InternalError"))
            #expect(error.message.contains("gave up after 4 attempts"))
        }
        try await server.setFaults()
        #expect(try await server.keys().contains("lasting/feed.xml"), "nothing is deleted when an upload failed")
        // Rerun: finishes the job.
        let rerun = try await Publisher(destination: destination(server, prefix: "lasting"), options: options()).publish(folder: site.root)
        #expect(rerun.plan.changed.map(\.path) == ["index.html"] && rerun.plan.deleted == ["feed.xml"])
        #expect(!(try await server.keys()).contains("lasting/feed.xml"))
    }

    @Test func wrongCredentialsAreRefusedLikeAWS() async throws {
        let server = try #require(await S3TestServer.shared(), "python3 with moto is needed; scripts/test installs it")
        let site = try Self.site()
        defer { site.remove() }
        do {
            _ = try await Publisher(destination: destination(server, prefix: "creds", endpoint: server.s3, secret: "not-the-secret"),
                                    options: options()).publish(folder: site.root)
            Issue.record("a wrongly signed publish succeeded")
        } catch {
            #expect(error.message.contains("SignatureDoesNotMatch"))
            #expect(error.message.contains("check AWS_ACCESS_KEY_ID"))
            #expect(!error.message.contains("not-the-secret"))
        }
    }

    @Test func missingBucketAndUnreachableEndpointGiveClearErrors() async throws {
        let server = try #require(await S3TestServer.shared(), "python3 with moto is needed; scripts/test installs it")
        let site = try Self.site()
        defer { site.remove() }
        do {
            _ = try await Publisher(destination: destination(server, prefix: "", endpoint: server.s3, bucket: "no-such-bucket"),
                                    options: options()).publish(folder: site.root)
            Issue.record("publishing to a missing bucket succeeded")
        } catch {
            #expect(error.message.contains("NoSuchBucket"))
        }
        // A port nothing listens on.
        let closed = URL(string: "http://127.0.0.1:9")!
        do {
            _ = try await Publisher(destination: destination(server, prefix: "", endpoint: closed), options: options()).publish(folder: site.root)
            Issue.record("publishing to a closed port succeeded")
        } catch {
            #expect(error.message.contains("cannot reach the server"))
            #expect(error.message.contains("gave up after 4 attempts"))
        }
    }
}
