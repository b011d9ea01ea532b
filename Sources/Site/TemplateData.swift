// Builds the dictionaries templates see. Display values are computed in Swift, helpers are typed values.

import Content
import Entities
import Markdown
import Templates
import WebText

/// The values shared by every page, and the builders for each kind of page's data.
struct TemplateData: Sendable {
    let config: SiteConfig
    let paths: SitePaths
    let stylesheet: String
    let sectionLinks: [[String: String]]
    let style: LocaleStyle
    /// What templates see as `site`, made once: every page and panel item holds it, and building the
    /// dictionary again for each was a measurable part of a 10,000-article build. After
    /// `renderChrome` it has `header_html` and `footer_html` too.
    private(set) var site: [String: any Sendable] = [:]
    /// `partials/header` and `partials/footer` as rendered, for the pages' fingerprints.
    private(set) var chrome: [String: String] = [:]

    /// Articles dated after this are marked as scheduled (they appear only with --future or in the preview).
    let now: Timestamp

    init(config: SiteConfig, paths: SitePaths, stylesheet: String, sectionLinks: [[String: String]], now: Timestamp = .now) {
        self.now = now
        self.config = config
        self.paths = paths
        self.stylesheet = stylesheet
        self.sectionLinks = sectionLinks
        self.style = LocaleStyle(language: config.language, baseURL: config.baseURL)
        site = siteValues
    }

    /// `partials/header` and `partials/footer`, rendered once per build: they show only site values,
    /// and rendering them on every page cost a tenth of a build.
    mutating func renderChrome(with templates: TemplateSet) {
        for name in ["header", "footer"] {
            let html = templates.render("partials/\(name)", context: ["site": site]) ?? ""
            chrome["\(name)_html"] = html
            site["\(name)_html"] = html
        }
    }

    /// The `site` values that are plain text, by the names templates use (`site.title`): the same on
    /// every page, so they can be printed into the templates once (`TemplateSet.specialized`).
    var siteConstants: [String: String] {
        var constants: [String: String] = [:]
        for (name, value) in site {
            if let text = value as? String { constants["site.\(name)"] = text }
            if let text = value as? TemplateText { constants["site.\(name)"] = text.value }
        }
        return constants
    }

    private var siteValues: [String: any Sendable] {
        [
            "title": text(config.title),
            "description": config.description,
            "language": config.language,
            "base_url": config.baseURL,
            "home": paths.link("/"),
            "rss": paths.link("/feed.xml"),
            "atom": paths.link("/atom.xml"),
            "json_feed": paths.link("/feed.json"),
            "archive": paths.link("/archive/"),
            "people": paths.link("/people/"),
            "organizations": paths.link("/organizations/"),
            "places": paths.link("/places/"),
            "has_topics": config.entitiesEnabled,
            "tags": paths.link("/tags/"),
            "authors": paths.link("/authors/"),
            "stylesheet": paths.link(stylesheet),
            "sections": sectionLinks,
            "has_sections": !sectionLinks.isEmpty,
        ]
    }

    /// Values every page has: the site, its title and description, its canonical URL, social metadata
    /// (`social` adds what a kind of page knows beyond those).
    func page(title: String, description: String, path: String, kind: String, social: (inout SocialMeta) -> Void = { _ in }) -> [String: Any] {
        let description = description.isEmpty ? config.description : description
        let canonical = config.absoluteURL(path)
        var meta = SocialMeta(siteName: config.title, title: title, description: description, url: canonical)
        social(&meta)
        var page: [String: Any] = [
            "site": site,
            "page_title": title == config.title ? title : "\(title) | \(config.title)",
            "title": text(title),
            "description": description,
            "canonical": canonical,
            "kind": kind,
            "is_\(kind)": true,
            "social_meta": meta.html,
        ]
        if kind != "article" {
            page["jsonld"] = JSONLD.webPage(title: title, description: description, url: canonical, config: config).serialized(forScript: true)
        }
        return page
    }

    func text(_ value: String) -> TemplateText { TemplateText(value: value, style: style) }

    func date(_ timestamp: Timestamp?) -> TemplateDate? {
        timestamp.map { TemplateDate(timestamp: $0, style: style) }
    }

    func number(_ value: Int) -> TemplateNumber { TemplateNumber(value: value, style: style) }

    func link(_ name: String, _ path: String) -> [String: Any] {
        ["name": text(name), "url": paths.link(path)]
    }

    func authors(of article: Article) -> [String] {
        article.frontMatter.authors.isEmpty ? (config.defaultAuthor.map { [$0] } ?? []) : article.frontMatter.authors
    }

