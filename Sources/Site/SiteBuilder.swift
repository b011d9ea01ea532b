// The whole build as one readable sequence of named, timed phases, from content/ to output/.

import Content
import Diagnostics
import Foundation
import Markdown
import Output
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
    static let requiredTemplates = ["article", "page", "section", "taxonomy", "terms", "archive", "home", "404"]

    public func build(progress: @escaping @Sendable (String) -> Void = { _ in }) async -> BuildReport {
        var report = BuildReport()
        var clock = PhaseClock(progress: progress)
        let layout = SiteLayout(root: options.source, theme: options.theme)

        // 1. Config
        clock.start("config")
        var (config, configProblems) = SiteConfig.load(root: layout.root)
        report.diagnostics.append(contentsOf: configProblems)
        if let baseURL = options.baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let paths = SitePaths(basePath: config.basePath)
        guard FileManager.default.fileExists(atPath: layout.content) else {
            report.diagnostics.error("no content folder here; run `sitegen new site DIR` to start one", at: SourceLocation(file: layout.content))
            return report
        }

        // 2. Scan and 3. load every content file, on all cores
        clock.start("load")
        let inventory = ContentScanner.scan(contentRoot: layout.content, displayPrefix: layout.contentDisplay)
        report.diagnostics.append(contentsOf: inventory.diagnostics)
        let loaded = await Parallel.map(inventory.articles) { ArticleSource.load($0) }
        var sources: [ArticleSource] = []
        for (source, problems) in loaded {
            report.diagnostics.append(contentsOf: problems)
            if let source { sources.append(source) }
        }
        var sectionIndexes: [String: ArticleSource] = [:]
        for (section, file) in inventory.sectionIndexes.sorted(by: { $0.key < $1.key }) {
            let (source, problems) = ArticleSource.load(file, isSectionIndex: true)
            report.diagnostics.append(contentsOf: problems)
            sectionIndexes[section] = source
        }

        // 4. Route: drafts and future articles out, URLs in, collisions reported
        clock.start("route")
        let routing = Routing.route(sources, sections: inventory.sections, sectionIndexes: sectionIndexes,
                                    contentDisplay: layout.contentDisplay, options: options)
        report.diagnostics.append(contentsOf: routing.diagnostics)

        // 5. Templates
        clock.start("templates")
        var folders = [TemplateFolder(path: layout.theme, displayPath: display(layout.theme, root: layout.root))]
        if FileManager.default.fileExists(atPath: layout.siteTemplates), realPath(layout.siteTemplates) != realPath(layout.theme) {
            folders.append(TemplateFolder(path: layout.siteTemplates, displayPath: "templates"))
        }
        let (templates, templateProblems) = TemplateSet.load(from: folders)
        report.diagnostics.append(contentsOf: templateProblems)
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

        // 6. Render Markdown, on all cores
        clock.start("markdown")
        var blocks = BlockRendererRegistry.standard
        blocks.register(ChartBlock(siteRoot: layout.root), for: "chart")
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: config.unsafeHTML, smartPunctuation: config.smartPunctuation,
                                                                 enrich: true, reservedIDs: ["main", "top", "content", "toc", "site-header", "site-footer"]),
                                        blocks: blocks)
        let links = ContentLinks(pathsByFile: routing.pathsByFile, paths: paths)
        let contentPrefix = layout.contentDisplay + "/"
        let staticRoot = layout.staticFiles
        let smartPunctuation = config.smartPunctuation
        let rendered = await Parallel.map(routing.routed.indices.map { ($0, routing.routed[$0], routing.paths[$0]) }) { item in
            let (_, source, path) = item
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
            let article = Article(file: source.file, frontMatter: frontMatter, path: path, section: source.file.section,
                                  isStandalone: source.file.section.isEmpty, html: document.html,
                                  tableOfContents: document.tableOfContents, summary: summary,
                                  wordCount: document.wordCount, ids: document.ids,
                                  imageSize: source.frontMatter.image.flatMap { hooks.imageSize($0.src) })
            return (article, document.diagnostics)
        }
        var articles: [Article] = []
        for (article, problems) in rendered {
            report.diagnostics.append(contentsOf: problems)
            articles.append(article)
        }
        articles.sort(by: Article.newestFirst)
        report.articles = articles.count

        // 7. Assemble sections and taxonomies
        clock.start("assemble")
        var site = SiteModel.assemble(articles: articles, sections: routing.sections, sectionIndexes: sectionIndexes,
                                      renderer: renderer, config: config, contentPrefix: contentPrefix)
        report.diagnostics.append(contentsOf: site.diagnostics)
        site.bundleAssets = Dictionary(grouping: inventory.assets, by: \.owner)
        report.diagnostics.append(contentsOf: Routing.checkAliases(articles: articles, taken: site.allPagePaths))

        guard !report.diagnostics.hasErrors else {
            report.phases = clock.finish()
            return report
        }

        // 8. Write everything into a staging folder, then swap it in
        let outputPath = options.output ?? (layout.root as NSString).appendingPathComponent(config.output)
        let output: OutputFolder
        do {
            output = try OutputFolder.prepare(path: outputPath, protected: layout.protectedFolders, sourceTrees: layout.sourceTrees)
        } catch {
            report.diagnostics.append(error)
            report.phases = clock.finish()
            return report
        }
        let writer = SiteWriter(site: site, config: config, paths: paths, templates: templates,
                                files: FileWriter(root: output.stagingPath), layout: layout, templateFolders: folders.map(\.path))
        let written = await writer.writeAll(clock: &clock)
        report.diagnostics.append(contentsOf: written.diagnostics)
        report.pagesWritten = written.pages
        report.filesWritten = written.files
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
        report.phases = clock.finish()
        return report
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
    private var current: (String, Date)?
    private var done: [(name: String, seconds: Double)] = []

    init(progress: @escaping @Sendable (String) -> Void) {
        self.progress = progress
    }

    mutating func start(_ name: String) {
        stop()
        current = (name, Date())
        progress(name)
    }

    mutating func finish() -> [(name: String, seconds: Double)] {
        stop()
        return done
    }

    private mutating func stop() {
        if let (name, began) = current { done.append((name, Date().timeIntervalSince(began))) }
        current = nil
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
