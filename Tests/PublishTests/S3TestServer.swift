// Starts moto's S3 server (with authentication) and the fault proxy from Servers/s3server.py, once per test run.

import Foundation
import TestSupport
import Testing
import WebClient
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The running server: endpoints and the access key of an IAM user allowed to use the bucket.
struct S3TestServer: Sendable {
    var s3: URL
    var proxy: URL
    var accessKey: String
    var secretKey: String
    var bucket: String

    /// nil when python3 with moto is not installed (scripts/test installs it).
    private static let launched: S3TestServer? = {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Servers/s3server.py").path
        guard let line = ServerScript.start(script),
              let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String],
              let s3 = object["s3"].flatMap(URL.init(string:)), let proxy = object["proxy"].flatMap(URL.init(string:)),
              let key = object["key"], let secret = object["secret"], let bucket = object["bucket"] else { return nil }
        return S3TestServer(s3: s3, proxy: proxy, accessKey: key, secretKey: secret, bucket: bucket)
    }()

    /// The server, started once, on first use.
    static func shared() async -> S3TestServer? {
        (try? await offPool { launched }) ?? nil
    }

    /// Calls one of the proxy's control paths (`__faults`, `__stats`, `__keys`, `__head`, `__get`).
    func control(_ path: String) async throws -> Any {
        let request = URLRequest(url: URL(string: proxy.absoluteString + "/" + path)!)
        let (data, _) = try await URLSession.shared.data(for: request, deadline: .seconds(60))
        return try JSONSerialization.jsonObject(with: data)
    }

    func keys() async throws -> [String] { try await control("__keys") as? [String] ?? [] }

    func stats() async throws -> [String: Int] { try await control("__stats") as? [String: Int] ?? [:] }

    func head(_ key: String) async throws -> [String: String] {
        (try await control("__head?key=\(key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? key)") as? [String: Any] ?? [:])
            .compactMapValues { $0 as? String }
    }

    func setFaults(failPuts: Int = 0, dropPuts: Int = 0, failPosts: Int = 0) async throws {
        _ = try await control("__faults?fail_puts=\(failPuts)&drop_puts=\(dropPuts)&fail_posts=\(failPosts)")
    }
}
