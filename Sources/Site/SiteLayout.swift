// Where a site's parts live on disk: content/, templates/, static/, sitegen.yml, and the default theme.

import Foundation

/// The folders of one site. A folder with neither `sitegen.yml` nor `content/` is taken to be a bare
/// content folder (as the benchmark corpus is) and built with the default theme and default settings.
public struct SiteLayout: Sendable {
    public var root: String
    public var content: String
    /// How messages name the content folder: `content`, or the folder itself for a bare one.
    public var contentDisplay: String
    public var siteTemplates: String
    public var staticFiles: String
    public var theme: String

    public init(root: String, theme: String = SiteLayout.defaultTheme) {
        let root = (root as NSString).standardizingPath
        self.root = root
        self.theme = theme
        let fm = FileManager.default
        let hasConfig = fm.fileExists(atPath: root + "/sitegen.yml")
        let hasContent = fm.fileExists(atPath: root + "/content")
        if hasConfig || hasContent {
            content = root + "/content"
            contentDisplay = "content"
        } else {
            content = root
            contentDisplay = (root as NSString).lastPathComponent
        }
        siteTemplates = root + "/templates"
        staticFiles = root + "/static"
    }

    /// The theme that ships with sitegen: the repository's own `templates/` folder, found from
    /// this source file's location at compile time (override with `SITEGEN_THEME`).
    public static var defaultTheme: String {
        if let override = ProcessInfo.processInfo.environment["SITEGEN_THEME"], !override.isEmpty { return override }
        let thisFile = URL(fileURLWithPath: #filePath)
        return thisFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates").path
    }

    /// Folders a build must never replace: the output may not be one of them or hold one.
    public var protectedFolders: [String] {
        [root, content, siteTemplates, staticFiles, theme]
    }

    /// Source folders the output may not be placed inside.
    public var sourceTrees: [String] {
        [content, siteTemplates, staticFiles, theme]
    }
}
