// HTML escaping for templates: swift-mustache's rules (< > & " '), done on UTF-8 bytes.

import Mustache

/// Escapes what `{{name}}` prints. swift-mustache's own escaper looks every character up in a
/// dictionary of Characters; a 10,000-article build spent 7% of its CPU there. Same five
/// characters, same replacements, decided per byte.
struct HTMLEscaping: MustacheContentType {
    /// The name templates are registered under (see `TemplateSet.load`).
    static let name = "SITEGEN_HTML"

    func escapeText(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte == 60 || byte == 62 || byte == 38 || byte == 34 || byte == 39 {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case 60: out.append(contentsOf: "&lt;".utf8)
            case 62: out.append(contentsOf: "&gt;".utf8)
            case 38: out.append(contentsOf: "&amp;".utf8)
            case 34: out.append(contentsOf: "&quot;".utf8)
            case 39: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Registers the escaper with swift-mustache (its registry is process-wide; registering the same
    /// value again is harmless, and `once` makes it happen a single time).
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    /// The line put before every template so that it uses this escaper; it is a line of its own,
    /// which Mustache removes, and messages subtract it from line numbers.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
}
