// What one build keeps for the next, so the preview server re-does only what a change affects.

import Content
import Diagnostics
import Foundation
import LinkCheck
import Templates

/// Which files changed since the last build. `nil` paths means "unknown: check everything".
public struct ChangeSet: Sendable {
    public var paths: Set<String>?

    public init(paths: Set<String>?) {
        self.paths = paths
    }

    public static let everything = ChangeSet(paths: nil)

    func touches(_ folder: String) -> Bool {
        guard let paths else { return true }
        return paths.contains { $0 == folder || $0.hasPrefix(folder + "/") }
    }
}

/// A rendered page and the fingerprint of everything it was rendered from.
public struct PageRecord: Sendable {
    public var fingerprint: Int
    public var bytes: [UInt8]
}

/// Caches carried from one build to the next. A fresh value means a full build.
public struct BuildState: Sendable {
    struct LoadedFile: Sendable {
        var stamp: FileStamp
        var source: ArticleSource?
        var diagnostics: DiagnosticList
    }

    struct RenderedArticle: Sendable {
        var key: Int
        var article: Article
        var diagnostics: [Diagnostic]
    }

    var inventory: ContentInventory?
    var loaded: [String: LoadedFile] = [:]
    var rendered: [String: RenderedArticle] = [:]
    var templates: (set: TemplateSet, diagnostics: DiagnosticList, stamp: Int)?
    var related: (features: [[String]], groups: [String], result: [[Int]])?
    /// The topic index and the signature of what it was built from (see `TopicIndex.signature`).
    var topics: (signature: Int, index: TopicIndex)?
    var fragments: [Int: (teaser: String, relatedItem: String)] = [:]
    var sharedFragments: [SharedFragment: SharedFragment.Rendered] = [:]
    var pages: [String: PageRecord] = [:]
    /// The last link check: what was written, and each article's problems by its content hash.
    var linkCheck: (files: SiteFiles, problems: [Int: [Diagnostic]])?

    public init() {}

    /// Leaves `state` allocated for the rest of the process (see `BuildOptions.freesMemory`).
    static func keepUntilExit(_ state: BuildState) {
        _ = Unmanaged.passRetained(Kept(state))
    }

    private final class Kept {
        let state: BuildState
        init(_ state: BuildState) { self.state = state }
    }
}

/// Modification time and size: enough to tell that a file changed between two builds.
struct FileStamp: Sendable, Equatable {
    var modified: Double
    var size: Int

    init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            size = Int(info.st_size)
        } else {
            modified = -1
            size = -1
        }
    }

    /// A fingerprint of the templates below the folders (names, times, sizes). Assets are left out:
    /// a stylesheet edit then changes no page, and the preview can swap the stylesheet in place.
    static func tree(_ folders: [String]) -> Int {
        var hasher = Hasher()
        for folder in folders {
            for file in StaticFiles.list(folder) where file.hasSuffix(".mustache") {
                let stamp = FileStamp(path: folder + "/" + file)
                hasher.combine(file)
                hasher.combine(stamp.modified)
                hasher.combine(stamp.size)
            }
        }
        return hasher.finalize()
    }
}
