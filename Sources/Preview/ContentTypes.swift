// Content-Type by file extension for the preview server.

enum ContentTypes {
    static func forPath(_ path: String) -> String {
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
