// HTML escaping for templates: swift-mustache's rules (< > & " '), done on UTF-8 bytes.

import Mustache
import WebText

/// Escapes what `{{name}}` prints. swift-mustache's own escaper looks every character up in a
/// dictionary of Characters; a 10,000-article build spent 7% of its CPU there. Same five
/// characters, same replacements, decided per byte.
struct HTMLEscaping: MustacheContentType {
    /// The name templates are registered under (see `TemplateSet.load`).
    static let name = "SITEGEN_HTML"

    static let escaper = ByteEscaper(replacing: [UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;", UInt8(ascii: "&"): "&amp;",
                                                 UInt8(ascii: "\""): "&quot;", UInt8(ascii: "'"): "&#39;"])

    func escapeText(_ text: String) -> String {
        Self.escaper.escape(text)
    }

    /// Registers the escaper with swift-mustache (its registry is process-wide; registering the same
    /// value again is harmless, and `once` makes it happen a single time).
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    /// The line put before every template so that it uses this escaper; it is a line of its own,
    /// which Mustache removes, and messages subtract it from line numbers.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
}