    /// What an article page and its teaser show. With `fragments` (an article page) its byline and tag
    /// links come printed too, `authors_html` and `tags_html`, each link rendered once per author or tag.
    func article(_ a: Article, sectionTitle: String?, fragments: SharedFragments? = nil) -> [String: Any] {
        var data: [String: Any] = [
            "title": text(a.title),
            "url": paths.link(a.path),
            "permalink": config.absoluteURL(a.path),
            "content": a.html,
            "reading_time": number(a.readingMinutes),
            "word_count": number(a.wordCount),
            "draft": a.frontMatter.draft,
            "scheduled": (a.date.map { $0 > now } ?? false),
            "featured": a.frontMatter.featured,
        ]
        if !a.summary.isEmpty { data["summary"] = text(a.summary) }
        if let d = date(a.date) { data["date"] = d }
        if let u = a.frontMatter.updated, u != a.date { data["updated"] = date(u) }
        let names = authors(of: a)
        if !names.isEmpty {
            data["has_authors"] = true
            let authors = names.enumerated().map { index, name in
                (name: name, url: paths.link(SitePaths.term(named: name, in: "authors")), separator: index == names.count - 1 ? "" : (index == names.count - 2 ? " and " : ", "))
            }
            data["authors"] = authors.map { ["name": text($0.name), "url": $0.url, "sep": $0.separator] as [String: Any] }
            if let fragments {
                data["authors_html"] = authors.map { fragments.named(.authorLink, .author($0.name), name: $0.name, url: $0.url) + $0.separator }.joined()
            }
        }
        let tags = a.frontMatter.tags.compactMap { tag in
            let slug = Slug.make(tag)
            return slug.isEmpty ? nil : (name: tag, url: paths.link(SitePaths.term(slug: slug, in: "tags")))
        }
        if !tags.isEmpty {
            data["has_tags"] = true
            data["tags"] = tags.map { ["name": text($0.name), "url": $0.url] as [String: Any] }
            if let fragments {
                data["tags_html"] = tags.map { fragments.named(.tagLink, .tag($0.name), name: $0.name, url: $0.url) + " " }.joined()
            }
        }
        if let category = a.frontMatter.category, case let slug = Slug.make(category), !slug.isEmpty {
            data["category"] = link(category, SitePaths.term(slug: slug, in: "categories"))
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
            var img: [String: Any] = ["src": imageURL(image.src), "alt": image.alt ?? ""]
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

    /// The extra values of a full article page: social metadata, share links, the feeds box (its
    /// structured data: `articleJSONLD`).
    func articlePage(_ a: Article, sectionTitle: String?, section: Section?, fragments: SharedFragments) -> [String: Any] {
        var context = page(title: a.title, description: a.summary, path: a.path, kind: a.isStandalone ? "page" : "article") { meta in
            if !a.isStandalone { meta.type = "article" }
            meta.image = a.frontMatter.image.map { (absoluteImageURL($0.src), $0.alt ?? "") }
            meta.published = a.date?.iso8601
            meta.modified = a.lastModified?.iso8601
            meta.tags = a.frontMatter.tags
            if !a.isStandalone { meta.section = sectionTitle }
        }
        let permalink = config.absoluteURL(a.path)
        context["article"] = article(a, sectionTitle: sectionTitle, fragments: fragments)
        // Percent-encoded, so nothing in them needs HTML escaping: the theme prints them with `{{{url}}}`
        // into the links of the networks it offers.
        context["share"] = ["url": PercentEncoding.encode(permalink), "title": PercentEncoding.encode(a.title)]
        var feeds: [(name: String, url: String)] = [("All stories (RSS)", paths.link("/feed.xml")), ("JSON Feed", paths.link("/feed.json"))]
        if let section, !a.isStandalone { feeds.insert(("\(section.title) (RSS)", paths.link(section.url + "feed.xml")), at: 1) }
        context["subscribe_html"] = fragments.html(.subscribe, .section(a.isStandalone ? "" : a.section), inputs: feeds.map { [$0.name, $0.url] }) {
            ["subscribe": feeds.map { ["name": $0.name, "url": $0.url] }]
        }
        return context
    }

    /// An article page's schema.org data, with the entities it is about and mentions.
    func articleJSONLD(_ a: Article, section: Section?, entities: [Entity], topics: TopicIndex) -> String {
        JSONLD.article(a, authors: authors(of: a), section: section, config: config, image: a.frontMatter.image.map { absoluteImageURL($0.src) },
                       entities: JSONLD.entityFields(entities, topics: topics)).serialized(forScript: true)
    }

    func imageURL(_ src: String) -> String {
        src.hasPrefix("/") ? paths.link(src) : src
    }

    func absoluteImageURL(_ src: String) -> String {
        if src.contains("://") { return src }
        return src.hasPrefix("/") ? config.absoluteURL(src) : src
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
}

import Foundation
