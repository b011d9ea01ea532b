// Renders ```pullquote blocks: a quotation set apart from the text, with its source.

/// A `pullquote` block: the quotation, then optionally a line starting with `—` or `--` naming the source.
public struct PullQuoteRenderer: BlockRenderer {
    public init() {}

    public func render(_ block: FencedBlock) throws -> String {
        var quote: [String] = []
        var source: String?
        for line in block.code.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("—") || trimmed.hasPrefix("--") {
                source = String(trimmed.drop { $0 == "—" || $0 == "-" || $0 == " " })
            } else if !trimmed.isEmpty {
                quote.append(trimmed)
            }
        }
        var html = "<aside class=\"pull-quote\">\n<blockquote><p>\(escapeHTML(SmartText.apply(quote.joined(separator: " "))))</p></blockquote>\n"
        if let source { html += "<p class=\"pull-quote-source\">— \(escapeHTML(source))</p>\n" }
        return html + "</aside>"
    }
}

import Foundation
