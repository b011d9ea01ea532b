// A portable watcher: compares modification times and sizes of every file at a fixed interval.

import Foundation

/// Polls the watched trees. Slower to notice than inotify, but works on every system.
public struct PollingWatcher: FileWatcher {
    let paths: [String]
    let interval: Duration

    public init(folders: [String], interval: Duration) {
        paths = folders
        self.interval = interval
    }

    public func changes() -> AsyncStream<Set<String>> {
        let paths = paths, interval = interval
        // The baseline is taken now, not in the task: a busy pool can start the task late, and a
        // change saved in between would never be reported.
        let baseline = Self.snapshot(paths)
        return AsyncStream { continuation in
            let task = Task {
                var previous = baseline
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    let current = Self.snapshot(paths)
                    var changed = Set<String>()
                    for (path, stamp) in current where previous[path] != stamp { changed.insert(path) }
                    for path in previous.keys where current[path] == nil { changed.insert(path) }
                    if !changed.isEmpty { continuation.yield(changed) }
                    previous = current
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Path → (modification time, size) of every file below the paths.
    static func snapshot(_ paths: [String]) -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        let fm = FileManager.default
        for root in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            var files = [root]
            if isDirectory.boolValue, let enumerator = fm.enumerator(atPath: root) {
                files = []
                while let relative = enumerator.nextObject() as? String { files.append(root + "/" + relative) }
            }
            for file in files {
                guard let attributes = try? fm.attributesOfItem(atPath: file) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = Double((attributes[.size] as? NSNumber)?.intValue ?? 0)
                result[file] = [modified, size]
            }
        }
        return result
    }
}
