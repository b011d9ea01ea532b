// schema.org structured data (NewsArticle or Report, BreadcrumbList) for a page's <script> element.

import Content
import Entities
import Markdown

enum JSONLD {
    static func webPage(title: String, description: String, url: String, config: SiteConfig) -> JSONValue {
        .object([
            ("@context", "https://schema.org"),
            ("@type", "WebPage"),
            ("name", .string(title)),
            ("description", .string(description)),
            ("url", .string(url)),
            ("isPartOf", .object([("@type", "WebSite"), ("name", .string(config.title)), ("url", .string(config.baseURL))])),
        ])
    }

    /// schema.org types for entities.
    static func type(_ kind: EntityKind) -> String {
        switch kind {
        case .person: return "Person"
        case .organization: return "Organization"
        case .place: return "Place"
        case .product: return "Product"
        }
    }

    /// An article node's `about` (its three most-mentioned entities) and `mentions` (the rest); none without entities.
    static func entityFields(_ entities: [(entity: Entity, url: String?)], curated: TopicIndex) -> [(String, JSONValue)] {
        guard !entities.isEmpty else { return [] }
        let ranked = entities.sorted { ($1.entity.mentions, $0.entity.name) < ($0.entity.mentions, $1.entity.name) }
        func node(_ item: (entity: Entity, url: String?)) -> JSONValue {
            var fields: [(String, JSONValue)] = [("@type", .string(type(item.entity.kind))), ("name", .string(item.entity.name))]
            if let url = item.url { fields.append(("url", .string(url))) }
            let links = curated.topics[TopicKey(kind: item.entity.kind, name: item.entity.name)]?.curated?.links ?? []
            if !links.isEmpty { fields.append(("sameAs", .array(links.map(JSONValue.string)))) }
            return .object(fields)
        }
        return [("about", .array(ranked.prefix(3).map(node))), ("mentions", .array(ranked.dropFirst(3).map(node)))]
    }

    /// `entities`: the `about` and `mentions` fields (see `entityFields`), placed right after the type.
    static func article(_ a: Article, authors: [String], section: Section?, config: SiteConfig, image: String?,
                        entities: [(String, JSONValue)] = []) -> JSONValue {
        let permalink = config.absoluteURL(a.path)
        var article: [(String, JSONValue)] = [("@type", a.frontMatter.layout == "report" ? "Report" : "NewsArticle")] + entities + [
            ("headline", .string(a.title)),
            ("description", .string(a.summary)),
            ("url", .string(permalink)),
            ("mainEntityOfPage", .string(permalink)),
            ("inLanguage", .string(config.language)),
            ("wordCount", .int(a.wordCount)),
            ("publisher", .object([("@type", "Organization"), ("name", .string(config.title)), ("url", .string(config.baseURL))])),
            ("author", .array(authors.map {
                .object([("@type", "Person"), ("name", .string($0)), ("url", .string(config.absoluteURL("/authors/\(Slug.make($0))/")))])
            })),
        ]
        if let date = a.date { article.append(("datePublished", .string(date.iso8601))) }
        if let modified = a.lastModified { article.append(("dateModified", .string(modified.iso8601))) }
        if let image { article.append(("image", [.string(image)])) }
        if !a.frontMatter.tags.isEmpty { article.append(("keywords", .array(a.frontMatter.tags.map(JSONValue.string)))) }
        if let section { article.append(("articleSection", .string(section.title))) }
        var crumbs: [(name: String, url: String)] = [(config.title, config.baseURL)]
        if let section { crumbs.append((section.title, config.absoluteURL(section.url))) }
        crumbs.append((a.title, permalink))
        let list = JSONValue.array(crumbs.enumerated().map { index, crumb in
            .object([("@type", "ListItem"), ("position", .int(index + 1)), ("name", .string(crumb.name)), ("item", .string(crumb.url))])
        })
        return .object([
            ("@context", "https://schema.org"),
            ("@graph", [.object(article), .object([("@type", "BreadcrumbList"), ("itemListElement", list)])]),
        ])
    }
}
