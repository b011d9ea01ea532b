// Prints build-wide constants (the site's title, feed links…) into a template's text before it is parsed.

import Foundation

/// Rewrites `{{name}}` and `{{{name}}}` / `{{& name}}` tags whose name is a build-wide constant into
/// the text they would print. swift-mustache resolves every tag on every page (splitting the name,
/// walking the context stack, a chain of dynamic casts: about a microsecond and a half here), and
/// the layout asks for `site.title`, the feed links and the stylesheet about a dozen times a page.
enum ConstantTags {
    /// `text` with each constant tag replaced: escaped as `{{name}}` would print it, or raw for the
    /// triple and `&` forms. Text that changes delimiters or content type (`{{=`, `{{%`) is returned
    /// unchanged, since its tags cannot be read this simply. Values with a line break or braces are
    /// left to the engine (a line break would meet the rules for indented partials, braces would be read as tags).
    static func substitute(_ constants: [String: String], in text: String, escape: (String) -> String) -> String {
        guard !constants.isEmpty, !text.contains("{{="), !text.contains("{{%") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            guard let close = afterOpen.range(of: triple ? "}}}" : "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let inside = afterOpen[afterOpen.index(afterOpen.startIndex, offsetBy: triple ? 1 : 0)..<close.lowerBound]
            let tag = rest[open.lowerBound..<close.upperBound]
            rest = rest[close.upperBound...]
            var name = inside.trimmingCharacters(in: .whitespaces)
            let raw = triple || name.hasPrefix("&")
            if name.hasPrefix("&") { name = name.dropFirst().trimmingCharacters(in: .whitespaces) }
            if let sigil = name.first, !raw && "#^/!><$=%".contains(sigil) {
                result += tag
            } else if let value = constants[name], Self.isPlain(value) {
                result += raw ? value : escape(value)
            } else {
                result += tag
            }
        }
        result += rest
        return result
    }

    static func isPlain(_ value: String) -> Bool {
        !value.utf8.contains { $0 == 10 || $0 == 13 || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
    }
}
