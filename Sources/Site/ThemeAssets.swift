// Copies the theme's assets/ and the site's static/ into the output; the stylesheet gets a content hash.

import Diagnostics
import Foundation
import Output

enum StaticFiles {
    /// Every regular file below `folder`, as paths relative to it, sorted.
    static func list(_ folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    /// The theme's `assets/` files (the site's own `templates/assets/` override them by name) as
    /// output path → source file. `style.css` is renamed `style.<hash>.css` so hosts can cache it forever.
    static func themeAssets(folders: [String], hashStylesheet: Bool = true) -> (files: [String: String], stylesheet: String) {
        var files: [String: String] = [:]
        for folder in folders {
            for relative in list(folder + "/assets") { files["assets/" + relative] = folder + "/assets/" + relative }
        }
        var stylesheet = "/assets/style.css"
        if hashStylesheet, let css = files.removeValue(forKey: "assets/style.css"), let data = FileManager.default.contents(atPath: css) {
            let name = "assets/style.\(ContentHash.hex([UInt8](data)).prefix(10)).css"
            files[name] = css
            stylesheet = "/" + name
        }
        return (files, stylesheet)
    }
}

/// FNV-1a, 64 bit: a stable fingerprint for cache-busting file names (not for security).
enum ContentHash {
    static func hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
