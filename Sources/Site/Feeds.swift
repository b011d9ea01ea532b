// Writes RSS 2.0 and Atom feeds with full article content.

import Content
import Foundation
import Markdown
import WebText

struct Feeds {
    let config: SiteConfig
    let paths: SitePaths

    /// RSS 2.0 for `articles` (already newest first and limited), found at `feedPath`.
    func rss(title: String, description: String, pagePath: String, feedPath: String, articles: [Article], contents: [String]) -> String {
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
        for (article, content) in zip(articles, contents) {
            let url = XMLText.escape(config.absoluteURL(article.path))
            xml += "<item>\n<title>\(XMLText.escape(article.title))</title>\n<link>\(url)</link>\n<guid isPermaLink=\"true\">\(url)</guid>\n"
            if let date = article.date { xml += "<pubDate>\(date.rfc822)</pubDate>\n" }
            for author in authors(of: article) { xml += "<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\(XMLText.escape(author))</dc:creator>\n" }
            for tag in article.frontMatter.tags { xml += "<category>\(XMLText.escape(tag))</category>\n" }
            xml += "<description>\(XMLText.escape(article.summary))</description>\n"
            xml += "<content:encoded>\(XMLText.escape(content))</content:encoded>\n</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }

    /// Atom 1.0 for the same articles.
    func atom(title: String, pagePath: String, feedPath: String, articles: [Article], contents: [String]) -> String {
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
        for (article, content) in zip(articles, contents) {
            let url = XMLText.escape(config.absoluteURL(article.path))
            let modified = article.lastModified ?? updated
            xml += "<entry>\n<title>\(XMLText.escape(article.title))</title>\n<id>\(url)</id>\n<link href=\"\(url)\"/>\n"
            if let date = article.date { xml += "<published>\(date.iso8601)</published>\n" }
            xml += "<updated>\(modified.iso8601)</updated>\n"
            let names = authors(of: article)
            for author in names.isEmpty ? [config.title] : names { xml += "<author><name>\(XMLText.escape(author))</name></author>\n" }
            for tag in article.frontMatter.tags { xml += "<category term=\"\(XMLText.escape(tag))\"/>\n" }
            xml += "<summary>\(XMLText.escape(article.summary))</summary>\n"
            xml += "<content type=\"html\">\(XMLText.escape(content))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// JSON Feed 1.1.
    func json(title: String, description: String, pagePath: String, feedPath: String, articles: [Article], contents: [String]) -> String {
        var feed: [(String, JSONValue)] = [
            ("version", "https://jsonfeed.org/version/1.1"),
            ("title", .string(title)),
            ("home_page_url", .string(config.absoluteURL(pagePath))),
            ("feed_url", .string(config.absoluteURL(feedPath))),
            ("language", .string(config.language)),
        ]
        if !description.isEmpty { feed.append(("description", .string(description))) }
        feed.append(("items", .array(zip(articles, contents).map { article, content in
            let url = config.absoluteURL(article.path)
            var item: [(String, JSONValue)] = [("id", .string(url)), ("url", .string(url)), ("title", .string(article.title))]
            if !article.summary.isEmpty { item.append(("summary", .string(article.summary))) }
            item.append(("content_html", .string(content)))
            if let date = article.date { item.append(("date_published", .string(date.iso8601))) }
            if let modified = article.frontMatter.updated { item.append(("date_modified", .string(modified.iso8601))) }
            let names = authors(of: article)
            if !names.isEmpty {
                item.append(("authors", .array(names.map { .object([("name", .string($0)), ("url", .string(config.absoluteURL(SitePaths.term(named: $0, in: "authors"))))]) })))
            }
            if !article.frontMatter.tags.isEmpty { item.append(("tags", .array(article.frontMatter.tags.map(JSONValue.string)))) }
            if let image = article.frontMatter.image {
                item.append(("image", .string(image.src.contains("://") ? image.src : config.absoluteURL(image.src))))
            }
            return .object(item)
        })))
        return JSONValue.object(feed).serialized(indent: true)
    }

    private func authors(of article: Article) -> [String] {
        article.frontMatter.authors.isEmpty ? (config.defaultAuthor.map { [$0] } ?? []) : article.frontMatter.authors
    }

    /// Feed readers show content away from the site, so root-relative links (`href="/…"`, `src="/…"`)
    /// become absolute. One pass over the bytes: Foundation's replacingOccurrences was slow here.
    func absolutized(_ html: String) -> String {
        let root = Array(config.baseURL.utf8.dropLast())
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        let href = Array("href=\"/".utf8), src = Array("src=\"/".utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "h") && bytes[i...].starts(with: href) && !bytes[(i + href.count)...].starts(with: [UInt8(ascii: "/")]) {
                out.append(contentsOf: href.dropLast())
                out.append(contentsOf: root)
                i += href.count - 1
            } else if bytes[i] == UInt8(ascii: "s") && bytes[i...].starts(with: src) && !bytes[(i + src.count)...].starts(with: [UInt8(ascii: "/")]) {
                out.append(contentsOf: src.dropLast())
                out.append(contentsOf: root)
                i += src.count - 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

