// Test helper: writes a tree of files into a fresh temporary folder.

import Foundation

/// A folder of files under the system's temporary directory, removed by `remove()`.
public struct TemporaryTree: Sendable {
    public let root: String

    public init(_ files: [String: String] = [:], prefix: String = "sitegen") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    public func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    public func write(_ path: String, bytes: [UInt8]) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
