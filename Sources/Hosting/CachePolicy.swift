// Which Cache-Control header each published file gets: the site's rules first, then sensible defaults.

/// Cache-Control by path. Rules from the site config are tried in order; the first match wins.
/// Without a match: content-hashed assets are cached for a year and never revalidated, pages and
/// feeds are revalidated on every request (so a correction shows at once), everything else for a day.
public struct CachePolicy: Sendable {
    public struct Rule: Sendable, Hashable {
        public var glob: Glob
        public var cacheControl: String
        public init(glob: Glob, cacheControl: String) {
            self.glob = glob
            self.cacheControl = cacheControl
        }
    }

    public var rules: [Rule]

    public static let immutable = "public, max-age=31536000, immutable"
    public static let revalidate = "no-cache"
    public static let day = "public, max-age=86400"

    public init(rules: [Rule] = []) {
        self.rules = rules
    }

    /// Rules as the site config writes them: glob → Cache-Control, in order.
    public init(globs: [(glob: String, cacheControl: String)]) {
        self.init(rules: globs.map { Rule(glob: Glob($0.glob), cacheControl: $0.cacheControl) })
    }

    /// The Cache-Control value for a site-relative path.
    public func cacheControl(for path: String) -> String {
        if let rule = rules.first(where: { $0.glob.matches(path) }) { return rule.cacheControl }
        if Self.isFingerprinted(path) { return Self.immutable }
        let type = ContentType.forPath(path)
        if type.hasPrefix("text/html") || type.contains("xml") || type.contains("json") || type.hasPrefix("text/plain") {
            return Self.revalidate
        }
        return Self.day
    }

    /// A name such as `style.e8c8861e81.css`: one dot-separated part of at least eight hex digits,
    /// which changes whenever the content does.
    public static func isFingerprinted(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        let pieces = name.split(separator: ".")
        guard pieces.count >= 3 else { return false }
        return pieces.dropFirst().dropLast().contains { piece in
            piece.utf8.count >= 8 && piece.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
        }
    }
}
