// Rewrites links between Markdown files (`../markets/rates.md#outlook`) to the pages they become.

import Foundation
import Markdown

/// Resolves `.md` links relative to the linking file, over a table of content paths to site paths.
struct ContentLinks: Sendable {
    /// Content-relative file path (`business/foo.md`, `business/bar/index.md`, `business/_index.md`) → site path.
    var pathsByFile: [String: String]
    var paths: SitePaths

    /// The rewrite for a destination written in the file at content-relative `fromFile`.
    func rewrite(_ destination: String, fromFile: String) -> LinkRewrite {
        // Checked on UTF-8 bytes: Foundation's substring search and NSString paths cost more than
        // the rest of this, for every link of every article.
        let bytes = destination.utf8
        if destination.hasPrefix("#") || destination.hasPrefix("/") || Self.hasSchemeSeparator(bytes) || destination.hasPrefix("mailto:") {
            return .keep
        }
        let fragmentStart = bytes.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? bytes.endIndex
        let rawPath = String(destination[..<fragmentStart])
        let suffix = String(destination[fragmentStart...])
        guard Self.hasMarkdownExtension(rawPath), !rawPath.utf8.contains(UInt8(ascii: ":")) else { return .keep }
        let decoded = rawPath.utf8.contains(UInt8(ascii: "%")) ? (rawPath.removingPercentEncoding ?? rawPath) : rawPath
        let directory = fromFile.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(fromFile[..<$0]) } ?? ""
        guard let target = Self.normalize(directory.isEmpty ? decoded : directory + "/" + decoded) else {
            return .broken("link to \(destination) points outside content/")
        }
        guard let path = pathsByFile[target] else {
            return .broken("link to \(destination) does not resolve: there is no content/\(target)")
        }
        return .replace(paths.link(path) + suffix)
    }

    /// Whether `://` occurs anywhere in the destination. A plain loop: the standard library's
    /// generic search for a run of bytes cost more than the whole rest of the rewrite.
    static func hasSchemeSeparator(_ bytes: String.UTF8View) -> Bool {
        var matched = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: ":"): matched = 1
            case UInt8(ascii: "/") where matched == 2: return true
            case UInt8(ascii: "/") where matched == 1: matched = 2
            default: matched = 0
            }
        }
        return false
    }

    /// Whether `path` ends in `.md`, in any case.
    static func hasMarkdownExtension(_ path: String) -> Bool {
        let tail = Array(path.utf8.suffix(3))
        return tail.count == 3 && tail[0] == UInt8(ascii: ".") && tail[1] | 0x20 == UInt8(ascii: "m") && tail[2] | 0x20 == UInt8(ascii: "d")
    }

    /// Resolves `.` and `..`; nil when the path climbs above the content root.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
