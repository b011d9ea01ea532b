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
        if destination.hasPrefix("#") || destination.hasPrefix("/") || destination.contains("://") || destination.hasPrefix("mailto:") {
            return .keep
        }
        let fragmentStart = destination.firstIndex { $0 == "#" || $0 == "?" } ?? destination.endIndex
        let rawPath = String(destination[..<fragmentStart])
        let suffix = String(destination[fragmentStart...])
        guard rawPath.lowercased().hasSuffix(".md"), !rawPath.contains(":") else { return .keep }
        let decoded = rawPath.removingPercentEncoding ?? rawPath
        let directory = (fromFile as NSString).deletingLastPathComponent
        guard let target = Self.normalize(directory.isEmpty ? decoded : directory + "/" + decoded) else {
            return .broken("link to \(destination) points outside content/")
        }
        guard let path = pathsByFile[target] else {
            return .broken("link to \(destination) does not resolve: there is no content/\(target)")
        }
        return .replace(paths.link(path) + suffix)
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
