// Renders every page of the assembled site through the templates and writes it, on all cores.

import Content
import Diagnostics
import Foundation
import Entities
import Markdown
import Output
import Parallelism
import Templates

/// One page to render; plain data so that jobs can be handed to tasks.
enum PageJob: Sendable {
    case article(Int)
    case listing(Listing, page: Int)
    case terms(Int)
    case archive
    case topic(TopicKey, page: Int)
    case topicIndex(EntityKind)
    case home
    case notFound
}

/// A paginated list of articles: a section, a tag, a category or an author.
struct Listing: Sendable {
    var template: String
    var kind: String
    var title: String
    var description: String
    var path: String
    var items: [Int]
    var introHTML: String
    var feed: String?
}

struct WriteResult: Sendable {
    var pages = 0
    var files = 0
    /// Pages actually rendered (the others were reused from the previous build).
    var rendered = 0
    var diagnostics = DiagnosticList()
    var sitemap: [Sitemap.Entry] = []
    /// Every page and feed with its fingerprint, for the next build to reuse.
    var records: [String: PageRecord] = [:]

    mutating func merge(_ other: WriteResult) {
        pages += other.pages
        files += other.files
        rendered += other.rendered
        diagnostics.append(contentsOf: other.diagnostics)
        sitemap.append(contentsOf: other.sitemap)
        records.merge(other.records) { a, _ in a }
    }
}

struct SiteWriter: Sendable {
    let site: SiteModel
    let config: SiteConfig
    let paths: SitePaths
    var templates: TemplateSet
    let files: any OutputSink
    let layout: SiteLayout
    let templateFolders: [String]
    /// The preview server's build: the stylesheet keeps its plain name (so an edit can be swapped in
    /// place), and rendered pages are kept for the next build to reuse.
    let preview: Bool
    let templateStamp: Int
    let now: Timestamp

    func writeAll(clock: inout PhaseClock, state: inout BuildState) async -> WriteResult {
        let assets = StaticFiles.themeAssets(folders: templateFolders, hashStylesheet: !preview)
        var data = TemplateData(config: config, paths: paths, stylesheet: assets.stylesheet,
                                sectionLinks: site.topSections.map { ["name": $0.title, "url": paths.link($0.url)] }, now: now)
        data.renderChrome(with: templates)
        // Nothing below puts a `site` key in a context but the site's own values.
        var writer = self
        writer.templates = templates.specialized(constants: data.siteConstants)
        return await writer.writeAll(data: data, assets: assets, clock: &clock, state: &state)
    }

    private func writeAll(data shared: TemplateData, assets: (files: [String: String], stylesheet: String), clock: inout PhaseClock, state: inout BuildState) async -> WriteResult {
        var result = WriteResult()
        let siteHash = siteFingerprint(data: shared)

        // Fragments that many pages show (teasers in listings, items in "More like this") are rendered
        // once per article here, and kept between preview builds: Mustache rendering is the largest
        // cost of a build.
        clock.start("teasers")
        let cachedFragments = state.fragments
        let fragments = await Parallel.map(Array(site.articles.indices)) { [self] i -> (Int, (teaser: String, relatedItem: String)) in
            var key = Hasher()
            key.combine(site.articles[i].contentHash)
            key.combine(siteHash)
            let fingerprint = key.finalize()
            if let cached = cachedFragments[fingerprint] { return (fingerprint, cached) }
            let context: [String: Any] = ["site": shared.site, "article": shared.article(site.articles[i], sectionTitle: sectionTitle(of: site.articles[i]))]
            return (fingerprint, (templates.render("partials/teaser", context: context) ?? "", templates.render("partials/related-item", context: context) ?? ""))
        }
        state.fragments = Dictionary(fragments, uniquingKeysWith: { a, _ in a })
        let teasers = fragments.map(\.1.teaser)
        let relatedItems = fragments.map(\.1.relatedItem)
        // What listings show of each article: when only an article's body changes, its teaser does
        // not, and the listings that show it need no re-rendering. (Only the preview's fingerprints read them.)
        let shownHashes = preview ? fragments.map { Hasher.hash($0.1.teaser, $0.1.relatedItem) } : []
        let sharedFragments = SharedFragmentCache(previous: state.sharedFragments, siteHash: siteHash, checksInputs: preview)

        clock.start("related")
        // Shared tags and shared entities (weighted by rarity in RelatedIndex) make articles related.
        let features = site.articles.map(\.relatedFeatures)
        let groups = site.articles.map { $0.isStandalone ? "\u{0}" : $0.section }
        let related: [[Int]]
        if let cached = state.related, cached.features == features, cached.groups == groups {
            related = cached.result
        } else {
            let relatedIndex = RelatedIndex(features: features, groups: groups)
            related = await Parallel.map(Array(site.articles.indices)) { i in
                site.articles[i].isStandalone ? [] : relatedIndex.related(to: i, limit: 4).filter { !site.articles[$0].isStandalone }
            }
            state.related = (features, groups, related)
        }

        clock.start("pages")
        let neighbors = self.neighbors()
        let jobs = pageJobs(style: shared.style)
        let pages = PageInputs(data: shared, teasers: teasers, relatedItems: relatedItems, fragments: SharedFragments(cache: sharedFragments, templates: templates, site: shared.site, style: shared.style), shownHashes: shownHashes, neighbors: neighbors,
                               related: related, siteHash: siteHash, previous: state.pages)
        let rendered = await Parallel.map(jobs) { [self] job in
            var part = WriteResult()
            render(job, pages, into: &part)
            return part
        }
        for part in rendered { result.merge(part) }
        state.sharedFragments = sharedFragments.snapshot

        clock.start("feeds")
        await writeFeeds(into: &result, siteHash: siteHash, previous: state.pages)
        state.pages = result.records
        writeAliases(into: &result)
        write(Sitemap.xml(result.sitemap, config: config), to: "sitemap.xml", into: &result)
        write(Sitemap.robots(config: config), to: "robots.txt", into: &result)

        clock.start("static")
        copyFiles(assets.files, generated: result, into: &result)
        return result
    }

