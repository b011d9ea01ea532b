// The output folder: staged builds, atomic swaps, and refusing folders sitegen does not own.

import Diagnostics
import Foundation
import Output
import Testing

private func tempDir() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

@Test func commitReplacesThePreviousOutput() throws {
    let root = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let first = try OutputFolder.prepare(path: root + "/site", protected: [])
    try FileWriter(root: first.stagingPath).write(Array("one".utf8), to: "a/b/index.html")
    try first.commit()
    #expect(read(root + "/site/a/b/index.html") == "one")
    #expect(FileManager.default.fileExists(atPath: root + "/site/" + OutputFolder.markerName))

    let second = try OutputFolder.prepare(path: root + "/site", protected: [])
    try FileWriter(root: second.stagingPath).write(Array("two".utf8), to: "c.html")
    try second.commit()
    #expect(read(root + "/site/c.html") == "two")
    #expect(!FileManager.default.fileExists(atPath: root + "/site/a"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["site"])
}

@Test func discardLeavesThePreviousOutputUntouched() throws {
    let root = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let first = try OutputFolder.prepare(path: root + "/site", protected: [])
    try FileWriter(root: first.stagingPath).write(Array("good".utf8), to: "index.html")
    try first.commit()
    let failed = try OutputFolder.prepare(path: root + "/site", protected: [])
    try FileWriter(root: failed.stagingPath).write(Array("half".utf8), to: "index.html")
    failed.discard()
    #expect(read(root + "/site/index.html") == "good")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"])
}

@Test func refusesANonEmptyFolderItDidNotCreate() throws {
    let root = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Data("precious".utf8).write(to: URL(fileURLWithPath: root + "/notes.txt"))
    #expect(throws: Diagnostic.self) { try OutputFolder.prepare(path: root, protected: []) }
    #expect(read(root + "/notes.txt") == "precious")
}

@Test func refusesProtectedFoldersAndTheirParentsAndChildren() throws {
    let root = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let content = root + "/content"
    try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
    #expect(throws: Diagnostic.self) { try OutputFolder.prepare(path: content, protected: [content]) }
    #expect(throws: Diagnostic.self) { try OutputFolder.prepare(path: root, protected: [content]) }
    #expect(throws: Diagnostic.self) { try OutputFolder.prepare(path: content + "/out", protected: [], sourceTrees: [content]) }
    let allowed = try OutputFolder.prepare(path: root + "/output", protected: [root], sourceTrees: [content])
    allowed.discard()
}

@Test func removesStagingLeftByAnInterruptedBuild() throws {
    let root = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let interrupted = try OutputFolder.prepare(path: root + "/site", protected: [])
    try FileWriter(root: interrupted.stagingPath).write(Array("x".utf8), to: "x.html")
    let stale = root + "/.site.sitegen-staging-999999"
    try FileManager.default.moveItem(atPath: interrupted.stagingPath, toPath: stale)
    let next = try OutputFolder.prepare(path: root + "/site", protected: [])
    #expect(!FileManager.default.fileExists(atPath: stale))
    next.discard()
}
