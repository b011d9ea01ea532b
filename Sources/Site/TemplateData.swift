// Builds the dictionaries templates see. Precomputes display values in Swift, since Mustache has no helpers.

import Content
import Markdown

/// The values shared by every page, and the builders for each kind of page's data.
struct TemplateData: Sendable {
    let config: SiteConfig
    let paths: SitePaths
    let stylesheet: String
    let sectionLinks: [[String: String]]

    var site: [String: Any] {
        [
            "title": config.title,
            "description": config.description,
            "language": config.language,
            "base_url": config.baseURL,
            "home": paths.link("/"),
            "rss": paths.link("/feed.xml"),
            "atom": paths.link("/atom.xml"),
            "stylesheet": paths.link(stylesheet),
            "sections": sectionLinks,
            "has_sections": !sectionLinks.isEmpty,
        ]
    }

    /// Values every page has: the site, its title and description, its canonical URL.
    func page(title: String, description: String, path: String, kind: String) -> [String: Any] {
        [
            "site": site,
            "page_title": title == config.title ? title : "\(title) | \(config.title)",
            "title": title,
            "description": description.isEmpty ? config.description : description,
            "canonical": config.absoluteURL(path),
            "kind": kind,
            "is_\(kind)": true,
        ]
    }

    func date(_ timestamp: Timestamp?) -> [String: String]? {
        guard let timestamp else { return nil }
        let c = timestamp.civil
        return ["iso": timestamp.iso8601, "display": "\(c.day) \(Self.months[c.month - 1]) \(c.year)"]
    }

    func link(_ name: String, _ path: String) -> [String: String] {
        ["name": name, "url": paths.link(path)]
    }

    /// What an article page and its teaser show.
    func article(_ a: Article, sectionTitle: String?) -> [String: Any] {
        var data: [String: Any] = [
            "title": a.title,
            "url": paths.link(a.path),
            "permalink": config.absoluteURL(a.path),
            "summary": a.summary,
            "content": a.html,
            "reading_time": a.readingMinutes,
            "word_count": a.wordCount,
            "draft": a.frontMatter.draft,
            "featured": a.frontMatter.featured,
        ]
        if let d = date(a.date) { data["date"] = d }
        if let u = date(a.frontMatter.updated), a.frontMatter.updated != a.date { data["updated"] = u }
        let authors = a.frontMatter.authors.isEmpty ? (config.defaultAuthor.map { [$0] } ?? []) : a.frontMatter.authors
        if !authors.isEmpty {
            data["has_authors"] = true
            data["authors"] = authors.enumerated().map { index, name -> [String: String] in
                var author = link(name, "/authors/\(Slug.make(name))/")
                author["sep"] = index == authors.count - 1 ? "" : (index == authors.count - 2 ? " and " : ", ")
                return author
            }
        }
        if !a.frontMatter.tags.isEmpty {
            data["has_tags"] = true
            data["tags"] = a.frontMatter.tags.filter { !Slug.make($0).isEmpty }.map { link($0, "/tags/\(Slug.make($0))/") }
        }
        if let category = a.frontMatter.category, !Slug.make(category).isEmpty {
            data["category"] = link(category, "/categories/\(Slug.make(category))/")
        }
        if let sectionTitle, !a.isStandalone {
            data["section"] = link(sectionTitle, SitePaths.section(a.section))
        }
        if !a.tableOfContents.isEmpty {
            data["has_toc"] = true
            data["toc"] = a.tableOfContents.map { ["id": $0.id, "text": $0.text, "sub": $0.level == 3] as [String: Any] }
        }
        if !a.frontMatter.keyFindings.isEmpty {
            data["key_findings"] = a.frontMatter.keyFindings
            data["has_key_findings"] = true
        }
        if let image = a.frontMatter.image {
            let src = image.src.hasPrefix("/") ? paths.link(image.src) : image.src
            var img: [String: Any] = ["src": src, "alt": image.alt ?? ""]
            if let size = a.imageSize {
                img["width"] = size.width
                img["height"] = size.height
            }
            if let caption = image.caption { img["caption"] = caption }
            if let credit = image.credit { img["credit"] = credit }
            data["image"] = img
        }
        return data
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
}
