// Content-Type by file extension, shared by the preview server, publishing and the `_headers` file.

/// The media type a static host should send for a file.
public enum ContentType {
    /// The Content-Type header value for a file path, decided by its extension.
    public static func forPath(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return path.hasSuffix("feed.json") ? "application/feed+json; charset=utf-8" : "application/json; charset=utf-8"
        case "xml": return path.hasSuffix("atom.xml") ? "application/atom+xml; charset=utf-8" : (path.hasSuffix("feed.xml") ? "application/rss+xml; charset=utf-8" : "application/xml; charset=utf-8")
        case "txt": return "text/plain; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}

extension ContentType {
    /// Whether a file of this type is text, and so worth compressing.
    public static func isCompressible(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/") || contentType.hasPrefix("application/json") || contentType.hasPrefix("application/xml")
            || contentType.hasPrefix("application/atom+xml") || contentType.hasPrefix("application/rss+xml")
            || contentType.hasPrefix("application/feed+json") || contentType.hasPrefix("image/svg+xml")
    }
}
