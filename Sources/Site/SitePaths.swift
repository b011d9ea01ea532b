// Maps site paths to files in the output folder and to the links pages print.

/// Turns site paths (`/business/foo/`) into output files and links under the base URL's path.
struct SitePaths: Sendable {
    /// `/` or `/news/` when the site lives below a path.
    var basePath: String

    /// `/business/foo/` → `business/foo/index.html`; `/feed.xml` → `feed.xml`.
    static func outputFile(for path: String) -> String {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if trimmed.isEmpty { return "index.html" }
        return trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }

    /// The href a page prints for a site path.
    func link(_ path: String) -> String {
        basePath + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }

    /// `/tags/ai/` page 3 → `/tags/ai/page/3/`.
    static func paginated(_ path: String, page: Int) -> String {
        page <= 1 ? path : path + "page/\(page)/"
    }

    /// `2025-05` → `/archive/2025/05/`.
    static func archive(_ yearMonth: String) -> String {
        "/archive/" + yearMonth.replacingOccurrences(of: "-", with: "/") + "/"
    }

    /// `/authors/jane-doe/`: the page of a term (an author, a tag, a category) in its taxonomy's folder.
    static func term(slug: String, in taxonomy: String) -> String { "/\(taxonomy)/\(slug)/" }

    static func term(named name: String, in taxonomy: String) -> String { term(slug: Slug.make(name), in: taxonomy) }

    /// The site path of a section folder.
    static func section(_ section: String) -> String {
        section.isEmpty ? "/" : "/" + section.split(separator: "/").map { Slug.make(String($0)) }.joined(separator: "/") + "/"
    }
}

import Markdown
