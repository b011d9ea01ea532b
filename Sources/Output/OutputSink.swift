// Where a build's files go: a folder on disk, or memory for the preview server.

import Diagnostics
import Foundation
import Synchronization

/// Receives the files of a build. Called from many tasks at once.
public protocol OutputSink: Sendable {
    func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic)
    /// A file copied as it is (static files, bundle images).
    func copy(from source: String, to relativePath: String) throws(Diagnostic)
}

extension FileWriter: OutputSink {}

/// One file of an in-memory site.
public enum OutputFile: Sendable, Equatable {
    case bytes([UInt8])
    /// A source file served as it is, read when requested.
    case file(String)
}

/// A site built into memory: the preview server serves from it and never writes to disk.
public final class MemoryOutput: OutputSink {
    private let storage = Mutex<[String: OutputFile]>([:])

    public init() {}

    public func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic) {
        storage.withLock { $0[relativePath] = .bytes(bytes) }
    }

    public func copy(from source: String, to relativePath: String) throws(Diagnostic) {
        storage.withLock { $0[relativePath] = .file(source) }
    }

    public var files: [String: OutputFile] {
        storage.withLock { $0 }
    }
}
