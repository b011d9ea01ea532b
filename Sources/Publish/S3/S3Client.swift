// Signed requests to an S3-compatible API over HTTP, with S3's error answers turned into readable errors.

import Crypto
import Foundation
import WebClient
import WebText
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Where a bucket lives and how to address it.
public struct S3Endpoint: Sendable {
    public var bucket: String
    /// `https://s3.<region>.amazonaws.com` by default; R2, MinIO and others give theirs.
    public var endpoint: URL?
    public var region: String

    public init(bucket: String, endpoint: URL?, region: String) {
        self.bucket = bucket
        self.endpoint = endpoint
        self.region = region
    }

    /// The URL of `key` (already unencoded) with `query` (already encoded). Custom endpoints use
    /// path-style addresses (`endpoint/bucket/key`), which every S3-compatible server accepts.
    func url(key: String = "", query: String? = nil) -> URL {
        let encodedKey = PercentEncoding.encode(key, keepingSlashes: true)
        var text: String
        if let endpoint {
            var base = endpoint.absoluteString
            while base.hasSuffix("/") { base.removeLast() }
            text = key.isEmpty ? "\(base)/\(bucket)" : "\(base)/\(bucket)/\(encodedKey)"
        } else if bucket.contains(".") {
            text = key.isEmpty ? "https://s3.\(region).amazonaws.com/\(bucket)" : "https://s3.\(region).amazonaws.com/\(bucket)/\(encodedKey)"
        } else {
            text = "https://\(bucket).s3.\(region).amazonaws.com/\(encodedKey)"
        }
        if let query { text += "?" + query }
        return URL(string: text)!
    }
}

/// Sends signed requests and maps failures: network trouble and 5xx are transient, S3's 4xx codes are not.
struct S3Client: Sendable {
    var endpoint: S3Endpoint
    var signer: SignatureV4
    var session: URLSession
    var timeout: TimeInterval

    init(endpoint: S3Endpoint, credentials: S3Credentials, timeout: TimeInterval, connections: Int) {
        self.endpoint = endpoint
        self.signer = SignatureV4(credentials: credentials, region: endpoint.region)
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpMaximumConnectionsPerHost = connections
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        self.session = URLSession(configuration: configuration)
    }

    /// One request; returns the body of a 2xx answer.
    func send(_ method: String, key: String = "", query: String? = nil, headers: [String: String] = [:], body: [UInt8] = []) async throws(PublishError) -> Data {
        let url = endpoint.url(key: key, query: query)
        var request = URLRequest(url: url)
        request.httpMethod = method
        let payloadHash = SHA256.hash(data: body).hex
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        for (name, value) in signer.sign(method: method, url: url, headers: headers, payloadHash: payloadHash, date: Date()) {
            request.setValue(value, forHTTPHeaderField: name)
        }
        if !body.isEmpty || method == "PUT" || method == "POST" { request.httpBody = Data(body) }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request, deadline: deadline(sending: body.count))
        } catch {
            throw PublishError("\(method) \(Self.display(url)): \(Self.describe(error))", transient: !(error is CancellationError))
        }
        guard let http = response as? HTTPURLResponse else { throw PublishError("\(method) \(Self.display(url)): no HTTP answer", transient: true) }
        if (200..<300).contains(http.statusCode) { return data }
        let tree = XMLTree.parse(data)
        let code = tree?["Code"] ?? "HTTP \(http.statusCode)"
        let message = tree?["Message"].map { ": \($0)" } ?? ""
        let transient = http.statusCode >= 500 || http.statusCode == 429 || code == "RequestTimeout" || code == "SlowDown"
        throw PublishError("\(method) \(Self.display(url)) failed with \(code)\(message)\(Self.advice(code))", transient: transient)
    }

    /// The most a request may take in all: twice the idle timeout, and a second for each 64 kB sent,
    /// the pace of a slow uplink. A request that runs past it is a timeout, and is tried again.
    func deadline(sending bytes: Int) -> Duration {
        .milliseconds(Int(timeout * 2000) + bytes / 64)
    }

    /// The URL without its query, for messages.
    static func display(_ url: URL) -> String {
        url.absoluteString.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url.absoluteString
    }

    static func describe(_ error: any Error) -> String {
        guard let urlError = error as? URLError else { return error.localizedDescription }
        switch urlError.code {
        case .timedOut: return "timed out"
        case .cannotConnectToHost, .cannotFindHost: return "cannot reach the server"
        case .networkConnectionLost: return "the connection was dropped"
        default: return urlError.localizedDescription
        }
    }

    static func advice(_ code: String) -> String {
        switch code {
        case "SignatureDoesNotMatch", "InvalidAccessKeyId", "InvalidClientTokenId":
            return " (check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and the region)"
        case "NoSuchBucket": return " (create the bucket first, or check its name and the endpoint)"
        case "AccessDenied": return " (the credentials work but may not write to this bucket)"
        default: return ""
        }
    }
}
