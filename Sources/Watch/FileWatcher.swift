// Watches folders for changes and delivers them in batches, one batch per burst of events.

import Foundation

/// A source of change batches: absolute paths of files (and folders) that were created, modified,
/// deleted or renamed. A burst of events (a `git checkout` of 500 files) arrives as one batch.
public protocol FileWatcher: Sendable {
    func changes() -> AsyncStream<Set<String>>
}

/// The best watcher for this system: inotify on Linux, polling elsewhere.
public func makeWatcher(folders: [String], files: [String] = [], quietPeriod: Duration = .milliseconds(30)) -> any FileWatcher {
    #if os(Linux)
    if let watcher = InotifyWatcher(folders: folders, files: files, quietPeriod: quietPeriod) { return watcher }
    #endif
    return PollingWatcher(folders: folders + files, interval: .milliseconds(300))
}
