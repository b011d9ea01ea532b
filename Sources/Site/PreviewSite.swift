// The preview server's site: built into memory, rebuilt incrementally, the last good version kept.

import Diagnostics
import Foundation
import Output

/// A site kept in memory between builds. Each rebuild re-renders only what the changed files
/// affect; a build with errors leaves the last good pages in place.
public actor PreviewSite {
    /// What a rebuild did.
    public struct Update: Sendable {
        public var report: BuildReport
        /// Site paths (`/business/a/`, `/assets/style.css`) whose content changed.
        public var changedPaths: [String]
        /// True when only stylesheets changed, so pages can swap them in place.
        public var stylesheetsOnly: Bool
        public var seconds: Double
    }

    private let builder: SiteBuilder
    private let layout: SiteLayout
    private var state = BuildState()
    /// The last good build.
    public private(set) var files: [String: OutputFile] = [:]
    /// Problems of the latest build (errors mean `files` is older than the sources).
    public private(set) var diagnostics = DiagnosticList()

    public init(options: BuildOptions) {
        builder = SiteBuilder(options: options)
        layout = SiteLayout(root: options.source, theme: options.theme)
    }

    /// The folders a watcher should watch.
    public var watchedFolders: [String] {
        [layout.content, layout.siteTemplates, layout.staticFiles, layout.root + "/data", layout.theme]
    }

    public var root: String { layout.root }

    public func file(_ relativePath: String) -> OutputFile? {
        files[relativePath]
    }

    /// Rebuilds after `changes` (absolute paths of changed files; `.everything` for the first build).
    public func rebuild(_ changes: ChangeSet) async -> Update {
        let started = Date()
        var clock = PhaseClock(progress: { _ in })
        let sink = MemoryOutput()
        let before = state.pages
        var working = state
        // Leave the build the only owner of its caches, so it updates them in place: copying ten
        // thousand cached articles on first write was a tenth of a rebuild.
        state = BuildState()
        var report = await builder.compile(layout: layout, state: &working, changes: changes, clock: &clock, preview: true) {
            (_: String) throws(Diagnostic) -> any OutputSink in sink
        }
        report.phases = clock.finish()
        diagnostics = report.diagnostics
        guard !report.diagnostics.hasErrors else {
            // Every cache but the page fingerprints is keyed by its inputs, so it survives a failed
            // build; the fingerprints must go on describing the pages still being served.
            working.pages = before
            state = working
            return Update(report: report, changedPaths: [], stylesheetsOnly: false, seconds: Date().timeIntervalSince(started))
        }
        state = working
        let next = sink.files
        var changed = Set<String>()
        for (file, record) in state.pages where before[file]?.fingerprint != record.fingerprint { changed.insert(file) }
        for file in before.keys where state.pages[file] == nil { changed.insert(file) }
        for (file, content) in next where state.pages[file] == nil {
            switch content {
            case .bytes: if files[file] != content { changed.insert(file) }
            case .file(let source): if files[file] != content || (changes.paths?.contains(source) ?? true) { changed.insert(file) }
            }
        }
        for file in files.keys where next[file] == nil { changed.insert(file) }
        files = next
        let sitePaths = changed.sorted().map(Self.sitePath)
        let stylesheetsOnly = !changed.isEmpty && changed.allSatisfy { $0.hasSuffix(".css") }
        return Update(report: report, changedPaths: sitePaths, stylesheetsOnly: stylesheetsOnly, seconds: Date().timeIntervalSince(started))
    }

    /// `business/a/index.html` → `/business/a/`.
    static func sitePath(_ file: String) -> String {
        if file == "index.html" { return "/" }
        if file.hasSuffix("/index.html") { return "/" + file.dropLast("index.html".count) }
        return "/" + file
    }
}
