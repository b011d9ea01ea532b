// Writes output files with plain POSIX calls: Foundation's writes fsync every file and are 10x slower here.

import Diagnostics
import Foundation

/// Writes files below one root folder, creating parent folders as needed.
public struct FileWriter: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// Writes `bytes` to `relativePath` (such as `business/foo/index.html`) below the root.
    public func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic) {
        let path = root + "/" + relativePath
        if let slash = relativePath.lastIndex(of: "/") {
            try Self.makeDirectories(root + "/" + relativePath[..<slash])
        }
        try Self.write(bytes, toAbsolute: path)
    }


    /// Copies a file into place.
    public func copy(from source: String, to relativePath: String) throws(Diagnostic) {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw .error("cannot read this file to copy it", at: SourceLocation(file: source))
        }
        try write([UInt8](data), to: relativePath)
    }

    static func write(_ bytes: [UInt8], toAbsolute path: String) throws(Diagnostic) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot create", path) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write", path)
            }
            written += result
        }
    }

    static func makeDirectories(_ path: some StringProtocol) throws(Diagnostic) {
        let path = String(path)
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw failure("cannot create folder", path) }
        try makeDirectories((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure("cannot create folder", path) }
    }

    private static func failure(_ what: String, _ path: String) -> Diagnostic {
        .error("\(what): \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
    }
}
