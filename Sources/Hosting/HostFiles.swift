// `_redirects` and `_headers`, the files Netlify and Cloudflare Pages read for redirects and headers.

/// Writes the two files from a site's aliases, its files and its cache policy.
public enum HostFiles {
    /// `/old/ /new/ 301` lines, sorted, for `(from, to)` site links.
    public static func redirects(_ moves: [(from: String, to: String)]) -> String {
        moves.sorted { $0.from < $1.from }.map { "\($0.from) \($0.to) 301\n" }.joined()
    }

    /// Cache-Control rules for every file, as few as possible: a folder whose files all get the
    /// same header becomes one `/folder/*` rule. The rules never overlap, because hosts combine the
    /// headers of every rule that matches.
    public static func headers(files: Set<String>, policy: CachePolicy, basePath: String) -> String {
        let root = Folder()
        for file in files.sorted() where !file.hasPrefix("_headers") && !file.hasPrefix("_redirects") {
            var node = root
            let parts = file.split(separator: "/").map(String.init)
            for part in parts.dropLast() {
                if node.folders[part] == nil { node.folders[part] = Folder() }
                node = node.folders[part]!
            }
            node.files[parts.last!] = policy.cacheControl(for: file)
        }
        var out = ""
        func rule(_ url: String, _ value: String) { out += "\(url)\n  Cache-Control: \(value)\n" }
        func emit(_ folder: Folder, path: String) {
            if let value = folder.uniformValue, !path.isEmpty {
                rule(basePath + path + "*", value)
                return
            }
            for (name, value) in folder.files.sorted(by: { $0.key < $1.key }) {
                if name == "index.html" { rule(basePath + path, value) }
                rule(basePath + path + name, value)
            }
            for (name, child) in folder.folders.sorted(by: { $0.key < $1.key }) { emit(child, path: path + name + "/") }
        }
        emit(root, path: "")
        return out
    }

    private final class Folder {
        var files: [String: String] = [:]
        var folders: [String: Folder] = [:]

        /// The one value every file below has, or nil when they differ.
        var uniformValue: String? {
            var value: String?
            for file in files.values {
                if value == nil { value = file } else if value != file { return nil }
            }
            for folder in folders.values {
                guard let inner = folder.uniformValue else { return nil }
                if value == nil { value = inner } else if value != inner { return nil }
            }
            return value
        }
    }
}
