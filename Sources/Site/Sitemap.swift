// Writes sitemap.xml and robots.txt.

import Content
import WebText

struct Sitemap {
    struct Entry {
        var path: String
        var lastModified: Timestamp?
    }

    static func xml(_ entries: [Entry], config: SiteConfig) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            xml += "<url><loc>\(XMLText.escape(config.absoluteURL(entry.path)))</loc>"
            if let modified = entry.lastModified { xml += "<lastmod>\(modified.iso8601)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(config: SiteConfig) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(config.absoluteURL("/sitemap.xml"))\n"
    }
}
