// schema.org structured data (NewsArticle or Report, BreadcrumbList) as a safe <script> body.

import Content
import Foundation
import Markdown

enum JSONLD {
    /// Serialises with sorted keys (byte-stable) and escapes `<` so the JSON cannot close its `<script>`.
    static func script(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    static func webPage(title: String, description: String, url: String, config: SiteConfig) -> [String: Any] {
        [
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": title,
            "description": description,
            "url": url,
            "isPartOf": ["@type": "WebSite", "name": config.title, "url": config.baseURL],
        ]
    }

    static func article(_ a: Article, authors: [String], section: Section?, config: SiteConfig, image: String?) -> [String: Any] {
        let permalink = config.absoluteURL(a.path)
        var article: [String: Any] = [
            "@type": a.frontMatter.layout == "report" ? "Report" : "NewsArticle",
            "headline": a.title,
            "description": a.summary,
            "url": permalink,
            "mainEntityOfPage": permalink,
            "inLanguage": config.language,
            "wordCount": a.wordCount,
            "publisher": ["@type": "Organization", "name": config.title, "url": config.baseURL],
            "author": authors.map { ["@type": "Person", "name": $0, "url": config.absoluteURL("/authors/\(Slug.make($0))/")] },
        ]
        if let date = a.date { article["datePublished"] = date.iso8601 }
        if let modified = a.lastModified { article["dateModified"] = modified.iso8601 }
        if let image { article["image"] = [image] }
        if !a.frontMatter.tags.isEmpty { article["keywords"] = a.frontMatter.tags }
        if let section { article["articleSection"] = section.title }
        var crumbs: [[String: Any]] = [["@type": "ListItem", "position": 1, "name": config.title, "item": config.baseURL]]
        if let section {
            crumbs.append(["@type": "ListItem", "position": 2, "name": section.title, "item": config.absoluteURL(section.url)])
        }
        crumbs.append(["@type": "ListItem", "position": crumbs.count + 1, "name": a.title, "item": permalink])
        return ["@context": "https://schema.org", "@graph": [article, ["@type": "BreadcrumbList", "itemListElement": crumbs]]]
    }
}