    // MARK: Jobs

    func pageJobs(style: LocaleStyle) -> [PageJob] {
        var jobs: [PageJob] = site.articles.indices.map { .article($0) }
        for section in site.sections.values.sorted(by: { $0.path < $1.path }) {
            let listing = Listing(template: section.index?.frontMatter.layout ?? firstTemplate(["\(section.path)/section", "section"]), kind: "section", title: section.title,
                                  description: section.index?.frontMatter.summary ?? "", path: section.url,
                                  items: section.articles, introHTML: section.introHTML, feed: section.url + "feed.xml")
            jobs += listingJobs(listing)
        }
        for (t, taxonomy) in site.taxonomies.enumerated() {
            jobs.append(.terms(t))
            for term in taxonomy.sortedTerms {
                let listing = Listing(template: "taxonomy", kind: "taxonomy", title: "\(taxonomy.singular): \(term.name)",
                                      description: "", path: taxonomy.path(of: term), items: term.articles, introHTML: "", feed: nil)
                jobs += listingJobs(listing)
            }
        }
        jobs.append(.archive)
        for month in site.months {
            let title = site.articles[month.articles[0]].date.map { style.month($0) } ?? month.key
            jobs += listingJobs(Listing(template: "taxonomy", kind: "archive", title: "Archive: \(title)", description: "",
                                        path: SitePaths.archive(month.key), items: month.articles, introHTML: "", feed: nil))
        }
        for kind in site.topics.kinds {
            jobs.append(.topicIndex(kind))
            for key in site.topics.byKind[kind] ?? [] {
                let pages = ListingPage.count(of: site.topics.topics[key]!.articles.count, size: config.entityPaginate)
                jobs += (1...pages).map { .topic(key, page: $0) }
            }
        }
        jobs.append(.home)
        jobs.append(.notFound)
        return jobs
    }

    func listingJobs(_ listing: Listing) -> [PageJob] {
        let pages = ListingPage.count(of: listing.items.count, size: config.paginate)
        return (1...pages).map { .listing(listing, page: $0) }
    }

    // MARK: Rendering

    /// What every page job reads: shared data and the per-article values computed before rendering.
    struct PageInputs: Sendable {
        let data: TemplateData
        let teasers: [String]
        let relatedItems: [String]
        let fragments: SharedFragments
        let shownHashes: [Int]
        let neighbors: [Int: (older: Int?, newer: Int?)]
        let related: [[Int]]
        let siteHash: Int
        /// The previous build's pages: one whose fingerprint is unchanged is reused, not rendered.
        let previous: [String: PageRecord]
    }

