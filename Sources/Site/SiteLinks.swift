// The site's side of link checking: gathers the links of every article, records what the build
// wrote (and the ids of pages that links point into), and hands both to LinkCheck.

import Diagnostics
import Foundation
import LinkCheck
import Markdown
import Output
import Parallelism
import Synchronization

/// Passes files through to the real sink and remembers them, with the ids of the pages asked for.
final class RecordingSink: OutputSink {
    private let inner: any OutputSink
    private let anchorFiles: Set<String>
    private let recorded = Mutex<SiteFiles>(SiteFiles(files: [], ids: [:]))

    init(_ inner: any OutputSink, anchorFiles: Set<String>) {
        self.inner = inner
        self.anchorFiles = anchorFiles
    }

    func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic) {
        try inner.write(bytes, to: relativePath)
        let ids = anchorFiles.contains(relativePath) ? InternalLinks.ids(inHTML: bytes) : nil
        recorded.withLock {
            $0.files.insert(relativePath)
            if let ids { $0.ids[relativePath] = ids }
        }
    }

    func copy(from source: String, to relativePath: String) throws(Diagnostic) {
        try inner.copy(from: source, to: relativePath)
        _ = recorded.withLock { $0.files.insert(relativePath) }
    }

    var files: SiteFiles { recorded.withLock { $0 } }
}

enum SiteLinks {
    /// An article's links and images, resolved against its page (done while rendering, on all cores).
    static func pageLinks(_ links: [DocumentLink], page: String, basePath: String) -> [PageLink] {
        links.map { PageLink(written: $0.destination, href: $0.href, page: page, location: $0.location, basePath: basePath) }
    }

    /// Every article's links checked against what the build wrote, on all cores. When the written
    /// files are those of the last check, an unchanged article (same content hash) keeps its answer:
    /// a preview save then checks one article's links, not ten thousand.
    static func check(_ articles: [Article], in files: SiteFiles, severity: Diagnostic.Severity,
                      previous: (files: SiteFiles, problems: [Int: [Diagnostic]])?) async -> (all: [Diagnostic], byArticle: [Int: [Diagnostic]]) {
        let reusable = previous.flatMap { $0.files.files == files.files && $0.files.ids == files.ids ? $0.problems : nil }
        let found = await Parallel.map(articles) { article -> (Int, [Diagnostic]) in
            if let known = reusable?[article.contentHash] { return (article.contentHash, known) }
            return (article.contentHash, InternalLinks.check(article.links, in: files, severity: severity))
        }
        return (found.flatMap(\.1), Dictionary(found, uniquingKeysWith: { a, _ in a }))
    }

    /// External URLs with every place they are written, for `sitegen check --external`.
    static func external(_ links: some Sequence<PageLink>) -> [String: [SourceLocation]] {
        var found: [String: [SourceLocation]] = [:]
        for link in links {
            if case .external(let url) = link.target {
                found[url, default: []].append(link.location)
            }
        }
        return found
    }
}
