// An article as the site publishes it: routed to its URL and with its body rendered.

import Content
import Markdown

/// One published page from a Markdown file.
public struct Article: Sendable {
    public var file: ContentFile
    public var frontMatter: FrontMatter
    /// Site path such as `/business/foo/` (without the base URL's path).
    public var path: String
    public var section: String
    /// Top-level files (`content/about.md`) are standalone pages: not in listings or feeds.
    public var isStandalone: Bool
    public var html: String
    public var tableOfContents: [TableOfContentsEntry]
    public var summary: String
    public var wordCount: Int
    /// Ids defined in the body, for anchor checks.
    public var ids: [String]
    /// Pixel size of the front matter image, when it is a local file.
    public var imageSize: (width: Int, height: Int)?
    /// Changes whenever anything a page shows of this article changes: pages built from it are
    /// re-rendered only then.
    public var contentHash = 0

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

    func path(of term: Term) -> String { "/\(slug)/\(term.slug)/" }
}
