// Shell-style path patterns for cache rules: `*` stays inside one folder, `**` crosses folders.

/// A path pattern such as `assets/**`, `*.html` or `images/*.jpg`.
///
/// A pattern without a `/` is matched against the file name alone, as in `.gitignore`, so `*.html`
/// covers every page at every depth.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let parts: [UInt8]
    private let matchesBasename: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        let trimmed = pattern.hasPrefix("/") ? String(pattern.dropFirst()) : pattern
        self.parts = Array(trimmed.utf8)
        self.matchesBasename = !trimmed.contains("/")
    }

    /// Whether a site-relative path (`business/a/index.html`, no leading slash) matches.
    public func matches(_ path: String) -> Bool {
        var subject = Array(path.utf8)
        if subject.first == UInt8(ascii: "/") { subject.removeFirst() }
        if matchesBasename, let slash = subject.lastIndex(of: UInt8(ascii: "/")) {
            subject = Array(subject[(slash + 1)...])
        }
        return Self.match(parts[...], subject[...])
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex
        var t = text.startIndex
        while p < pattern.endIndex {
            let c = pattern[p]
            if c == UInt8(ascii: "*") {
                let crossesFolders = p + 1 < pattern.endIndex && pattern[p + 1] == UInt8(ascii: "*")
                let rest = p + (crossesFolders ? 2 : 1)
                // `**/` also matches no folder at all.
                if crossesFolders, rest < pattern.endIndex, pattern[rest] == UInt8(ascii: "/"), match(pattern[(rest + 1)...], text[t...]) {
                    return true
                }
                if rest == pattern.endIndex { return crossesFolders || !text[t...].contains(UInt8(ascii: "/")) }
                var i = t
                while i <= text.endIndex {
                    if match(pattern[rest...], text[i...]) { return true }
                    if i == text.endIndex || (!crossesFolders && text[i] == UInt8(ascii: "/")) { break }
                    i += 1
                }
                return false
            }
            guard t < text.endIndex else { return false }
            if c != UInt8(ascii: "?") && c != text[t] { return false }
            if c == UInt8(ascii: "?") && text[t] == UInt8(ascii: "/") { return false }
            p += 1
            t += 1
        }
        return t == text.endIndex
    }
}
