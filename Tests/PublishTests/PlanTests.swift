// Target addresses, the publish plan, and Signature V4 against AWS's published example.

import Foundation
@testable import Publish
import Testing
import WebText

@Suite struct PlanTests {
    @Test func targetsParse() throws {
        #expect(try PublishTarget(parsing: "dir:/srv/www/site") == .folder(path: "/srv/www/site"))
        #expect(try PublishTarget(parsing: "s3://news-site/prod/") == .s3(bucket: "news-site", prefix: "prod"))
        #expect(try PublishTarget(parsing: "s3://news-site") == .s3(bucket: "news-site", prefix: ""))
        #expect(try PublishTarget(parsing: "git:origin#gh-pages") == .git(remote: "origin", branch: "gh-pages"))
        #expect(try PublishTarget(parsing: "git:git@example.org:news/site.git#pages") == .git(remote: "git@example.org:news/site.git", branch: "pages"))
    }

    @Test func badTargetsSayWhatIsAccepted() {
        #expect(throws: PublishError.self) { try PublishTarget(parsing: "ftp://host/") }
        #expect(throws: PublishError.self) { try PublishTarget(parsing: "s3://Bad_Bucket/") }
        #expect(throws: PublishError.self) { try PublishTarget(parsing: "git:origin") }
        do {
            _ = try PublishTarget(parsing: "www")
            Issue.record("accepted a bare word")
        } catch {
            #expect(error.message.contains("dir:PATH, s3://BUCKET/PREFIX or git:REMOTE#BRANCH"))
        }
    }

    func file(_ path: String, _ md5: String, size: Int = 10) -> PreparedFile {
        PreparedFile(path: path, source: .bytes([]), contentType: "text/html", cacheControl: "no-cache", contentEncoding: nil, md5: md5, size: size)
    }

    @Test func planComparesHashesAndListsStaleFiles() {
        let local = [file("a.html", "1"), file("b.html", "2"), file("c.html", "3")]
        let remote = ["a.html": RemoteFile(md5: "1", size: 10), "b.html": RemoteFile(md5: "x", size: 10),
                      "old.html": RemoteFile(md5: "9", size: 4), "c.html": RemoteFile(md5: nil, size: 10)]
        let plan = PublishPlan(local: local, remote: remote)
        #expect(plan.new.map(\.path) == [])
        #expect(plan.changed.map(\.path) == ["b.html", "c.html"])
        #expect(plan.deleted == ["old.html"])
        #expect(plan.unchanged == 1)
        #expect(plan.summary == "0 new, 2 changed, 1 deleted, 1 unchanged; 20 B to upload")
        #expect(PublishPlan(local: local, remote: remote, force: true).changed.count == 3)
    }

    @Test func byteSizesReadWell() {
        #expect(PublishPlan.bytes(512) == "512 B")
        #expect(PublishPlan.bytes(1536) == "1.5 KB")
        #expect(PublishPlan.bytes(5 * 1024 * 1024) == "5.0 MB")
    }

    /// The GET example of AWS's "Signature Calculations for the Authorization Header" page for S3.
    @Test func signatureMatchesAWSExample() throws {
        let signer = SignatureV4(credentials: S3Credentials(accessKeyID: "AKIAIOSFODNN7EXAMPLE",
                                                            secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                                 region: "us-east-1")
        let url = URL(string: "https://examplebucket.s3.amazonaws.com/test.txt")!
        let date = Date(timeIntervalSince1970: 1_369_353_600) // 2013-05-24T00:00:00Z
        let headers = signer.sign(method: "GET", url: url, headers: ["Range": "bytes=0-9"],
                                  payloadHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", date: date)
        #expect(headers["Authorization"] == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
            + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
            + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
        #expect(headers["x-amz-date"] == "20130524T000000Z")
    }

    @Test func queryAndKeysAreEncodedOnce() {
        #expect(PercentEncoding.encode("a b/c~d.html", keepingSlashes: true) == "a%20b/c~d.html")
        #expect(PercentEncoding.encode("café") == "caf%C3%A9")
        let url = URL(string: "http://127.0.0.1:9000/site?prefix=a%2Fb&list-type=2")!
        #expect(SignatureV4.canonicalQuery(url) == "list-type=2&prefix=a%2Fb")
        #expect(SignatureV4.hostHeader(url) == "127.0.0.1:9000")
    }

    @Test func credentialsComeFromEnvironmentThenSharedFile() throws {
        let fromEnvironment = try S3Credentials.resolve(environment: ["AWS_ACCESS_KEY_ID": "AK", "AWS_SECRET_ACCESS_KEY": "SK", "AWS_SESSION_TOKEN": "T"])
        #expect(fromEnvironment.accessKeyID == "AK" && fromEnvironment.sessionToken == "T")
        #expect(!String(describing: fromEnvironment).contains("SK"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-creds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "[default]\naws_access_key_id = D1\naws_secret_access_key = D2\n\n[news]\naws_access_key_id=N1\naws_secret_access_key=N2\n"
            .write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
        let news = try S3Credentials.resolve(environment: ["AWS_SHARED_CREDENTIALS_FILE": folder + "/credentials", "AWS_PROFILE": "news"])
        #expect(news.accessKeyID == "N1" && news.secretAccessKey == "N2")
        #expect(throws: PublishError.self) { try S3Credentials.resolve(environment: ["AWS_SHARED_CREDENTIALS_FILE": folder + "/none"]) }
    }

    @Test func gzipIsDeterministicAndSmaller() throws {
        let text = Array(String(repeating: "<p>The council said rates would rise.</p>\n", count: 200).utf8)
        let once = try #require(Gzip.compress(text))
        #expect(once == Gzip.compress(text))
        #expect(once.count < text.count / 5)
        #expect(once.prefix(2) == [0x1f, 0x8b])
        #expect(once[4..<8] == [0, 0, 0, 0]) // no timestamp
    }
}
