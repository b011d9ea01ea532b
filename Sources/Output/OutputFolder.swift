// Builds into a private staging folder and swaps it in at the end, so output/ is never half-written.

import Diagnostics
import Foundation

/// The output folder of a build. The build writes into `stagingPath`; `commit()` replaces the
/// old output in two renames; `discard()` throws the staging folder away. A folder that sitegen
/// did not create (no marker file) is never replaced or deleted.
public struct OutputFolder: Sendable {
    /// The folder the user asked for.
    public let path: String
    /// Where this build writes.
    public let stagingPath: String

    /// The file that marks a folder as sitegen's own.
    public static let markerName = ".sitegen-output"
    static let markerText = "This folder is written by `sitegen build` and is replaced on every build.\n"

    /// Checks that `path` may be used and creates a fresh staging folder beside it.
    /// - Parameters:
    ///   - protected: folders that must never be the output or be inside it (the site root, content/…).
    ///   - sourceTrees: folders the output must not be inside either (content/, templates/, static/).
    public static func prepare(path: String, protected: [String], sourceTrees: [String] = []) throws(Diagnostic) -> OutputFolder {
        let target = absolute(path)
        let location = SourceLocation(file: path)
        for folder in protected.map(absolute) {
            if target == folder || folder.hasPrefix(target + "/") {
                throw .error("refusing to build into this folder: it holds the site's sources (\(folder)); choose another --output", at: location)
            }
        }
        for folder in sourceTrees.map(absolute) where target.hasPrefix(folder + "/") {
            throw .error("refusing to build into a folder inside \(folder); choose an --output outside the sources", at: location)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .error("the output path exists and is not a folder", at: location)
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
            if !entries.isEmpty && !entries.contains(markerName) {
                throw .error("refusing to replace a non-empty folder that sitegen did not create (no \(markerName) file in it); choose another --output or empty it yourself", at: location)
            }
        }
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .error("cannot create the folder that holds the output: \(error.localizedDescription)", at: location)
        }
        removeStale(prefix: ".\(name).sitegen-", in: parent)
        let staging = (parent as NSString).appendingPathComponent(".\(name).sitegen-staging-\(getpid())")
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
            try FileWriter.write(Array(markerText.utf8), toAbsolute: (staging as NSString).appendingPathComponent(markerName))
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw .error("cannot create a staging folder beside the output: \(error.localizedDescription)", at: location)
        }
        return OutputFolder(path: target, stagingPath: staging)
    }

    /// Puts the finished build in place of the old output.
    public func commit() throws(Diagnostic) {
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let old = (parent as NSString).appendingPathComponent(".\(name).sitegen-old-\(getpid())")
        let fm = FileManager.default
        let hadOutput = fm.fileExists(atPath: path)
        if hadOutput && rename(path, old) != 0 {
            throw .error("cannot move the previous output aside: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
        if rename(stagingPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(old, path) }
            throw .error("cannot move the new output in place: \(reason)", at: SourceLocation(file: path))
        }
        if hadOutput { Self.removeTree(old) }
    }

    /// Deletes a folder tree with every core: the entries two levels down (article folders, mostly)
    /// are removed in parallel, then what is left. Deleting the previous 21,000-page output one file
    /// at a time was a twentieth of a build.
    static func removeTree(_ root: String) {
        let fm = FileManager.default
        var items: [String] = []
        for entry in (try? fm.contentsOfDirectory(atPath: root)) ?? [] {
            let path = (root as NSString).appendingPathComponent(entry)
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
               let children = try? fm.contentsOfDirectory(atPath: path) {
                items.append(contentsOf: children.map { (path as NSString).appendingPathComponent($0) })
            } else {
                items.append(path)
            }
        }
        let work = items
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            try? FileManager.default.removeItem(atPath: work[i])
        }
        try? fm.removeItem(atPath: root)
    }

    /// Deletes the staging folder after a failed build; the previous output stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(atPath: stagingPath)
    }

    /// Staging and old folders left by an interrupted build, recognised by name and marker.
    static func removeStale(prefix: String, in parent: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            let folder = (parent as NSString).appendingPathComponent(entry)
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(markerName)) {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        var standardized = (full as NSString).standardizingPath
        if let resolved = realpath(standardized, nil) {
            standardized = String(cString: resolved)
            free(resolved)
        }
        return standardized
    }
}
