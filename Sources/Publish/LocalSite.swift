// The built site as the publisher sees it: every file with its headers and the hash of the bytes to send.

import Crypto
import Foundation
import Hosting
import Parallelism

/// One file of the built site, ready to compare with what is published.
public struct PreparedFile: Sendable, Equatable {
    /// Path relative to the site root, `/`-separated (`business/a/index.html`).
    public var path: String
    /// Where the bytes come from: a file in the output folder, or bytes a destination added.
    public var source: Source
    public var contentType: String
    public var cacheControl: String
    /// `gzip` when the bytes sent are compressed.
    public var contentEncoding: String?
    /// Lowercase hex MD5 of the bytes sent.
    public var md5: String
    /// Size of the bytes sent.
    public var size: Int

    public enum Source: Sendable, Equatable {
        case file(String)
        case bytes([UInt8])
    }

    /// The bytes to send: read again (and compressed again) at upload time, so a large site is never all in memory.
    public func body() throws(PublishError) -> [UInt8] {
        let raw: [UInt8]
        switch source {
        case .bytes(let bytes): raw = bytes
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else { throw PublishError("cannot read \(path)") }
            raw = [UInt8](data)
        }
        guard contentEncoding == "gzip" else { return raw }
        guard let compressed = Gzip.compress(raw) else { throw PublishError("cannot compress \(path)") }
        return compressed
    }
}

/// How files are prepared: headers by rule, and whether text is compressed.
public struct PublishSettings: Sendable {
    public var cache: CachePolicy
    /// Compress text files with gzip and send `Content-Encoding: gzip` (object stores only).
    public var gzip: Bool
    public init(cache: CachePolicy = CachePolicy(), gzip: Bool = false) {
        self.cache = cache
        self.gzip = gzip
    }
}

public enum LocalSite {
    /// Every file under `folder` but `exclude`, plus `extra`, sorted by path, hashed on all cores.
    public static func scan(folder: String, extra: [String: [UInt8]] = [:], exclude: Set<String> = [], settings: PublishSettings,
                            compress: Bool) async throws(PublishError) -> [PreparedFile] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw PublishError("there is no built site at \(folder); run `sitegen build` first")
        }
        var sources: [(String, PreparedFile.Source)] = []
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        guard let files = FileTree.files(under: root) else { throw PublishError("cannot read \(folder)") }
        for relative in files where extra[relative] == nil && !exclude.contains(relative) {
            sources.append((relative, .file(root + "/" + relative)))
        }
        for (path, bytes) in extra { sources.append((path, .bytes(bytes))) }
        sources.sort { $0.0 < $1.0 }
        let prepared = await Parallel.map(sources) { item -> Result<PreparedFile, PublishError> in
            let (path, source) = item
            let type = ContentType.forPath(path)
            var file = PreparedFile(path: path, source: source, contentType: type, cacheControl: settings.cache.cacheControl(for: path),
                                    contentEncoding: compress && settings.gzip && ContentType.isCompressible(type) ? "gzip" : nil,
                                    md5: "", size: 0)
            do throws(PublishError) {
                let body = try file.body()
                file.md5 = Insecure.MD5.hash(data: body).hex
                file.size = body.count
                return .success(file)
            } catch {
                return .failure(error)
            }
        }
        return try prepared.map { result throws(PublishError) in try result.get() }
    }
}

extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal.
    var hex: String {
        var text = ""
        for byte in self {
            text += byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        return text
    }
}
