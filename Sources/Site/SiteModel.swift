// The assembled site: articles in order, sections with their articles, tags, categories and authors.

import Content
import Diagnostics
import Markdown

struct SiteModel: Sendable {
    /// Newest first.
    var articles: [Article]
    /// By folder path, "" excluded (that is the home page).
    var sections: [String: Section]
    var taxonomies: [Taxonomy]
    /// Indexes of listed articles (not standalone pages), newest first.
    var listed: [Int]
    var homeIntroHTML: String
    var homeTitle: String?
    var diagnostics = DiagnosticList()
    /// Listed articles by month (`2025-05`), newest month first.
    var months: [(key: String, articles: [Int])] {
        var byMonth: [String: [Int]] = [:]
        for i in listed { if let date = articles[i].date { byMonth[date.yearMonth, default: []].append(i) } }
        return byMonth.sorted { $0.key > $1.key }.map { ($0.key, $0.value) }
    }

    /// Topic pages for people, organisations and places.
    var topics = TopicIndex()

    /// Page-bundle files by the display path of the bundle's index.md.
    var bundleAssets: [String: [BundleAsset]] = [:]

    /// Every site path a generated page will have, for alias checks.
    var allPagePaths: Set<String> {
        var paths = Set(articles.map(\.path))
        paths.insert("/")
        paths.insert("/archive/")
        for month in months { paths.insert(SitePaths.archive(month.key)) }
        for section in sections.values { paths.insert(section.url) }
        for kind in topics.kinds { paths.insert(TopicIndex.root(kind)) }
        for topic in topics.topics.values { paths.insert(topic.path) }
        for taxonomy in taxonomies {
            paths.insert("/\(taxonomy.slug)/")
            for term in taxonomy.terms.values { paths.insert(taxonomy.path(of: term)) }
        }
        return paths
    }

    static func assemble(articles: [Article], sections folders: [String: String], sectionIndexes: [String: ArticleSource],
                         renderer: MarkdownRenderer, config: SiteConfig, contentPrefix: String) -> SiteModel {
        var diagnostics = DiagnosticList()
        func intro(_ source: ArticleSource?) -> String {
            guard let source else { return "" }
            let document = renderer.render(source.body, location: SourceLocation(file: source.file.displayPath, line: source.bodyLine))
            diagnostics.append(contentsOf: document.diagnostics)
            return document.html
        }
        var sections: [String: Section] = [:]
        for (folder, url) in folders where !folder.isEmpty {
            let index = sectionIndexes[folder]
            let fallback = (folder.split(separator: "/").last.map(String.init) ?? folder)
                .split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            let title = index.flatMap { $0.frontMatter.title.isEmpty ? nil : $0.frontMatter.title } ?? fallback
            sections[folder] = Section(path: folder, title: title, url: url, index: index, introHTML: intro(index))
        }
        var tags = Taxonomy(name: "Tags", singular: "Tag", slug: "tags")
        var categories = Taxonomy(name: "Categories", singular: "Category", slug: "categories")
        var authors = Taxonomy(name: "Authors", singular: "Author", slug: "authors")
        var listed: [Int] = []
        for (i, article) in articles.enumerated() where !article.isStandalone {
            listed.append(i)
            var folder = Substring(article.section)
            while !folder.isEmpty {
                sections[String(folder)]?.articles.append(i)
                folder = folder.lastIndex(of: "/").map { folder[..<$0] } ?? ""
            }
            tags.file(article.frontMatter.tags, article: i)
            categories.file(article.frontMatter.category.map { [$0] } ?? [], article: i)
            let names = article.frontMatter.authors.isEmpty ? (config.defaultAuthor.map { [$0] } ?? []) : article.frontMatter.authors
            authors.file(names, article: i)
        }
        let home = sectionIndexes[""]
        return SiteModel(articles: articles, sections: sections, taxonomies: [tags, categories, authors], listed: listed,
                         homeIntroHTML: intro(home), homeTitle: home.flatMap { $0.frontMatter.title.isEmpty ? nil : $0.frontMatter.title },
                         diagnostics: diagnostics)
    }

    /// The sections directly below the root, in title order, for navigation.
    var topSections: [Section] {
        sections.values.filter { !$0.path.contains("/") }.sorted { ($0.index?.frontMatter.weight ?? 0, $0.title) < ($1.index?.frontMatter.weight ?? 0, $1.title) }
    }
}
