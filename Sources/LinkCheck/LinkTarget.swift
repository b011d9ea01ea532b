// What a link points at: a file of the site (with an optional anchor), the web, or nothing to check.

import Foundation

/// A link as the checker sees it.
public enum LinkTarget: Sendable, Hashable {
    /// A file of the built site, relative to its root (`business/a/index.html`), and a fragment.
    case site(file: String, alternatives: [String], fragment: String?)
    /// An http(s) URL on another site (or this one, written absolutely).
    case external(String)
    /// `mailto:`, `tel:`, `data:` and the like.
    case ignored

    /// Resolves `href`, printed on the page at site path `page` (`/business/a/`), for a site whose
    /// links start with `basePath` (`/` or `/news/`).
    public static func resolve(_ href: String, onPage page: String, basePath: String) -> LinkTarget {
        let lower = href.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return .external(href) }
        if href.hasPrefix("//") { return .external("https:" + href) }
        // Searched on UTF-8 bytes: Character searches and Foundation's percent decoding, called for
        // every link of every article, were most of this function's time.
        if let colon = href.utf8.firstIndex(of: UInt8(ascii: ":")),
           !href.utf8[..<colon].contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            return .ignored
        }
        var path = href
        var fragment: String?
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = Self.percentDecoded(String(path[path.utf8.index(after: hash)...]))
            path = String(path[..<hash])
        }
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = String(path[..<query]) }
        if path.isEmpty {
            path = page
        } else if !path.hasPrefix("/") {
            let folder = page.hasSuffix("/") ? page : String(page[...(page.lastIndex(of: "/") ?? page.startIndex)])
            path = resolveDots(folder + path)
        } else if path.hasPrefix(basePath) {
            path = "/" + path.dropFirst(basePath.count)
        }
        path = Self.percentDecoded(path)
        let relative = String(path.drop { $0 == "/" })
        if relative.isEmpty || path.hasSuffix("/") {
            return .site(file: relative + "index.html", alternatives: [], fragment: fragment)
        }
        // `/business/a` is served from business/a/index.html by static hosts (after a redirect).
        return .site(file: relative, alternatives: [relative + "/index.html"], fragment: fragment)
    }

    /// `text` with %XX escapes decoded (as it was when it has none, or they are malformed).
    static func percentDecoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? (text.removingPercentEncoding ?? text) : text
    }

    /// `/a/b/../c/./d/` → `/a/c/d/`, as a browser resolves it; `..` never climbs above `/`.
    /// Worked on UTF-8 bytes: splitting into Substrings and matching them as Characters, for every
    /// relative link of every article, was a percent of a 10,000-article build.
    static func resolveDots(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        // Each kept piece as a range of `bytes`; joined with slashes at the end.
        var parts: [Range<Int>] = []
        var start = 0
        var i = 0
        while i <= bytes.count {
            guard i == bytes.count || bytes[i] == slash else { i += 1; continue }
            let piece = start..<i
            let first = start == 0, last = i == bytes.count
            if piece.count == 1 && bytes[start] == dot {
                if last { parts.append(i..<i) }
            } else if piece.count == 2 && bytes[start] == dot && bytes[start + 1] == dot {
                if parts.count > 1 { parts.removeLast() }
                if last { parts.append(i..<i) }
            } else if !(piece.isEmpty && !first && !last) {
                parts.append(piece)
            }
            start = i + 1
            i += 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (k, part) in parts.enumerated() {
            if k > 0 { out.append(slash) }
            out.append(contentsOf: bytes[part])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
