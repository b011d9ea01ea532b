// A throwaway site in a temporary folder, built with the real pipeline, for end-to-end tests.

import Content
import Foundation
import Site
import TestSupport

struct FixtureSite {
    let tree: TemporaryTree
    var root: String { tree.root }

    init(_ files: [String: String]) throws {
        tree = try TemporaryTree(files, prefix: "site")
    }

    func write(_ path: String, _ text: String) throws {
        try tree.write(path, text)
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        try tree.write(path, bytes: bytes)
    }

    var output: String { root + "/output" }

    func build(drafts: Bool = false, future: Bool = false, output: String? = nil) async -> BuildReport {
        let options = BuildOptions(source: root, output: output ?? self.output, includeDrafts: drafts, includeFuture: future,
                                   now: Timestamp(parsing: "2025-06-01T00:00:00Z")!)
        return await SiteBuilder(options: options).build()
    }

    func read(_ path: String, in folder: String? = nil) -> String? {
        FileManager.default.contents(atPath: (folder ?? output) + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output + "/" + path)
    }

    /// Every file below `folder`, relative, sorted.
    func files(in folder: String? = nil) -> [String] {
        let base = folder ?? output
        guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
        var result: [String] = []
        while let p = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + p, isDirectory: &isDir), !isDir.boolValue { result.append(p) }
        }
        return result.sorted()
    }

    func remove() {
        tree.remove()
    }

    static func article(_ title: String, date: String = "2025-01-01", extra: String = "", body: String = "Body text.") -> String {
        "---\ntitle: \"\(title)\"\ndate: \(date)\n\(extra)---\n\n\(body)\n"
    }

    /// A 1x1 PNG with the given size in its header.
    static func png(width: UInt32, height: UInt32) -> [UInt8] {
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] + be(width) + be(height) + [8, 2, 0, 0, 0]
    }
}
