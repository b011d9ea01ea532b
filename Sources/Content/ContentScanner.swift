// Walks content/ and lists what is there: sections, articles, page bundles and their assets.

import Diagnostics
import Foundation

/// A Markdown file to be loaded as an article or a section index.
public struct ContentFile: Sendable, Hashable {
    /// Path shown in messages, relative to the site root: `content/business/foo.md`.
    public var displayPath: String
    public var absolutePath: String
    /// The section the file belongs to, as a path below content/: `business/markets`; "" for the root.
    public var section: String
    /// The file-name slug: `foo` for `foo.md` and for the bundle `foo/index.md`.
    public var fileStem: String
    /// True for `foo/index.md` (a page bundle, whose other files are its assets).
    public var isBundle: Bool
}

/// A non-Markdown file in a page bundle, copied beside the page.
public struct BundleAsset: Sendable, Hashable {
    public var absolutePath: String
    /// The bundle's `index.md` display path, to which the asset belongs.
    public var owner: String
    public var fileName: String
}

/// Everything found under content/.
public struct ContentInventory: Sendable {
    public var articles: [ContentFile] = []
    /// `_index.md` files by section path ("" for the home page).
    public var sectionIndexes: [String: ContentFile] = [:]
    /// Every section folder, including ones without `_index.md`; "" is the root.
    public var sections: Set<String> = [""]
    public var assets: [BundleAsset] = []
    public var diagnostics = DiagnosticList()
}

public enum ContentScanner {
    /// Lists `contentRoot`. `displayPrefix` is how messages name it (`content`).
    public static func scan(contentRoot: String, displayPrefix: String) -> ContentInventory {
        var inventory = ContentInventory()
        var ancestors: Set<String> = []
        walk(directory: contentRoot, relative: "", display: displayPrefix, ancestors: &ancestors, into: &inventory)
        inventory.articles.sort { $0.displayPath < $1.displayPath }
        inventory.assets.sort { ($0.owner, $0.fileName) < ($1.owner, $1.fileName) }
        return inventory
    }

    private static func walk(directory: String, relative: String, display: String, ancestors: inout Set<String>, into inventory: inout ContentInventory) {
        let real = realPath(directory)
        if ancestors.contains(real) {
            inventory.diagnostics.error("symlink loop: this folder leads back to one of its parents; remove the link", at: SourceLocation(file: display))
            return
        }
        ancestors.insert(real)
        defer { ancestors.remove(real) }

        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            inventory.diagnostics.error("cannot read this folder: \(error.localizedDescription)", at: SourceLocation(file: display))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            let displayPath = display + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inventory.diagnostics.warning("broken symlink is skipped", at: SourceLocation(file: displayPath))
                continue
            }
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            if isDirectory.boolValue {
                let bundleIndex = (path as NSString).appendingPathComponent("index.md")
                if FileManager.default.fileExists(atPath: bundleIndex) {
                    addBundle(directory: path, name: name, section: relative, display: displayPath, into: &inventory)
                } else {
                    inventory.sections.insert(childRelative)
                    walk(directory: path, relative: childRelative, display: displayPath, ancestors: &ancestors, into: &inventory)
                }
            } else if name == "_index.md" {
                inventory.sectionIndexes[relative] = ContentFile(displayPath: displayPath, absolutePath: path, section: relative, fileStem: "", isBundle: false)
            } else if name.lowercased().hasSuffix(".md") {
                let stem = String(name.dropLast(3))
                inventory.articles.append(ContentFile(displayPath: displayPath, absolutePath: path, section: relative, fileStem: stem, isBundle: false))
            }
        }
    }

    private static func addBundle(directory: String, name: String, section: String, display: String, into inventory: inout ContentInventory) {
        let index = ContentFile(displayPath: display + "/index.md", absolutePath: (directory as NSString).appendingPathComponent("index.md"),
                                section: section, fileStem: name, isBundle: true)
        inventory.articles.append(index)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory).sorted()) ?? []
        for file in files where file != "index.md" && !file.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(file)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            inventory.assets.append(BundleAsset(absolutePath: path, owner: index.displayPath, fileName: file))
        }
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