    func render(_ job: PageJob, _ inputs: PageInputs, into result: inout WriteResult) {
        let data = inputs.data, teasers = inputs.teasers
        let target = fingerprint(of: job, inputs)
        if let cached = inputs.previous[target.file], cached.fingerprint == target.value {
            emit(cached.bytes, file: target.file, fingerprint: target.value, into: &result)
            if let path = target.sitemapPath { result.sitemap.append(Sitemap.Entry(path: path, lastModified: target.modified)) }
            result.pages += 1
            if case .article(let i) = job { copyBundleAssets(of: site.articles[i], into: &result) }
            return
        }
        let fingerprint = target.value
        switch job {
        case .article(let i):
            let article = site.articles[i]
            var context = data.articlePage(article, sectionTitle: sectionTitle(of: article), section: site.sections[article.section], fragments: inputs.fragments)
            func summary(_ j: Int) -> [String: Any] {
                var item: [String: Any] = ["title": data.text(site.articles[j].title), "url": paths.link(site.articles[j].path)]
                if let date = data.date(site.articles[j].date) { item["date"] = date }
                return item
            }
            if let older = inputs.neighbors[i]?.older { context["older"] = summary(older) }
            if let newer = inputs.neighbors[i]?.newer { context["newer"] = summary(newer) }
            context["has_neighbours"] = context["older"] != nil || context["newer"] != nil
            if !inputs.related[i].isEmpty {
                context["related"] = inputs.related[i].map { inputs.relatedItems[$0] }
                context["has_related"] = true
            }
            let entities = data.addEntities(of: article, topics: site.topics, link: config.linkEntities, fragments: inputs.fragments, to: &context)
            context["jsonld"] = data.articleJSONLD(article, section: site.sections[article.section], entities: entities, topics: site.topics)
            let template = layout(for: article)
            page(template, context, path: article.path, modified: article.lastModified, source: article.file.displayPath, fingerprint: fingerprint, into: &result)
            copyBundleAssets(of: article, into: &result)

        case .listing(let listing, let number):
            let page = ListingPage.page(number, of: listing.items, basePath: listing.path, size: config.paginate)
            let title = number > 1 ? "\(listing.title) (page \(number))" : listing.title
            var context = data.page(title: title, description: listing.description, path: page.path, kind: listing.kind)
            let pageTeasers = page.items.map { teasers[$0] }
            var listingData: [String: Any] = [
                "title": data.text(listing.title),
                "teasers": pageTeasers,
                "teasers_html": pageTeasers.joined(),
                "empty": listing.items.isEmpty,
            ]
            if number == 1 && !listing.introHTML.isEmpty { listingData["intro"] = listing.introHTML }
            if let feed = listing.feed { listingData["feed"] = paths.link(feed) }
            context["listing"] = listingData
            if let pagination = page.data(basePath: listing.path, paths: paths) { context["pagination"] = pagination }
            self.page(listing.template, context, path: page.path, modified: nil, source: nil, fingerprint: fingerprint, into: &result)

        case .terms(let t):
            let taxonomy = site.taxonomies[t]
            var context = data.page(title: taxonomy.name, description: "", path: "/\(taxonomy.slug)/", kind: "terms")
            context["terms"] = taxonomy.sortedTerms.map { ["name": data.text($0.name), "url": paths.link(taxonomy.path(of: $0)), "count": data.number($0.articles.count)] as [String: Any] }
            context["taxonomy"] = taxonomy.name
            page("terms", context, path: "/\(taxonomy.slug)/", modified: nil, source: nil, fingerprint: fingerprint, into: &result)

        case .archive:
            var context = data.page(title: "Archive", description: "Every article, month by month.", path: "/archive/", kind: "archive_index")
            var years: [(String, [[String: Any]])] = []
            for month in site.months {
                let year = String(month.key.prefix(4))
                let entry: [String: Any] = ["name": site.articles[month.articles[0]].date.map { data.style.month($0) } ?? month.key,
                                            "url": paths.link(SitePaths.archive(month.key)), "count": data.number(month.articles.count)]
                if years.last?.0 == year { years[years.count - 1].1.append(entry) } else { years.append((year, [entry])) }
            }
            context["years"] = years.map { ["year": $0.0, "months": $0.1] as [String: Any] }
            page("archive", context, path: "/archive/", modified: nil, source: nil, fingerprint: fingerprint, into: &result)

        case .topic(let key, let number):
            let topic = site.topics.topics[key]!
            let page = ListingPage.page(number, of: topic.articles, basePath: topic.path, size: config.entityPaginate)
            let description = topic.curated?.description ?? ""
            var context = data.page(title: number > 1 ? "\(key.name) (page \(number))" : key.name, description: description, path: page.path, kind: "topic")
            // The newest few as teasers, the rest as a compact list of headlines: topic pages of
            // much-covered entities run to hundreds of pages.
            let lead = number == 1 ? page.items.prefix(6) : []
            let rest = page.items.dropFirst(lead.count)
            context["topic"] = data.topic(topic, index: site.topics, teasers: lead.map { teasers[$0] }, items: rest.map { inputs.relatedItems[$0] }, showChart: number == 1,
                                          fragments: inputs.fragments)
            if let pagination = page.data(basePath: topic.path, paths: paths) { context["pagination"] = pagination }
            self.page("topic", context, path: page.path, modified: nil, source: nil, fingerprint: fingerprint, into: &result)

        case .topicIndex(let kind):
            let path = TopicIndex.root(kind)
            var context = data.page(title: TemplateData.topicTitles[kind] ?? kind.plural, description: "", path: path, kind: "topics")
            context["topics"] = (site.topics.byKind[kind] ?? []).map { key -> [String: Any] in
                let topic = site.topics.topics[key]!
                return ["name": data.text(key.name), "url": paths.link(topic.path), "count": data.number(topic.articles.count)]
            }
            context["heading"] = TemplateData.topicTitles[kind] ?? kind.plural
            self.page("topics", context, path: path, modified: nil, source: nil, fingerprint: fingerprint, into: &result)

        case .home:
            var context = data.page(title: site.homeTitle ?? config.title, description: config.description, path: "/", kind: "home")
            context["intro"] = site.homeIntroHTML
            if let lead = site.listed.first { context["lead"] = teasers[lead] }
            context["latest"] = site.listed.dropFirst().prefix(10).map { teasers[$0] }
            let featured = site.listed.filter { site.articles[$0].frontMatter.featured }
                .sorted { (site.articles[$0].frontMatter.weight, $0) < (site.articles[$1].frontMatter.weight, $1) }
            context["featured"] = featured.prefix(6).map { teasers[$0] }
            context["has_featured"] = !featured.isEmpty
            context["sections"] = site.topSections.map { section in
                ["title": section.title, "url": paths.link(section.url), "teasers": section.articles.prefix(4).map { teasers[$0] }] as [String: Any]
            }
            page("home", context, path: "/", modified: nil, source: nil, fingerprint: fingerprint, into: &result)

        case .notFound:
            let context = data.page(title: "Page not found", description: "", path: "/404.html", kind: "not_found")
            if let html = templates.render("404", context: context) {
                emit(Array(html.utf8), file: "404.html", fingerprint: fingerprint, into: &result)
                result.pages += 1
                result.rendered += 1
            }
        }
    }

