// Publishing into a folder a web server reads: copy what changed, remove what the site no longer has.

import Foundation

/// A folder on this machine. Each file is written beside its final name and renamed into place,
/// so the web server never serves half a file. The folder must be new, empty, or one sitegen
/// published before (it leaves a marker file): syncing deletes files, and never in a folder it does not own.
public struct FolderDestination: Destination {
    public let root: String

    /// Marks a folder as sitegen's to sync; not part of the site.
    public static let markerName = ".sitegen-publish"
    static let markerText = "This folder is kept in step with a site by `sitegen publish`; files not in the site are removed.\n"

    /// `root` must not be, or hold, the site being published: syncing would delete the sources.
    public init(path: String, siteRoot: String, output: String) throws(PublishError) {
        let root = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let site = URL(fileURLWithPath: siteRoot).standardizedFileURL.resolvingSymlinksInPath().path
        let built = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        func contains(_ outer: String, _ inner: String) -> Bool { inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/") }
        if root == "/" || contains(root, site) || contains(root, built) || contains(built, root) {
            throw PublishError("refusing to publish into \(path): it is, or contains, the site or its output, and syncing would delete files there")
        }
        if root == FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path {
            throw PublishError("refusing to publish into the home folder \(path); name a folder for the site")
        }
        self.root = root
    }

    public var sendsHeaders: Bool { false }

    public func inventory() async throws(PublishError) -> [String: RemoteFile] {
        guard FileManager.default.fileExists(atPath: root) else { return [:] }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        if !entries.isEmpty && !entries.contains(Self.markerName) {
            throw PublishError("refusing to publish into \(root): it is not empty and sitegen did not publish it (no \(Self.markerName) file); "
                + "empty it or choose a new folder. Nothing was changed.")
        }
        guard let files = FileTree.files(under: root) else { throw PublishError("cannot read \(root)") }
        // The marker and leftovers of an interrupted publish are not part of the site.
        let site = files.filter { $0 != Self.markerName && !($0 as NSString).lastPathComponent.hasPrefix(".sitegen-partial-") }
        return try await FileTree.inventory(site, in: root)
    }

    public func prepare() async throws(PublishError) {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: root + "/" + Self.markerName) {
                try Data(Self.markerText.utf8).write(to: URL(fileURLWithPath: root + "/" + Self.markerName))
            }
        } catch {
            throw PublishError("cannot prepare \(root): \(error.localizedDescription)")
        }
    }

    public func upload(_ file: PreparedFile) async throws(PublishError) {
        let target = root + "/" + file.path
        let folder = (target as NSString).deletingLastPathComponent
        let partial = folder + "/.sitegen-partial-" + (target as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(try file.body()).write(to: URL(fileURLWithPath: partial))
            if rename(partial, target) != 0 { throw PublishError("cannot move \(partial) into place: \(String(cString: strerror(errno)))") }
        } catch let error as PublishError {
            throw error
        } catch {
            throw PublishError("cannot write \(target): \(error.localizedDescription)")
        }
    }

    public func delete(_ paths: [String]) async throws(PublishError) {
        var folders = Set<String>()
        for path in paths {
            let target = root + "/" + path
            do {
                try FileManager.default.removeItem(atPath: target)
            } catch {
                if FileManager.default.fileExists(atPath: target) { throw PublishError("cannot delete \(target): \(error.localizedDescription)") }
            }
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        // Deepest first, so a folder emptied by its children's removal goes too; only empty ones.
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            let absolute = root + "/" + folder
            if (try? FileManager.default.contentsOfDirectory(atPath: absolute))?.isEmpty == true {
                try? FileManager.default.removeItem(atPath: absolute)
            }
        }
    }
}
