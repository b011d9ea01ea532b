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
        root.settle()
        var out = ""
        func rule(_ url: String, _ value: String) { out += "\(url)\n  Cache-Control: \(value)\n" }
        func emit(_ folder: Folder, path: String) {
            if let value = folder.uniform, !path.isEmpty {
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

        /// The one value every file below has, or nil when they differ; set by `settle`.
        private(set) var uniform: String?

        /// Works out `uniform` for this folder and every folder below it, each once, bottom up.
        func settle() {
            var value: String?
            var mixed = false
            for file in files.values {
                if value == nil { value = file } else if value != file { mixed = true }
            }
            for folder in folders.values {
                folder.settle()
                if let inner = folder.uniform {
                    if value == nil { value = inner } else if value != inner { mixed = true }
                } else {
                    mixed = true
                }
            }
            uniform = mixed ? nil : value
        }
    }
}