    func page(_ template: String, _ context: [String: Any], path: String, modified: Timestamp?, source: String?, fingerprint: Int, into result: inout WriteResult) {
        guard let html = templates.render(template, context: context) else {
            result.diagnostics.error("template `\(template)` does not exist", at: SourceLocation(file: source ?? "templates/\(template).mustache"))
            return
        }
        emit(Array(html.utf8), file: SitePaths.outputFile(for: path), fingerprint: fingerprint, into: &result)
        result.pages += 1
        result.rendered += 1
        result.sitemap.append(Sitemap.Entry(path: path, lastModified: modified))
    }

    /// Writes a page or feed and, in the preview, records it for the next build (a disk build keeps no
    /// copy: holding every page's bytes doubled a 10,000-article build's memory).
    func emit(_ bytes: [UInt8], file: String, fingerprint: Int, into result: inout WriteResult) {
        do {
            try files.write(bytes, to: file)
            result.files += 1
            if preview { result.records[file] = PageRecord(fingerprint: fingerprint, bytes: bytes) }
        } catch {
            result.diagnostics.append(error)
        }
    }

    func copyBundleAssets(of article: Article, into result: inout WriteResult) {
        for asset in bundleAssets(of: article) {
            copy(asset.absolutePath, to: SitePaths.outputFile(for: article.path + asset.fileName), into: &result)
        }
    }

    // MARK: Feeds, aliases, files

    /// A feed to write: the site's, or one section's.
    struct FeedJob: Sendable {
        var title: String
        var description: String
        var pagePath: String
        var items: [Int]
    }

