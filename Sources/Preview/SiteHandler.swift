// Serves the in-memory site: clean URLs, ETags and 304s, HEAD, the site's 404, nothing outside the site.

import FlyingFox
import Foundation
import Hosting
import Output
import Site

/// Answers GET and HEAD from the preview's in-memory site.
struct SiteHandler: HTTPHandler {
    let site: PreviewSite
    let hub: LiveReloadHub
    /// Source files may be served only from below these folders (symlinks are resolved first).
    let allowedRoots: [String]

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET, HEAD"] as HTTPHeaders)
        }
        guard let path = Self.safePath(request.target.path(percentEncoded: true)) else { return await notFound(request) }
        let key = path.hasSuffix("/") ? String(path.dropFirst()) + "index.html" : String(path.dropFirst())
        if let file = await site.file(key), let response = respond(file, key: key, request: request) {
            return response
        }
        if !path.hasSuffix("/"), await site.file(key + "/index.html") != nil {
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: path + "/"] as HTTPHeaders)
        }
        return await notFound(request)
    }

    /// The decoded request path, or nil for anything that tries to leave the site: `..` segments
    /// (plain or percent-encoded), encoded slashes or backslashes, NUL bytes.
    static func safePath(_ raw: String) -> String? {
        let lowered = raw.lowercased()
        for bad in ["%2f", "%5c", "%00", "\\", "\0"] where lowered.contains(bad) { return nil }
        guard let decoded = raw.removingPercentEncoding, decoded.hasPrefix("/") else { return nil }
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: false) where segment == ".." || segment == "." {
            return nil
        }
        return decoded
    }

    private func respond(_ file: OutputFile, key: String, request: HTTPRequest) -> HTTPResponse? {
        var bytes: [UInt8]
        switch file {
        case .bytes(let content):
            bytes = content
        case .file(let source):
            guard isAllowed(source), let data = FileManager.default.contents(atPath: source) else { return nil }
            bytes = [UInt8](data)
        }
        let contentType = ContentType.forPath(key)
        if contentType.hasPrefix("text/html") { bytes = inject(into: bytes) }
        return response(bytes, contentType: contentType, status: .ok, request: request)
    }

    private func notFound(_ request: HTTPRequest) async -> HTTPResponse {
        var bytes = Array("<!DOCTYPE html><title>Not found</title><p>Not found.</p>".utf8)
        if case .bytes(let page)? = await site.file("404.html") { bytes = page }
        return response(inject(into: bytes), contentType: "text/html; charset=utf-8", status: .notFound, request: request)
    }

    private func response(_ bytes: [UInt8], contentType: String, status: HTTPStatusCode, request: HTTPRequest) -> HTTPResponse {
        let etag = "\"" + Self.fingerprint(bytes) + "\""
        var headers: HTTPHeaders = [.contentType: contentType, .eTag: etag, HTTPHeader("Cache-Control"): "no-cache"]
        if status == .ok, request.headers[HTTPHeader("If-None-Match")]?.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag }) == true {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        if request.method == .HEAD {
            headers[.contentLength] = String(bytes.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(bytes))
    }

    /// The live-reload script goes right before `</body>`.
    private func inject(into html: [UInt8]) -> [UInt8] {
        let script = Array(ReloadScript.tag(errors: hub.errors).utf8)
        let marker = Array("</body>".utf8)
        guard html.count >= marker.count else { return html + script }
        for i in stride(from: html.count - marker.count, through: 0, by: -1) where html[i] == marker[0] && Array(html[i..<(i + marker.count)]) == marker {
            return Array(html[..<i]) + script + Array(html[i...])
        }
        return html + script
    }

    private func isAllowed(_ source: String) -> Bool {
        let real = URL(fileURLWithPath: source).resolvingSymlinksInPath().path
        return allowedRoots.contains { real.hasPrefix($0 + "/") }
    }

    /// FNV-1a of the body, as the ETag.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
