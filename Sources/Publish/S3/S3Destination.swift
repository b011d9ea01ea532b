// Publishing to an S3-compatible bucket: list with ETags, put with headers and Content-MD5, delete in batches.

import Crypto
import Foundation
import WebText

/// A bucket and key prefix. ETags of single-part uploads are the MD5 of the stored bytes, which is
/// what the publisher compares; a multipart ETag (`…-3`) never matches, so such a file is sent again.
public struct S3Destination: Destination {
    let client: S3Client
    let prefix: String

    public init(bucket: String, prefix: String, endpoint: URL?, region: String, credentials: S3Credentials,
                timeout: TimeInterval = 30, connections: Int = 8) {
        self.client = S3Client(endpoint: S3Endpoint(bucket: bucket, endpoint: endpoint, region: region), credentials: credentials,
                               timeout: timeout, connections: connections)
        self.prefix = prefix.isEmpty ? "" : prefix + "/"
    }

    public var sendsHeaders: Bool { true }

    public func inventory() async throws(PublishError) -> [String: RemoteFile] {
        var found: [String: RemoteFile] = [:]
        var token: String?
        repeat {
            // The listing asks for the prefix's first folder only: moto recomputes signatures from the
            // decoded query, so an encoded `/` there fails verification (boto3's own requests fail too).
            let folder = prefix.split(separator: "/").first.map(String.init) ?? ""
            var query = "list-type=2&prefix=\(PercentEncoding.encode(folder))"
            if let token { query += "&continuation-token=\(PercentEncoding.encode(token))" }
            let data = try await client.send("GET", query: query)
            guard let listing = XMLTree.parse(data) else { throw PublishError("the bucket listing is not XML") }
            for object in listing.all("Contents") {
                guard let key = object["Key"], key.hasPrefix(prefix) else { continue }
                let etag = (object["ETag"] ?? "").replacingOccurrences(of: "\"", with: "").lowercased()
                let isMD5 = etag.utf8.count == 32 && !etag.contains("-")
                found[String(key.dropFirst(prefix.count))] = RemoteFile(md5: isMD5 ? etag : nil, size: Int(object["Size"] ?? "") ?? -1)
            }
            token = listing["IsTruncated"] == "true" ? listing["NextContinuationToken"] : nil
        } while token != nil
        return found
    }

    public func upload(_ file: PreparedFile) async throws(PublishError) {
        let body = try file.body()
        var headers = [
            "Content-Type": file.contentType,
            "Cache-Control": file.cacheControl,
            "Content-MD5": Data(Insecure.MD5.hash(data: body)).base64EncodedString(),
        ]
        if let encoding = file.contentEncoding { headers["Content-Encoding"] = encoding }
        _ = try await client.send("PUT", key: prefix + file.path, headers: headers, body: body)
    }

    public func delete(_ paths: [String]) async throws(PublishError) {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Quiet>true</Quiet>"
        for path in paths { xml += "<Object><Key>\(XMLText.escape(prefix + path))</Key></Object>" }
        xml += "</Delete>"
        let body = Array(xml.utf8)
        let headers = ["Content-Type": "application/xml", "Content-MD5": Data(Insecure.MD5.hash(data: body)).base64EncodedString()]
        let data = try await client.send("POST", query: "delete=", headers: headers, body: body)
        if let answer = XMLTree.parse(data), let failed = answer.all("Error").first {
            throw PublishError("could not delete \(failed["Key"] ?? "a file"): \(failed["Code"] ?? "error") \(failed["Message"] ?? "")")
        }
    }
}
