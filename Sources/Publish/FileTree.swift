// The files below a folder, and their hashes: what the built site and the folder and git targets hold.

import Crypto
import Foundation
import Parallelism

enum FileTree {
    /// Paths, relative to `root`, of the regular files below it; nil when it cannot be read.
    static func files(under root: String) -> [String]? {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return nil }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(relative)
            }
        }
        return found
    }

    /// What each of `paths` (relative to `root`) holds, as MD5 and size, read and hashed on all cores.
    static func inventory(_ paths: [String], in root: String) async throws(PublishError) -> [String: RemoteFile] {
        let hashed = await Parallel.map(paths) { path -> (String, RemoteFile?) in
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else { return (path, nil) }
            return (path, RemoteFile(md5: Insecure.MD5.hash(data: data).hex, size: data.count))
        }
        var found: [String: RemoteFile] = [:]
        for (path, file) in hashed {
            guard let file else { throw PublishError("cannot read \(root)/\(path)") }
            found[path] = file
        }
        return found
    }
}
