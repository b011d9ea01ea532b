// An article as the site publishes it: routed to its URL and with its body rendered.

import Content
import Entities
import LinkCheck
import Markdown

/// One published page from a Markdown file. A class, not a struct: the build sorts, groups and
/// caches ten thousand of these, and copying their many fields was a third of an incremental rebuild.
public final class Article: Sendable {
    public let file: ContentFile
    public let frontMatter: FrontMatter
    /// Site path such as `/business/foo/` (without the base URL's path).
    public let path: String
    public let section: String
    /// Top-level files (`content/about.md`) are standalone pages: not in listings or feeds.
    public let isStandalone: Bool
    public let html: String
    public let tableOfContents: [TableOfContentsEntry]
    public let summary: String
    public let wordCount: Int
    /// Ids defined in the body, for anchor checks.
    public let ids: [String]
    /// Links and images in the body, resolved, with where each is written, for link checks.
    public let links: [PageLink]
    /// Files that this article's links point into with a `#fragment`: their ids are collected while writing.
    let anchorFiles: [String]
    /// Pixel size of the front matter image, when it is a local file.
    public let imageSize: (width: Int, height: Int)?
    /// Changes whenever anything a page shows of this article changes: pages built from it are
    /// re-rendered only then.
    public let contentHash: Int
    /// People, organisations, places, quotes and figures found in the article (nil when extraction is off).
    public let extraction: Extraction?
    /// What "More like this" matches on: tags and the ten most-mentioned entities, worked out once
    /// here so that a preview rebuild does not redo it for every article.
    let relatedFeatures: [String]
    /// A hash of the entities and their mention counts: equal when a save changed only prose.
    let entityHash: Int

    init(file: ContentFile, frontMatter: FrontMatter, path: String, section: String, isStandalone: Bool, html: String,
         tableOfContents: [TableOfContentsEntry], summary: String, wordCount: Int, ids: [String], links: [PageLink] = [],
         imageSize: (width: Int, height: Int)?, contentHash: Int, extraction: Extraction?) {
        self.extraction = extraction
        self.file = file
        self.frontMatter = frontMatter
        self.path = path
        self.section = section
        self.isStandalone = isStandalone
        self.html = html
        self.tableOfContents = tableOfContents
        self.summary = summary
        self.wordCount = wordCount
        self.ids = ids
        self.links = links
        self.anchorFiles = InternalLinks.filesWithAnchors(links)
        self.imageSize = imageSize
        self.contentHash = contentHash
        let entities = extraction?.entities ?? []
        relatedFeatures = frontMatter.tags.map { "tag:" + Slug.make($0) }
            + entities.filter { $0.kind != .product }.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
                .prefix(10).map { "\($0.kind.rawValue):\($0.name)" }
        var hasher = Hasher()
        for entity in entities {
            hasher.combine(entity.kind)
            hasher.combine(entity.name)
            hasher.combine(entity.mentions)
        }
        entityHash = hasher.finalize()
    }

    public var title: String { frontMatter.title }
    public var date: Timestamp? { frontMatter.date }
    public var lastModified: Timestamp? { frontMatter.updated ?? frontMatter.date }

    /// Minutes at 230 words a minute, at least one.
    public var readingMinutes: Int { max(1, (wordCount + 229) / 230) }

    /// Newest first; undated last; then by title and path so the order never depends on timing.
    static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.title, a.path) < (b.title, b.path)
        }
    }
}

/// A content folder as a section of the site.
public struct Section: Sendable {
    public var path: String
    public var title: String
    public var url: String
    public var index: ArticleSource?
    public var introHTML: String
    /// Articles of this section and every section below it, newest first.
    public var articles: [Int] = []
}

/// A tag, category or author and the articles filed under it.
public struct Term: Sendable {
    public var name: String
    public var slug: String
    public var articles: [Int] = []
}

/// Tags, categories or authors.
public struct Taxonomy: Sendable {
    public var name: String
    public var singular: String
    public var slug: String
    public var terms: [String: Term] = [:]

    public var sortedTerms: [Term] { terms.values.sorted { $0.slug < $1.slug } }

    mutating func file(_ names: [String], article: Int) {
        for name in names {
            let slug = Slug.make(name)
            guard !slug.isEmpty else { continue }
            if terms[slug] == nil { terms[slug] = Term(name: name, slug: slug) }
            if terms[slug]!.articles.last != article { terms[slug]!.articles.append(article) }
        }
    }

    func path(of term: Term) -> String { SitePaths.term(slug: term.slug, in: slug) }
}
