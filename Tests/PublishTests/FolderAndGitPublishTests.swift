// Publishing into a folder (synced byte for byte) and onto a git branch (one commit per real change).

import Foundation
import Hosting
@testable import Publish
import TestSupport
import Testing

@Suite struct FolderPublishTests {
    static func tree(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return files
    }

    @Test func folderEqualsTheOutputAfterEverySync() async throws {
        let site = try TemporaryTree(["index.html": "home", "a/index.html": "a", "a/b/index.html": "b", "img/x.png": "png"])
        let target = try TemporaryTree([:])
        defer { site.remove(); target.remove() }
        let destination = try FolderDestination(path: target.root + "/www", siteRoot: "/nonexistent-site", output: site.root)
        let first = try await Publisher(destination: destination, options: PublishOptions()).publish(folder: site.root)
        #expect(first.plan.new.count == 4)
        var published = try Self.tree(target.root + "/www")
        #expect(published.removeValue(forKey: FolderDestination.markerName) != nil, "the folder is marked as sitegen's")
        #expect(published == (try Self.tree(site.root)))

        // Pages removed from the site, and an outdated one, as an earlier publish would have left them.
        try target.write("www/stale.html", "old")
        try target.write("www/gone/deep/page.html", "old")
        try target.write("www/a/index.html", "outdated")
        try site.write("a/b/index.html", "b, corrected")
        let second = try await Publisher(destination: destination, options: PublishOptions()).publish(folder: site.root)
        #expect(second.plan.changed.map(\.path) == ["a/b/index.html", "a/index.html"] && second.plan.unchanged == 2)
        #expect(second.plan.deleted == ["gone/deep/page.html", "stale.html"])
        published = try Self.tree(target.root + "/www")
        published[FolderDestination.markerName] = nil
        #expect(published == (try Self.tree(site.root)), "byte for byte")
        #expect(!FileManager.default.fileExists(atPath: target.root + "/www/gone"), "emptied folders go too")
    }

    @Test func refusesANonEmptyFolderItDidNotPublish() async throws {
        let site = try TemporaryTree(["index.html": "home"])
        let target = try TemporaryTree(["notes.txt": "someone's files"])
        defer { site.remove(); target.remove() }
        let destination = try FolderDestination(path: target.root, siteRoot: "/nonexistent-site", output: site.root)
        do {
            _ = try await Publisher(destination: destination, options: PublishOptions()).publish(folder: site.root)
            Issue.record("published into a folder sitegen does not own")
        } catch {
            #expect(error.message.contains("it is not empty and sitegen did not publish it"))
        }
        #expect(try Self.tree(target.root) == ["notes.txt": Data("someone's files".utf8)])
    }

    @Test func refusesFoldersThatHoldTheSite() throws {
        let site = try TemporaryTree(["content/a.md": "# A", "output/index.html": "x"])
        defer { site.remove() }
        #expect(throws: PublishError.self) { try FolderDestination(path: site.root, siteRoot: site.root, output: site.root + "/output") }
        #expect(throws: PublishError.self) { try FolderDestination(path: site.root + "/output", siteRoot: site.root, output: site.root + "/output") }
        #expect(throws: PublishError.self) { try FolderDestination(path: "/", siteRoot: site.root, output: site.root + "/output") }
        #expect(throws: PublishError.self) { try FolderDestination(path: site.root + "/output/sub", siteRoot: "/elsewhere", output: site.root + "/output") }
        #expect(throws: Never.self) { try FolderDestination(path: site.root + "-www", siteRoot: site.root, output: site.root + "/output") }
    }
}

@Suite struct GitPublishTests {
    func git(_ arguments: [String], in folder: String) throws -> String {
        try GitRunner().run(arguments, in: folder)
    }

    @Test func publishesToABranchAndCommitsOnlyRealChanges() async throws {
        let site = try TemporaryTree(["index.html": "home", "a/index.html": "a"])
        let remote = try TemporaryTree([:], prefix: "sitegen-remote")
        defer { site.remove(); remote.remove() }
        _ = try git(["init", "-q", "--bare", remote.root + "/pages.git"], in: remote.root)
        let bare = remote.root + "/pages.git"

        func publish() async throws -> PublishReport {
            let destination = try GitDestination(remote: bare, branch: "gh-pages", siteRoot: site.root, cname: "news.example.org")
            return try await Publisher(destination: destination, options: PublishOptions()).publish(folder: site.root)
        }
        let first = try await publish()
        #expect(first.plan.new.count == 4) // two pages, .nojekyll, CNAME
        #expect(try git(["rev-list", "--count", "gh-pages"], in: bare) == "1")
        let files = try git(["ls-tree", "-r", "--name-only", "gh-pages"], in: bare).split(separator: "\n")
        #expect(files == [".nojekyll", "CNAME", "a/index.html", "index.html"])
        #expect(try git(["show", "gh-pages:CNAME"], in: bare) == "news.example.org")

        let again = try await publish()
        #expect(again.plan.isEmpty)
        #expect(try git(["rev-list", "--count", "gh-pages"], in: bare) == "1", "no change, no commit")

        try site.write("a/index.html", "a, updated")
        try FileManager.default.removeItem(atPath: site.root + "/index.html")
        let third = try await publish()
        #expect(third.plan.changed.map(\.path) == ["a/index.html"] && third.plan.deleted == ["index.html"])
        #expect(try git(["rev-list", "--count", "gh-pages"], in: bare) == "2")
        #expect(try git(["show", "gh-pages:a/index.html"], in: bare) == "a, updated")
    }

    @Test func anUnreachableRemoteFailsClearly() async throws {
        let site = try TemporaryTree(["index.html": "home"])
        defer { site.remove() }
        let destination = try GitDestination(remote: site.root + "/no-such-repo.git", branch: "pages", siteRoot: site.root, cname: nil)
        await #expect(throws: PublishError.self) {
            try await Publisher(destination: destination, options: PublishOptions()).publish(folder: site.root)
        }
    }
}
