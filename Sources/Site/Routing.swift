// Decides which articles are published and at which URL, and reports pages that claim the same URL.

import Content
import Diagnostics
import Markdown

struct Routing {
    /// Published sources and their site paths, index for index.
    var routed: [ArticleSource] = []
    var paths: [String] = []
    /// Content-relative file → site path, for rewriting `.md` links.
    var pathsByFile: [String: String] = [:]
    /// Section folder → site path.
    var sections: [String: String] = [:]
    var diagnostics = DiagnosticList()

    static let reservedRoots = ["/tags/", "/categories/", "/authors/", "/assets/", "/archive/", "/people/", "/organizations/", "/places/", "/products/"]

    static func route(_ sources: [ArticleSource], sections: Set<String>, sectionIndexes: [String: ArticleSource],
                      contentDisplay: String, options: BuildOptions) -> Routing {
        var routing = Routing()
        var owners: [String: String] = [:]
        for root in reservedRoots { owners[root] = "sitegen's own \(root) pages" }
        for section in sections.sorted() {
            let path = SitePaths.section(section)
            routing.sections[section] = path
            if let existing = owners[path], !section.isEmpty {
                routing.diagnostics.error("the section folder claims the URL \(path), which is \(existing)",
                                          at: SourceLocation(file: contentDisplay + "/" + section))
            }
            owners[path] = "the section \(contentDisplay)/\(section)"
            let indexFile = section.isEmpty ? "_index.md" : section + "/_index.md"
            routing.pathsByFile[indexFile] = path
        }
        let prefix = contentDisplay + "/"
        // Sort positions, not the sources themselves: moving ten thousand structs is slow.
        for position in sources.indices.sorted(by: { sources[$0].file.displayPath < sources[$1].file.displayPath }) {
            let source = sources[position]
            let matter = source.frontMatter
            let relative = String(source.file.displayPath.dropFirst(prefix.count))
            if matter.draft && !options.includeDrafts { continue }
            if let date = matter.date, date > options.now, !options.includeFuture { continue }
            let slug = matter.slug.map(Slug.make) ?? Slug.make(source.file.fileStem)
            guard !slug.isEmpty else {
                routing.diagnostics.error("the file name gives an empty URL slug; add `slug: some-words` to the front matter",
                                          at: SourceLocation(file: source.file.displayPath, line: 1, column: 1))
                continue
            }
            let path = SitePaths.section(source.file.section) + slug + "/"
            if let existing = owners[path] {
                routing.diagnostics.error("two pages claim the URL \(path): this file and \(existing)",
                                          at: matter.locations["slug"] ?? SourceLocation(file: source.file.displayPath, line: 1, column: 1))
                continue
            }
            owners[path] = source.file.displayPath
            routing.routed.append(source)
            routing.paths.append(path)
            routing.pathsByFile[relative] = path
        }
        return routing
    }

    /// Aliases must not take the URL of a real page or of another alias.
    static func checkAliases(articles: [Article], taken: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var claimed: [String: String] = [:]
        for article in articles.sorted(by: { $0.file.displayPath < $1.file.displayPath }) {
            let location = article.frontMatter.locations["aliases"] ?? SourceLocation(file: article.file.displayPath, line: 1, column: 1)
            for alias in article.frontMatter.aliases {
                let path = Redirects.normalize(alias)
                if taken.contains(path) {
                    problems.append(.error("alias \(alias) is the URL of an existing page", at: location))
                } else if let other = claimed[path] {
                    problems.append(.error("alias \(alias) is also an alias of \(other)", at: location))
                } else {
                    claimed[path] = article.file.displayPath
                }
            }
        }
        return problems
    }
}
