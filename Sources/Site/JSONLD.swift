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

    /// An article node's `about` (its three most-mentioned entities) and `mentions` (the rest); none
    /// without entities. An entity with a topic page is the node its topic made once for every article.
    static func entityFields(_ entities: [Entity], topics: TopicIndex) -> [(String, JSONValue)] {
        guard !entities.isEmpty else { return [] }
        let ranked = entities.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
        func node(_ entity: Entity) -> JSONValue {
            topics.topics[TopicKey(kind: entity.kind, name: entity.name)].map { .raw($0.schemaNode) }
                ?? entityNode(entity.kind, name: entity.name, url: nil, links: [])
        }
        return [("about", .array(ranked.prefix(3).map(node))), ("mentions", .array(ranked.dropFirst(3).map(node)))]
    }

    /// A person, organisation or place: its name, its topic page and the curated file's links to it elsewhere.
    static func entityNode(_ kind: EntityKind, name: String, url: String?, links: [String]) -> JSONValue {
        var fields: [(String, JSONValue)] = [("@type", .string(type(kind))), ("name", .string(name))]
        if let url { fields.append(("url", .string(url))) }
        if !links.isEmpty { fields.append(("sameAs", .array(links.map(JSONValue.string)))) }
        return .object(fields)
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
                .object([("@type", "Person"), ("name", .string($0)), ("url", .string(config.absoluteURL(SitePaths.term(named: $0, in: "authors"))))])
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
