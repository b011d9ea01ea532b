// What a publish will do, worked out before it does anything: new, changed and deleted files.

import Foundation

/// The difference between the built site and what is published.
public struct PublishPlan: Sendable {
    public var new: [PreparedFile] = []
    public var changed: [PreparedFile] = []
    /// Published paths that the site no longer has.
    public var deleted: [String] = []
    public var unchanged = 0

    /// Compares by MD5 of the bytes to send; a remote file without a hash counts as changed.
    /// `force` sends every file again (after changing cache rules, say).
    public init(local: [PreparedFile], remote: [String: RemoteFile], force: Bool = false) {
        var seen = Set<String>()
        for file in local {
            seen.insert(file.path)
            guard let published = remote[file.path] else { new.append(file); continue }
            if force || published.md5 != file.md5 || published.size != file.size { changed.append(file) } else { unchanged += 1 }
        }
        deleted = remote.keys.filter { !seen.contains($0) }.sorted()
    }

    public var uploads: [PreparedFile] { new + changed }
    public var bytesToUpload: Int { uploads.reduce(0) { $0 + $1.size } }
    public var isEmpty: Bool { new.isEmpty && changed.isEmpty && deleted.isEmpty }

    /// One line: `3 new, 2 changed, 1 deleted, 240 unchanged; 18.2 KB to upload`.
    public var summary: String {
        "\(new.count) new, \(changed.count) changed, \(deleted.count) deleted, \(unchanged) unchanged; \(Self.bytes(bytesToUpload)) to upload"
    }

    static func bytes(_ count: Int) -> String {
        if count < 1024 { return "\(count) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(count) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return String(format: "%.1f", value) + " " + units[unit]
    }
}
