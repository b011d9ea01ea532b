// File watching: creations, edits, deletions, editor-style renames, new folders, and bursts as one batch.

import Foundation
import Testing
import TestSupport
import Watch

/// Collects batches from a watcher until `condition` holds or the time runs out. The limit is long
/// because it only matters when something is wrong: on a loaded two-core CI machine other tests can
/// hold both pool threads for seconds, and then a short timer and the awaited batch become ready
/// together, and the timer may win the race.
private func collect(_ watcher: any FileWatcher, seconds: Double = 60, while body: @Sendable () throws -> Void,
                     until condition: @escaping @Sendable (Set<String>) -> Bool) async throws -> [Set<String>] {
    let stream = watcher.changes()
    try await Task.sleep(for: .milliseconds(100))
    try body()
    return await withTaskGroup(of: [Set<String>].self) { group in
        group.addTask {
            var batches: [Set<String>] = []
            var seen = Set<String>()
            for await batch in stream {
                batches.append(batch)
                seen.formUnion(batch)
                if condition(seen) { break }
            }
            return batches
        }
        group.addTask {
            try? await Task.sleep(for: .seconds(seconds))
            return []
        }
        let first = await group.next() ?? []
        group.cancelAll()
        return first
    }
}

@Test func seesEditsCreationsDeletionsAndRenames() async throws {
    let tree = try TemporaryTree(["content/a.md": "one", "content/old.md": "x"])
    defer { tree.remove() }
    let root = tree.root + "/content"
    let watcher = makeWatcher(folders: [root])
    let batches = try await collect(watcher, while: {
        try Data("two".utf8).write(to: URL(fileURLWithPath: root + "/a.md"))
        try FileManager.default.removeItem(atPath: root + "/old.md")
        try FileManager.default.createDirectory(atPath: root + "/new", withIntermediateDirectories: true)
        try Data("n".utf8).write(to: URL(fileURLWithPath: root + "/new/b.md"))
        // An editor's save: write a temporary file, then rename it over the real one.
        try Data("three".utf8).write(to: URL(fileURLWithPath: root + "/.a.md.swp.tmp"))
        _ = rename(root + "/.a.md.swp.tmp", root + "/c.md")
    }, until: { seen in [root + "/a.md", root + "/old.md", root + "/new/b.md", root + "/c.md"].allSatisfy(seen.contains) })
    let seen = batches.reduce(into: Set<String>()) { $0.formUnion($1) }
    for path in [root + "/a.md", root + "/old.md", root + "/new/b.md", root + "/c.md"] {
        #expect(seen.contains(path), "missed \(path) in \(seen)")
    }
    #expect(!seen.contains { $0.hasSuffix(".tmp") }, "hidden temporary files are not reported")
}

@Test func filesInAFolderCreatedBeforeItsWatchAreReported() async throws {
    let tree = try TemporaryTree(["content/a.md": "one"])
    defer { tree.remove() }
    let root = tree.root + "/content"
    let watcher = makeWatcher(folders: [root])
    // The folder and its file both exist before the watcher reads the folder's creation: what a
    // busy machine does to `mkdir new && echo > new/b.md`. The file sends no event of its own.
    try FileManager.default.createDirectory(atPath: root + "/new/deeper", withIntermediateDirectories: true)
    try Data("n".utf8).write(to: URL(fileURLWithPath: root + "/new/b.md"))
    try Data("n".utf8).write(to: URL(fileURLWithPath: root + "/new/deeper/c.md"))
    let batches = try await collect(watcher, while: {}, until: { $0.contains(root + "/new/b.md") && $0.contains(root + "/new/deeper/c.md") })
    let seen = batches.reduce(into: Set<String>()) { $0.formUnion($1) }
    #expect(seen.contains(root + "/new/b.md"), "missed new/b.md in \(seen)")
    #expect(seen.contains(root + "/new/deeper/c.md"), "missed new/deeper/c.md in \(seen)")
}

@Test func aBurstArrivesAsOneBatch() async throws {
    let tree = try TemporaryTree(["content/keep.md": ""])
    defer { tree.remove() }
    let root = tree.root + "/content"
    let watcher = makeWatcher(folders: [root], quietPeriod: .milliseconds(150))
    let batches = try await collect(watcher, while: {
        for i in 0..<500 { try Data("\(i)".utf8).write(to: URL(fileURLWithPath: root + "/f\(i).md")) }
    }, until: { $0.count >= 500 })
    #expect(batches.reduce(0) { $0 + $1.count } >= 500)
    #expect(batches.count <= 2, "500 writes gave \(batches.count) batches")
}

@Test func pollingWatcherSeesChangesMadeBeforeItsFirstPoll() async throws {
    let tree = try TemporaryTree(["content/a.md": "one"])
    defer { tree.remove() }
    let root = tree.root + "/content"
    let stream = PollingWatcher(folders: [root], interval: .milliseconds(50)).changes()
    // Saved right after watching starts, before its task can have run: must still be seen.
    try Data("changed at once".utf8).write(to: URL(fileURLWithPath: root + "/a.md"))
    var iterator = stream.makeAsyncIterator()
    #expect(await iterator.next()?.contains(root + "/a.md") == true)
}

@Test func pollingWatcherSeesChanges() async throws {
    let tree = try TemporaryTree(["content/a.md": "one"])
    defer { tree.remove() }
    let root = tree.root + "/content"
    let watcher = PollingWatcher(folders: [root], interval: .milliseconds(100))
    let batches = try await collect(watcher, while: {
        try Data("a longer text".utf8).write(to: URL(fileURLWithPath: root + "/a.md"))
        try Data("b".utf8).write(to: URL(fileURLWithPath: root + "/b.md"))
    }, until: { $0.contains(root + "/a.md") && $0.contains(root + "/b.md") })
    let seen = batches.reduce(into: Set<String>()) { $0.formUnion($1) }
    #expect(seen.contains(root + "/a.md") && seen.contains(root + "/b.md"))
}
