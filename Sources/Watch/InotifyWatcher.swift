// Linux file watching through inotify: every folder below the roots, new folders added as they appear.

#if os(Linux)
import Foundation
import Glibc

/// Watches with inotify. Editors that save by writing a temporary file and renaming it show up as
/// a `MOVED_TO` of the real name, which is reported like a write.
public final class InotifyWatcher: FileWatcher, @unchecked Sendable {
    // @unchecked: the file descriptor and watch table are touched only by the reading thread after init.
    private let fd: Int32
    private let roots: [String]
    private let files: Set<String>
    private let quietPeriod: Duration
    private var folders: [Int32: String] = [:]

    public init?(folders roots: [String], files: [String], quietPeriod: Duration) {
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.roots = roots
        self.files = Set(files)
        self.quietPeriod = quietPeriod
        for root in roots { addTree(root) }
        for file in files { addWatch((file as NSString).deletingLastPathComponent, recursive: false) }
        // A watcher that could not watch every root (the user's watch or memory limit reached,
        // say) would silently report nothing; without it the caller falls back to polling.
        let watched = Set(folders.values)
        // (deinit closes the descriptor: it runs for a failed init once every property is set.)
        guard roots.allSatisfy({ watched.contains($0) || !FileManager.default.fileExists(atPath: $0) }) else { return nil }
    }

    deinit { close(fd) }

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB)

    private func addWatch(_ path: String, recursive: Bool) {
        let wd = inotify_add_watch(fd, path, Self.mask)
        if wd >= 0 { folders[wd] = path }
    }

    /// Watches `root` and every folder below it; returns every path found below it.
    @discardableResult
    private func addTree(_ root: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        addWatch(root, recursive: true)
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = root + "/" + relative
            found.append(path)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { addWatch(path, recursive: true) }
        }
        return found
    }

    /// Whether a name is an editor's temporary or backup file, which is never reported.
    private static func isScratch(_ name: Substring) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp")
    }

    public func changes() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        // When the consumer stops listening, a byte down this pipe wakes the reading thread so that
        // it ends (and with it the last reference to this watcher, whose deinit closes the descriptor).
        // onTermination runs once, also inside the thread's own `finish()`, so each end is closed once.
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        } else {
            ends = [-1, -1]
        }
        let (wake, signal) = (ends[0], ends[1])
        continuation.onTermination = { _ in
            guard signal >= 0 else { return }
            var byte: UInt8 = 1
            _ = write(signal, &byte, 1)
            close(signal)
        }
        let thread = Thread { [self] in
            readLoop(continuation, wake: wake)
            if wake >= 0 { close(wake) }
        }
        thread.name = "sitegen-inotify"
        thread.start()
        return stream
    }

    /// Blocks on the descriptor; after the first event, keeps collecting until `quietPeriod` passes
    /// without one, then yields the batch. Returns when `wake` is signalled.
    private func readLoop(_ continuation: AsyncStream<Set<String>>.Continuation, wake: Int32) {
        let quietMilliseconds = Int32(quietPeriod.components.seconds * 1000 + quietPeriod.components.attoseconds / 1_000_000_000_000_000)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var batch = Set<String>()
        while true {
            var pollers = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&pollers, wake >= 0 ? 2 : 1, batch.isEmpty ? -1 : quietMilliseconds)
            if ready > 0 && pollers[1].revents != 0 {
                continuation.finish()
                return
            }
            if ready < 0 {
                if errno == EINTR { continue }
                continuation.finish()
                return
            }
            if ready == 0 {
                continuation.yield(batch)
                batch.removeAll()
                continue
            }
            let count = read(fd, &buffer, buffer.count)
            if count < 0 && errno != EINTR && errno != EAGAIN {
                // A descriptor that has gone bad would otherwise spin this loop at full speed.
                continuation.finish()
                return
            }
            guard count > 0 else { continue }
            var offset = 0
            while offset < count {
                buffer.withUnsafeBytes { raw in
                    let event = raw.load(fromByteOffset: offset, as: inotify_event.self)
                    let nameLength = Int(event.len)
                    var name = ""
                    if nameLength > 0 {
                        let start = raw.baseAddress!.advanced(by: offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self)
                        name = String(cString: start)
                    }
                    if let folder = folders[event.wd] {
                        let path = name.isEmpty ? folder : folder + "/" + name
                        let watchedFile = files.isEmpty || roots.contains(where: { path.hasPrefix($0) }) || files.contains(path)
                        if watchedFile && !Self.isScratch(name[...]) { batch.insert(path) }
                        if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                            // Files written into a new folder before its watch was added send no event
                            // of their own (`mkdir x && echo > x/a.md`), so whatever is there now counts.
                            for inner in addTree(path) where !Self.isScratch((inner as NSString).lastPathComponent[...]) { batch.insert(inner) }
                        }
                        if event.mask & UInt32(IN_IGNORED) != 0 { folders[event.wd] = nil }
                    }
                    offset += MemoryLayout<inotify_event>.size + nameLength
                }
            }
        }
    }
}
#endif
