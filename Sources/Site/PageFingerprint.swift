// Fingerprints of everything a page is rendered from, so an unchanged page is reused, not re-rendered.

import Content

extension SiteWriter {
    /// Where a job's page goes, its sitemap entry, and the fingerprint of its inputs.
    struct PageTarget {
        var file: String
        var sitemapPath: String?
        var modified: Timestamp?
        var value: Int
    }

    /// Site-wide inputs: templates, config, stylesheet, navigation. Any change re-renders every page.
    func siteFingerprint(data: TemplateData) -> Int {
        var hasher = Hasher()
        hasher.combine(templateStamp)
        hasher.combine(config.title)
        hasher.combine(config.baseURL)
        hasher.combine(config.language)
        hasher.combine(config.description)
        hasher.combine(config.defaultAuthor)
        hasher.combine(config.paginate)
        hasher.combine(data.stylesheet)
        hasher.combine(data.sectionLinks)
        hasher.combine(data.chrome)
        hasher.combine(now.secondsSinceEpoch / 86_400)
        return hasher.finalize()
    }

    /// The fingerprint is worked out in the preview only: a one-off build has no earlier page to reuse.
    func fingerprint(of job: PageJob, _ inputs: PageInputs) -> PageTarget {
        var hasher = PageHasher(enabled: preview)
        hasher.combine(inputs.siteHash)
        /// An article as listings and "More like this" show it (teaser, title, date), not its body.
        func article(_ i: Int) {
            hasher.combine(inputs.shownHashes[i])
        }
        switch job {
        case .article(let i):
            let a = site.articles[i]
            hasher.combine("article")
            hasher.combine(a.contentHash)
            hasher.combine(layout(for: a))
            hasher.combine(sectionTitle(of: a))
            inputs.related[i].forEach(article)
            if let older = inputs.neighbors[i]?.older { article(older) }
            hasher.combine(-1)
            if let newer = inputs.neighbors[i]?.newer { article(newer) }
            // Which of its entities have topic pages decides the links and the panel.
            hasher.combine(site.topics.linkHash(article: i))
            return PageTarget(file: SitePaths.outputFile(for: a.path), sitemapPath: a.path, modified: a.lastModified, value: hasher.finalize())
        case .listing(let listing, let number):
            let size = config.paginate
            let path = SitePaths.paginated(listing.path, page: number)
            hasher.combine("listing")
            hasher.combine(listing.template)
            hasher.combine(listing.kind)
            hasher.combine(listing.title)
            hasher.combine(listing.description)
            hasher.combine(listing.introHTML)
            hasher.combine(listing.feed)
            hasher.combine(number)
            let page = ListingPage.page(number, of: listing.items, basePath: listing.path, size: size)
            hasher.combine(page.total)
            page.items.forEach(article)
            return PageTarget(file: SitePaths.outputFile(for: path), sitemapPath: path, modified: nil, value: hasher.finalize())
        case .terms(let t):
            let taxonomy = site.taxonomies[t]
            hasher.combine("terms")
            hasher.combine(taxonomy.slug)
            for term in taxonomy.sortedTerms {
                hasher.combine(term.name)
                hasher.combine(term.articles.count)
            }
            let path = "/\(taxonomy.slug)/"
            return PageTarget(file: SitePaths.outputFile(for: path), sitemapPath: path, modified: nil, value: hasher.finalize())
        case .archive:
            hasher.combine("archive")
            for month in site.months {
                hasher.combine(month.key)
                hasher.combine(month.articles.count)
            }
            return PageTarget(file: "archive/index.html", sitemapPath: "/archive/", modified: nil, value: hasher.finalize())
        case .topic(let key, let number):
            let topic = site.topics.topics[key]!
            let size = config.entityPaginate
            hasher.combine("topic")
            hasher.combine(topic.path)
            hasher.combine(number)
            hasher.combine(topic.articles.count)
            hasher.combine(topic.curated?.description)
            hasher.combine(topic.curated?.links)
            for related in topic.related { hasher.combine(related.key.name); hasher.combine(related.count) }
            for month in topic.months { hasher.combine(month.month); hasher.combine(month.count) }
            ListingPage.page(number, of: topic.articles, basePath: topic.path, size: size).items.forEach(article)
            let path = SitePaths.paginated(topic.path, page: number)
            return PageTarget(file: SitePaths.outputFile(for: path), sitemapPath: path, modified: nil, value: hasher.finalize())
        case .topicIndex(let kind):
            hasher.combine("topics")
            for key in site.topics.byKind[kind] ?? [] {
                hasher.combine(key.name)
                hasher.combine(site.topics.topics[key]!.articles.count)
            }
            let path = TopicIndex.root(kind)
            return PageTarget(file: SitePaths.outputFile(for: path), sitemapPath: path, modified: nil, value: hasher.finalize())
        case .home:
            hasher.combine("home")
            hasher.combine(site.homeTitle)
            hasher.combine(site.homeIntroHTML)
            site.listed.forEach(article)
            return PageTarget(file: "index.html", sitemapPath: "/", modified: nil, value: hasher.finalize())
        case .notFound:
            hasher.combine("404")
            return PageTarget(file: "404.html", sitemapPath: nil, modified: nil, value: hasher.finalize())
        }
    }
}

/// A Hasher that can be switched off, so one description of a page's inputs serves both kinds of
/// build. Switched off, it does not even work out the values it is given.
struct PageHasher {
    let enabled: Bool
    private var hasher = Hasher()

    init(enabled: Bool) { self.enabled = enabled }

    mutating func combine<Value: Hashable>(_ value: @autoclosure () -> Value) {
        if enabled { hasher.combine(value()) }
    }

    func finalize() -> Int { enabled ? hasher.finalize() : 0 }
}

extension Hasher {
    static func hash(_ a: String, _ b: String) -> Int {
        var hasher = Hasher()
        hasher.combine(utf8: a)
        hasher.combine(utf8: b)
        return hasher.finalize()
    }
}
