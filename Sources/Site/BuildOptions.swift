// What a build is asked to do, and what it reports back.

import Content
import Diagnostics
import Foundation

/// The inputs of one build.
public struct BuildOptions: Sendable {
    /// The site root (holding sitegen.yml, content/, templates/, static/) or a bare content folder.
    public var source: String
    /// Overrides the config's `output`; relative paths are relative to the current folder.
    public var output: String?
    public var includeDrafts = false
    public var includeFuture = false
    public var baseURL: String?
    /// Articles dated after this are skipped unless `includeFuture`.
    public var now: Timestamp
    public var theme: String
    /// Broken internal links are errors whatever the config says (`sitegen check`).
    public var strictLinks = false
    /// Whether `build()` frees what it built before returning. A command that exits right after
    /// sets it to false: freeing a 10,000-article site object by object took 0.15 s on one core.
    public var freesMemory = true

    public init(source: String, output: String? = nil, includeDrafts: Bool = false, includeFuture: Bool = false,
                baseURL: String? = nil, now: Timestamp = .now, theme: String = SiteLayout.defaultTheme) {
        self.source = source
        self.output = output
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.baseURL = baseURL
        self.now = now
        self.theme = theme
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var diagnostics = DiagnosticList()
    public var pagesWritten = 0
    /// Pages rendered by the templates (the rest were unchanged and reused, in the preview).
    public var pagesRendered = 0
    public var filesWritten = 0
    public var articles = 0
    public var outputPath: String?
    /// Time spent in each phase, in order.
    public var phases: [BuildPhase] = []
    /// External URLs in the articles, with every place each is written (gathered for `sitegen check`).
    public var externalLinks: [String: [SourceLocation]] = [:]

    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// One named step of a build and what it cost.
public struct BuildPhase: Sendable {
    public var name: String
    /// Wall-clock seconds.
    public var seconds: Double
    /// Processor seconds of the whole process (all threads, user and system) during the phase.
    public var processorSeconds: Double
}

extension Timestamp {
    public static var now: Timestamp {
        Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
    }
}
