// Checks links between pages of one built site: the file must exist, and so must the anchor.

import Diagnostics

/// A link on a page, with where its source is written.
public struct PageLink: Sendable, Hashable {
    /// As written in the source, for messages.
    public var written: String
    /// As printed on the page.
    public var href: String
    /// Site path of the page that holds it (`/business/a/`).
    public var page: String
    public var location: SourceLocation
    /// What it points at, resolved once: a preview rebuild checks ten thousand pages' links again.
    public let target: LinkTarget

    public init(written: String, href: String, page: String, location: SourceLocation, basePath: String) {
        self.written = written
        self.href = href
        self.page = page
        self.location = location
        self.target = LinkTarget.resolve(href, onPage: page, basePath: basePath)
    }
}

/// The files of a built site and, for the files links point into, their ids.
public struct SiteFiles: Sendable {
    public var files: Set<String>
    /// File → ids it defines; a file missing here has none that a check asked for.
    public var ids: [String: Set<String>]

    public init(files: Set<String>, ids: [String: Set<String>]) {
        self.files = files
        self.ids = ids
    }
}

public enum InternalLinks {
    /// The files whose ids the check will need: the targets of links with a fragment.
    public static func filesWithAnchors(_ links: [PageLink]) -> [String] {
        var needed: [String] = []
        for i in links.indices {
            if case .site(let file, let alternatives, let fragment?) = links[i].target, !fragment.isEmpty {
                needed.append(file)
                needed.append(contentsOf: alternatives)
            }
        }
        return needed
    }

    /// One diagnostic per link that points at no file or no anchor, at the link's source position.
    /// (Links are read in place by index: copying ten thousand pages' links out of their arrays,
    /// each copy retaining its strings, was most of the check's time.)
    public static func check(_ links: [PageLink], in site: SiteFiles, severity: Diagnostic.Severity) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for i in links.indices {
            guard case .site(let file, let alternatives, let fragment) = links[i].target else { continue }
            guard let found = site.files.contains(file) ? file : alternatives.first(where: site.files.contains) else {
                problems.append(Diagnostic(severity, "link to \(links[i].written) does not resolve", at: links[i].location))
                continue
            }
            // `#top` scrolls to the top in every browser, with or without such an id.
            guard let fragment, !fragment.isEmpty, fragment != "top", found.hasSuffix(".html") else { continue }
            if site.ids[found]?.contains(fragment) != true {
                problems.append(Diagnostic(severity, "link to \(links[i].written): the page has no anchor `#\(fragment)`", at: links[i].location))
            }
        }
        return problems
    }

    /// Every `id="..."` in an HTML page.
    public static func ids(inHTML bytes: [UInt8]) -> Set<String> {
        var found = Set<String>()
        let pattern: [UInt8] = Array(" id=\"".utf8)
        var i = 0
        let count = bytes.count
        while i + pattern.count < count {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                let start = i + pattern.count
                var end = start
                while end < count && bytes[end] != 34 { end += 1 }
                found.insert(String(decoding: bytes[start..<end], as: UTF8.self))
                i = end
            }
            i += 1
        }
        return found
    }
}
