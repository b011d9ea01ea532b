// Scanning content/: sections, bundles, assets, odd file names and symlink loops.

import Content
import Foundation
import Testing
import TestSupport

private func makeTree(_ files: [String: String]) throws -> String {
    try TemporaryTree(files, prefix: "scan").root
}

@Test func findsSectionsArticlesAndBundles() throws {
    let root = try makeTree([
        "_index.md": "", "about.md": "", "business/_index.md": "", "business/a.md": "",
        "business/markets/b.md": "", "tech/story/index.md": "", "tech/story/photo.png": "x",
        "tech/notes.txt": "ignored", ".hidden/x.md": "",
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let inventory = ContentScanner.scan(contentRoot: root, displayPrefix: "content")
    #expect(inventory.articles.map(\.displayPath) == ["content/about.md", "content/business/a.md", "content/business/markets/b.md", "content/tech/story/index.md"])
    #expect(inventory.sections == ["", "business", "business/markets", "tech"])
    #expect(inventory.sectionIndexes.keys.sorted() == ["", "business"])
    let bundle = try #require(inventory.articles.last)
    #expect(bundle.isBundle && bundle.fileStem == "story" && bundle.section == "tech")
    #expect(inventory.assets.map(\.fileName) == ["photo.png"])
    #expect(inventory.diagnostics.isEmpty)
}

@Test func handlesSpacesAndNonASCIINames() throws {
    let root = try makeTree(["Économie Verte/Café Zürich report.md": ""])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let inventory = ContentScanner.scan(contentRoot: root, displayPrefix: "content")
    #expect(inventory.articles.first?.fileStem == "Café Zürich report")
    #expect(inventory.articles.first?.section == "Économie Verte")
}

@Test func reportsSymlinkLoopsWithoutHanging() throws {
    let root = try makeTree(["news/a.md": ""])
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createSymbolicLink(atPath: root + "/news/loop", withDestinationPath: root + "/news")
    let inventory = ContentScanner.scan(contentRoot: root, displayPrefix: "content")
    #expect(inventory.articles.count == 1)
    #expect(inventory.diagnostics.items.map(\.description) == ["content/news/loop: error: symlink loop: this folder leads back to one of its parents; remove the link"])
}