    func writeFeeds(into result: inout WriteResult, siteHash: Int, previous: [String: PageRecord]) async {
        var jobs = [FeedJob(title: config.title, description: config.description, pagePath: "/", items: site.listed)]
        for section in site.sections.values.sorted(by: { $0.path < $1.path }) {
            jobs.append(FeedJob(title: "\(section.title) | \(config.title)", description: section.index?.frontMatter.summary ?? "",
                                pagePath: section.url, items: section.articles))
        }
        let feeds = Feeds(config: config, paths: paths)
        let parts = await Parallel.map(jobs) { [self] job in
            var part = WriteResult()
            let articles = job.items.prefix(config.feedItems).map { site.articles[$0] }
            let base = job.pagePath
            var hasher = Hasher()
            hasher.combine(siteHash)
            hasher.combine(job.title)
            hasher.combine(job.description)
            hasher.combine(base)
            for article in articles { hasher.combine(article.contentHash) }
            let fingerprint = hasher.finalize()
            let names = ["feed.xml", "atom.xml", "feed.json"].map { SitePaths.outputFile(for: base + $0) }
            if names.allSatisfy({ previous[$0]?.fingerprint == fingerprint }) {
                for name in names { emit(previous[name]!.bytes, file: name, fingerprint: fingerprint, into: &part) }
                return part
            }
            let contents = articles.map { feeds.absolutized($0.html) }
            let documents = [
                feeds.rss(title: job.title, description: job.description, pagePath: base, feedPath: base + "feed.xml", articles: articles, contents: contents),
                feeds.atom(title: job.title, pagePath: base, feedPath: base + "atom.xml", articles: articles, contents: contents),
                feeds.json(title: job.title, description: job.description, pagePath: base, feedPath: base + "feed.json", articles: articles, contents: contents),
            ]
            for (name, document) in zip(names, documents) { emit(Array(document.utf8), file: name, fingerprint: fingerprint, into: &part) }
            return part
        }
        for part in parts { result.merge(part) }
    }

    func writeAliases(into result: inout WriteResult) {
        for article in site.articles {
            for alias in article.frontMatter.aliases {
                let path = Redirects.normalize(alias)
                let html = Redirects.page(to: paths.link(article.path), absolute: config.absoluteURL(article.path), language: config.language)
                write(html, to: SitePaths.outputFile(for: path), into: &result)
            }
        }
    }

    func copyFiles(_ themeAssets: [String: String], generated: WriteResult, into result: inout WriteResult) {
        for (target, source) in themeAssets.sorted(by: { $0.key < $1.key }) {
            copy(source, to: target, into: &result)
        }
        let taken = Set(generated.sitemap.map { SitePaths.outputFile(for: $0.path) })
        for relative in StaticFiles.list(layout.staticFiles) {
            if taken.contains(relative) {
                result.diagnostics.warning("static file is not copied: a generated page has the same path", at: SourceLocation(file: "static/" + relative))
                continue
            }
            copy(layout.staticFiles + "/" + relative, to: relative, into: &result)
        }
    }

    func write(_ text: String, to relativePath: String, into result: inout WriteResult) {
        do {
            try files.write(Array(text.utf8), to: relativePath)
            result.files += 1
        } catch {
            result.diagnostics.append(error)
        }
    }

    func copy(_ source: String, to relativePath: String, into result: inout WriteResult) {
        do {
            try files.copy(from: source, to: relativePath)
            result.files += 1
        } catch {
            result.diagnostics.append(error)
        }
    }

    // MARK: Lookups

    /// Front matter `layout`, else the section's own `<section>/article` template, else `article`.
    func layout(for article: Article) -> String {
        if let layout = article.frontMatter.layout { return layout }
        if article.isStandalone { return "page" }
        let top = String(article.section.split(separator: "/").first ?? "")
        return firstTemplate(["\(article.section)/article", "\(top)/article", "article"])
    }

    func firstTemplate(_ names: [String]) -> String {
        names.first(where: templates.has) ?? names.last!
    }

    func sectionTitle(of article: Article) -> String? {
        site.sections[article.section]?.title
    }

    /// The next older and newer article in the same folder.
    func neighbors() -> [Int: (older: Int?, newer: Int?)] {
        var byFolder: [String: [Int]] = [:]
        for i in site.listed { byFolder[site.articles[i].section, default: []].append(i) }
        var result: [Int: (older: Int?, newer: Int?)] = [:]
        for list in byFolder.values {
            for (position, i) in list.enumerated() {
                result[i] = (position + 1 < list.count ? list[position + 1] : nil, position > 0 ? list[position - 1] : nil)
            }
        }
        return result
    }

    func bundleAssets(of article: Article) -> [BundleAsset] {
        guard article.file.isBundle else { return [] }
        return site.bundleAssets[article.file.displayPath] ?? []
    }
}
