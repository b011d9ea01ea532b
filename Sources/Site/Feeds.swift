// Writes RSS 2.0 and Atom feeds with full article content.

import Content
import Foundation
import Markdown

struct Feeds {
    let config: SiteConfig
    let paths: SitePaths

    /// RSS 2.0 for `articles` (already newest first and limited), found at `feedPath`.
    func rss(title: String, description: String, pagePath: String, feedPath: String, articles: [Article]) -> String {
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        <title>\(XMLText.escape(title))</title>
        <link>\(XMLText.escape(config.absoluteURL(pagePath)))</link>
        <description>\(XMLText.escape(description.isEmpty ? title : description))</description>
        <language>\(XMLText.escape(config.language))</language>
        <atom:link href="\(XMLText.escape(config.absoluteURL(feedPath)))" rel="self" type="application/rss+xml"/>

        """
        if let newest = articles.compactMap(\.lastModified).max() {
            xml += "<lastBuildDate>\(newest.rfc822)</lastBuildDate>\n"
        }
        for article in articles {
            let url = XMLText.escape(config.absoluteURL(article.path))
            xml += "<item>\n<title>\(XMLText.escape(article.title))</title>\n<link>\(url)</link>\n<guid isPermaLink=\"true\">\(url)</guid>\n"
            if let date = article.date { xml += "<pubDate>\(date.rfc822)</pubDate>\n" }
            for author in authors(of: article) { xml += "<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\(XMLText.escape(author))</dc:creator>\n" }
            for tag in article.frontMatter.tags { xml += "<category>\(XMLText.escape(tag))</category>\n" }
            xml += "<description>\(XMLText.escape(article.summary))</description>\n"
            xml += "<content:encoded>\(XMLText.escape(absolutized(article.html)))</content:encoded>\n</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }

    /// Atom 1.0 for the same articles.
    func atom(title: String, pagePath: String, feedPath: String, articles: [Article]) -> String {
        let updated = articles.compactMap(\.lastModified).max() ?? Timestamp(secondsSinceEpoch: 0)
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(config.language))">
        <title>\(XMLText.escape(title))</title>
        <id>\(XMLText.escape(config.absoluteURL(pagePath)))</id>
        <link href="\(XMLText.escape(config.absoluteURL(pagePath)))"/>
        <link rel="self" href="\(XMLText.escape(config.absoluteURL(feedPath)))"/>
        <updated>\(updated.iso8601)</updated>

        """
        for article in articles {
            let url = XMLText.escape(config.absoluteURL(article.path))
            let modified = article.lastModified ?? updated
            xml += "<entry>\n<title>\(XMLText.escape(article.title))</title>\n<id>\(url)</id>\n<link href=\"\(url)\"/>\n"
            if let date = article.date { xml += "<published>\(date.iso8601)</published>\n" }
            xml += "<updated>\(modified.iso8601)</updated>\n"
            let names = authors(of: article)
            for author in names.isEmpty ? [config.title] : names { xml += "<author><name>\(XMLText.escape(author))</name></author>\n" }
            for tag in article.frontMatter.tags { xml += "<category term=\"\(XMLText.escape(tag))\"/>\n" }
            xml += "<summary>\(XMLText.escape(article.summary))</summary>\n"
            xml += "<content type=\"html\">\(XMLText.escape(absolutized(article.html)))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// JSON Feed 1.1, with sorted keys so the bytes are stable.
    func json(title: String, description: String, pagePath: String, feedPath: String, articles: [Article]) -> String {
        var feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": title,
            "home_page_url": config.absoluteURL(pagePath),
            "feed_url": config.absoluteURL(feedPath),
            "language": config.language,
        ]
        if !description.isEmpty { feed["description"] = description }
        feed["items"] = articles.map { article -> [String: Any] in
            let url = config.absoluteURL(article.path)
            var item: [String: Any] = ["id": url, "url": url, "title": article.title, "content_html": absolutized(article.html)]
            if !article.summary.isEmpty { item["summary"] = article.summary }
            if let date = article.date { item["date_published"] = date.iso8601 }
            if let modified = article.frontMatter.updated { item["date_modified"] = modified.iso8601 }
            let names = authors(of: article)
            if !names.isEmpty { item["authors"] = names.map { ["name": $0, "url": config.absoluteURL("/authors/\(Slug.make($0))/")] } }
            if !article.frontMatter.tags.isEmpty { item["tags"] = article.frontMatter.tags }
            if let image = article.frontMatter.image {
                item["image"] = image.src.contains("://") ? image.src : config.absoluteURL(image.src)
            }
            return item
        }
        guard let data = try? JSONSerialization.data(withJSONObject: feed, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func authors(of article: Article) -> [String] {
        article.frontMatter.authors.isEmpty ? (config.defaultAuthor.map { [$0] } ?? []) : article.frontMatter.authors
    }

    /// Feed readers show content away from the site, so root-relative links must become absolute.
    private func absolutized(_ html: String) -> String {
        let root = String(config.baseURL.dropLast())
        return html.replacingOccurrences(of: "href=\"/", with: "href=\"\(root)/")
            .replacingOccurrences(of: "src=\"/", with: "src=\"\(root)/")
    }
}

