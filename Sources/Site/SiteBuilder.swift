// The whole build as one readable sequence of named, timed phases, from content/ to output/.

import Content
import Diagnostics
import Entities
import Foundation
import Markdown
import LinkCheck
import Output
import Parallelism
import Templates

/// Builds a site. Phases, in order: config, scan, load, route, templates, render, assemble, then
/// (only when nothing so far was an error) write pages, listings, feeds and files into a staging
/// folder that replaces the output in one step.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Page templates the build needs; a missing one is an error.
    static let requiredTemplates = ["article", "page", "section", "taxonomy", "terms", "archive", "topic", "topics", "home", "404"]
        + SharedFragment.Partial.allCases.map(\.rawValue)

    /// A full build into the output folder on disk.
    public func build(progress: @escaping @Sendable (String) -> Void = { _ in }) async -> BuildReport {
        var clock = PhaseClock(progress: progress)
        var state = BuildState()
        let layout = SiteLayout(root: options.source, theme: options.theme)
        var staged: OutputFolder?
        var report = await compile(layout: layout, state: &state, changes: .everything, clock: &clock, preview: false) { (outputPath: String) throws(Diagnostic) -> any OutputSink in
            let output = try OutputFolder.prepare(path: outputPath, protected: layout.protectedFolders, sourceTrees: layout.sourceTrees)
            staged = output
            return FileWriter(root: output.stagingPath)
        }
        if let output = staged {
            if report.diagnostics.hasErrors {
                output.discard()
            } else {
                clock.start("swap")
                do {
                    try output.commit()
                    report.outputPath = output.path
                } catch {
                    report.diagnostics.append(error)
                    output.discard()
                }
            }
        }
        report.phases = clock.finish()
        if !options.freesMemory { BuildState.keepUntilExit(state) }
        return report
    }

    /// A full build into memory, for `sitegen check`: nothing is written to disk.
    public func check() async -> BuildReport {
        var options = self.options
        options.strictLinks = true
        var clock = PhaseClock(progress: { _ in })
        var state = BuildState()
        let layout = SiteLayout(root: options.source, theme: options.theme)
        let memory = MemoryOutput()
        var report = await SiteBuilder(options: options).compile(layout: layout, state: &state, changes: .everything, clock: &clock, preview: false) {
            (_: String) throws(Diagnostic) -> any OutputSink in memory
        }
        report.phases = clock.finish()
        return report
    }

    /// The pipeline shared by `build` and the preview server (`preview`: see `SiteWriter.preview`). `state` carries caches between runs;
    /// `makeSink` is called only when there are no errors, with the output path, to get where files go.
    func compile(layout: SiteLayout, state: inout BuildState, changes: ChangeSet, clock: inout PhaseClock, preview: Bool,
                 makeSink: (String) throws(Diagnostic) -> any OutputSink) async -> BuildReport {
        var report = BuildReport()

        // 1. Config: a changed config invalidates everything.
        clock.start("config")
        var (config, configProblems) = SiteConfig.load(root: layout.root)
        report.diagnostics.append(contentsOf: configProblems)
        if let baseURL = options.baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        if changes.touches(layout.root + "/" + SiteConfig.fileName) || changes.touches(layout.content + "/" + CuratedEntitiesFile.name) {
            state = BuildState()
        }
        var curated = CuratedEntities()
        if config.entitiesEnabled {
            let (found, problems) = CuratedEntitiesFile.load(contentFolder: layout.content, display: layout.contentDisplay)
            report.diagnostics.append(contentsOf: problems)
            curated = found
        }
        // The gazetteers (130,000 names) load while the content is scanned and read.
        let entitiesEnabled = config.entitiesEnabled
        async let standardKnowledge = entitiesEnabled ? Knowledge.standard : nil
        let paths = SitePaths(basePath: config.basePath)
        guard FileManager.default.fileExists(atPath: layout.content) else {
            report.diagnostics.error("no content folder here; run `sitegen new site DIR` to start one", at: SourceLocation(file: layout.content))
            return report
        }

        // 2. Scan and 3. load the content files that changed, on all cores
        clock.start("load")
        let inventory = Self.inventory(layout: layout, state: state, changes: changes)
        state.inventory = inventory
        report.diagnostics.append(contentsOf: inventory.diagnostics)
        let previous = state.loaded
        let files = inventory.articles + inventory.sectionIndexes.keys.sorted().map { inventory.sectionIndexes[$0]! }
        let loaded = await Parallel.map(files) { file -> (String, BuildState.LoadedFile) in
            // With a known change set, files outside it are reused without even a stat.
            if let cached = previous[file.absolutePath], let changed = changes.paths, !changed.contains(file.absolutePath) {
                return (file.absolutePath, cached)
            }
            let stamp = FileStamp(path: file.absolutePath)
            if let cached = previous[file.absolutePath], cached.stamp == stamp, changes.paths == nil {
                return (file.absolutePath, cached)
            }
            let (source, problems) = ArticleSource.load(file, isSectionIndex: file.fileStem.isEmpty && !file.isBundle && file.displayPath.hasSuffix("_index.md"))
            return (file.absolutePath, BuildState.LoadedFile(stamp: stamp, source: source, diagnostics: problems))
        }
        state.loaded = Dictionary(loaded, uniquingKeysWith: { a, _ in a })
        var sources: [ArticleSource] = []
        var sectionIndexes: [String: ArticleSource] = [:]
        for (i, (_, entry)) in loaded.enumerated() {
            report.diagnostics.append(contentsOf: entry.diagnostics)
            guard let source = entry.source else { continue }
            if i < inventory.articles.count { sources.append(source) } else { sectionIndexes[source.file.section] = source }
        }

        // 4. Route: drafts and future articles out, URLs in, collisions reported
        clock.start("route")
        let routing = Routing.route(sources, sections: inventory.sections, sectionIndexes: sectionIndexes,
                                    contentDisplay: layout.contentDisplay, options: options)
        report.diagnostics.append(contentsOf: routing.diagnostics)

        // 5. Templates, reloaded only when a template or asset changed
        clock.start("templates")
        var folders = [TemplateFolder(path: layout.theme, displayPath: display(layout.theme, root: layout.root))]
        if FileManager.default.fileExists(atPath: layout.siteTemplates), realPath(layout.siteTemplates) != realPath(layout.theme) {
            folders.append(TemplateFolder(path: layout.siteTemplates, displayPath: "templates"))
        }
        let templateStamp = FileStamp.tree(folders.map(\.path))
        if state.templates?.stamp != templateStamp {
            let (set, problems) = TemplateSet.load(from: folders)
            state.templates = (set, problems, templateStamp)
            state.fragments = [:]
        }
        let templates = state.templates!.set
        report.diagnostics.append(contentsOf: state.templates!.diagnostics)
        for name in Self.requiredTemplates where !templates.has(name) {
            report.diagnostics.error("template `\(name)` is missing; every site needs it (the default theme has one)",
                                     at: SourceLocation(file: "templates/\(name).mustache"))
        }
        for source in routing.routed + Array(sectionIndexes.values) {
            if let layoutName = source.frontMatter.layout, !templates.has(layoutName) {
                report.diagnostics.error("layout `\(layoutName)` has no template (templates/\(layoutName).mustache)",
                                         at: source.frontMatter.locations["layout"] ?? SourceLocation(file: source.file.displayPath))
            }
        }

        // 6. Render Markdown, on all cores; an article is re-rendered when its text, the site's URLs
        //    or the chart data changed.
        clock.start("markdown")
        let extractor = await standardKnowledge.map { EntityExtractor(knowledge: $0.with(curated)) }
        var blocks = BlockRendererRegistry.standard
        blocks.register(ChartBlock(siteRoot: layout.root), for: "chart")
        var markdownOptions = MarkdownOptions(unsafeHTML: config.unsafeHTML, smartPunctuation: config.smartPunctuation,
                                              enrich: true, reservedIDs: ["main", "top", "content", "toc", "site-header", "site-footer"])
        markdownOptions.collectProse = extractor != nil
        let renderer = MarkdownRenderer(options: markdownOptions, blocks: blocks)
        let links = ContentLinks(pathsByFile: routing.pathsByFile, paths: paths)
        if changes.touches(layout.root + "/data") || changes.touches(layout.staticFiles) { state.rendered = [:] }
        var routingHasher = Hasher()
        for key in routing.pathsByFile.keys.sorted() { routingHasher.combine(key); routingHasher.combine(routing.pathsByFile[key]) }
        let routingKey = routingHasher.finalize()
        let contentPrefix = layout.contentDisplay + "/"
        let staticRoot = layout.staticFiles
        let smartPunctuation = config.smartPunctuation
        let cachedArticles = state.rendered
        let rendered = await Parallel.map(routing.routed.indices.map { (routing.routed[$0], routing.paths[$0]) }) { item -> BuildState.RenderedArticle in
            let (source, path) = item
            var keyHasher = Hasher()
            keyHasher.combine(source.textHash)
            keyHasher.combine(routingKey)
            keyHasher.combine(path)
            let key = keyHasher.finalize()
            if let cached = cachedArticles[source.file.absolutePath], cached.key == key { return cached }
            let relative = String(source.file.displayPath.dropFirst(contentPrefix.count))
            let bundleFolder = source.file.isBundle ? (source.file.absolutePath as NSString).deletingLastPathComponent : nil
            let hooks = RenderHooks(
                rewriteLink: { links.rewrite($0, fromFile: relative) },
                imageSize: { src in Self.imageSize(src, bundleFolder: bundleFolder, staticRoot: staticRoot, basePath: paths.basePath) })
            let document = renderer.render(source.body, location: SourceLocation(file: source.file.displayPath, line: source.bodyLine), hooks: hooks)
            var frontMatter = source.frontMatter
            if smartPunctuation {
                frontMatter.title = SmartText.apply(frontMatter.title)
                frontMatter.summary = frontMatter.summary.map(SmartText.apply)
            }
            let summary = frontMatter.summary ?? Summary.shorten(document.firstParagraph ?? "")
            var contentHasher = Hasher()
            contentHasher.combine(key)
            contentHasher.combine(utf8: document.html)
            let extraction = extractor.map { $0.extract(ArticleText.blocks(title: frontMatter.title, prose: document.prose)) }
            let article = Article(file: source.file, frontMatter: frontMatter, path: path, section: source.file.section,
                                  isStandalone: source.file.section.isEmpty, html: document.html,
                                  tableOfContents: document.tableOfContents, summary: summary,
                                  wordCount: document.wordCount, ids: document.ids,
                                  links: SiteLinks.pageLinks(document.links, page: path, basePath: paths.basePath),
                                  imageSize: source.frontMatter.image.flatMap { hooks.imageSize($0.src) },
                                  contentHash: contentHasher.finalize(), extraction: extraction)
            return BuildState.RenderedArticle(key: key, article: article, diagnostics: document.diagnostics)
        }
        state.rendered = Dictionary(rendered.map { ($0.article.file.absolutePath, $0) }, uniquingKeysWith: { a, _ in a })
        // Only the preview builds again: a one-off build lets the Markdown sources go before writing.
        if !preview { state.loaded = [:] }
        var articles: [Article] = []
        for entry in rendered {
            report.diagnostics.append(contentsOf: entry.diagnostics)
            articles.append(entry.article)
        }
        articles.sort(by: Article.newestFirst)
        report.articles = articles.count

        // 7. Assemble sections and taxonomies
        clock.start("assemble")
        var site = SiteModel.assemble(articles: articles, sections: routing.sections, sectionIndexes: sectionIndexes,
                                      renderer: renderer, config: config, contentPrefix: contentPrefix)
        report.diagnostics.append(contentsOf: site.diagnostics)
        site.bundleAssets = Dictionary(grouping: inventory.assets, by: \.owner)
        // Most saves change prose, not who is mentioned: then the topic index (the dearest part of this
        // phase in a preview) is the one already built. Config and curated-file changes reset the state.
        let topicSignature = TopicIndex.signature(articles: articles, listed: site.listed)
        if let cached = state.topics, cached.signature == topicSignature {
            site.topics = cached.index
        } else {
            site.topics = await TopicIndex.build(articles: articles, listed: site.listed, config: config, curated: curated, forPreview: preview)
            state.topics = (topicSignature, site.topics)
        }
        report.diagnostics.append(contentsOf: Routing.checkAliases(articles: articles, taken: site.allPagePaths))

        guard !report.diagnostics.hasErrors else { return report }

        // 8. Write everything
        let sink: any OutputSink
        do {
            sink = try makeSink(options.output ?? (layout.root as NSString).appendingPathComponent(config.output))
        } catch {
            report.diagnostics.append(error)
            return report
        }
        let recording = RecordingSink(sink, anchorFiles: Set(site.articles.flatMap(\.anchorFiles)))
        let writer = SiteWriter(site: site, config: config, paths: paths, templates: templates, files: recording, layout: layout,
                                templateFolders: folders.map(\.path), preview: preview, templateStamp: templateStamp, now: options.now)
        var written = await writer.writeAll(clock: &clock, state: &state)
        if config.publish.hostFiles { writer.writeHostFiles(written: recording.files.files, into: &written) }
        report.diagnostics.append(contentsOf: written.diagnostics)

        // 9. Links between pages: checked against what was written. The preview only warns, so a
        //    link to a page not written yet does not hide the site being edited.
        clock.start("links")
        if config.links.internalLinks != .off || options.strictLinks {
            let severity: Diagnostic.Severity = options.strictLinks ? .error : (preview || config.links.internalLinks == .warning ? .warning : .error)
            let files = recording.files
            let checked = await SiteLinks.check(site.articles, in: files, severity: severity, previous: state.linkCheck)
            report.diagnostics.append(contentsOf: checked.all)
            if preview { state.linkCheck = (files, checked.byArticle) }
        }
        if options.strictLinks { report.externalLinks = SiteLinks.external(site.articles.lazy.flatMap(\.links)) }
        report.pagesWritten = written.pages
        report.filesWritten = written.files
        report.pagesRendered = written.rendered
        return report
    }

    /// The content inventory: the previous one when the change only edited files already in it.
    static func inventory(layout: SiteLayout, state: BuildState, changes: ChangeSet) -> ContentInventory {
        if let previous = state.inventory, let paths = changes.paths {
            let known = Set(previous.articles.map(\.absolutePath) + previous.sectionIndexes.values.map(\.absolutePath))
            let contentChanges = paths.filter { $0.hasPrefix(layout.content + "/") }
            if contentChanges.allSatisfy({ known.contains($0) && FileManager.default.fileExists(atPath: $0) }) { return previous }
        }
        return ContentScanner.scan(contentRoot: layout.content, displayPrefix: layout.contentDisplay)
    }

    static func imageSize(_ src: String, bundleFolder: String?, staticRoot: String, basePath: String) -> (width: Int, height: Int)? {
        if src.contains("://") || src.hasPrefix("data:") { return nil }
        let clean = String(src.prefix { $0 != "?" && $0 != "#" })
        let decoded = clean.removingPercentEncoding ?? clean
        if decoded.hasPrefix("/") {
            let relative = decoded.hasPrefix(basePath) ? String(decoded.dropFirst(basePath.count)) : String(decoded.dropFirst())
            return ImageSize.read(path: staticRoot + "/" + relative)
        }
        if let bundleFolder, !decoded.contains("..") { return ImageSize.read(path: bundleFolder + "/" + decoded) }
        return nil
    }

    private func display(_ path: String, root: String) -> String {
        let standardized = (path as NSString).standardizingPath
        return standardized.hasPrefix(root + "/") ? String(standardized.dropFirst(root.count + 1)) : standardized
    }

    private func realPath(_ path: String) -> String {
        (path as NSString).resolvingSymlinksInPath
    }
}

/// Times phases and tells the progress callback which one is running.
struct PhaseClock {
    let progress: @Sendable (String) -> Void
    private var current: (name: String, began: Date, cpu: Double)?
    private var done: [BuildPhase] = []

    init(progress: @escaping @Sendable (String) -> Void) {
        self.progress = progress
    }

    mutating func start(_ name: String) {
        stop()
        current = (name, Date(), Self.processorSeconds())
        progress(name)
    }

    mutating func finish() -> [BuildPhase] {
        stop()
        return done
    }

    private mutating func stop() {
        if let (name, began, cpu) = current {
            done.append(BuildPhase(name: name, seconds: Date().timeIntervalSince(began), processorSeconds: Self.processorSeconds() - cpu))
        }
        current = nil
    }

    /// User and system time of the whole process so far: against the wall time it shows how many cores a phase kept busy.
    private static func processorSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// Default summaries: the first paragraph, cut at a word boundary.
enum Summary {
    static func shorten(_ text: String, limit: Int = 300) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
