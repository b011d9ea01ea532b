// Golden-file test: a representative article renders to exactly the stored HTML.

import Foundation
import Markdown
import Testing

@Test func articleMatchesGoldenHTML() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let input = try String(contentsOf: folder.appendingPathComponent("article.md"), encoding: .utf8)
    let html = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: true)).render(input).html
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try html.write(to: folder.appendingPathComponent("article.html"), atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: folder.appendingPathComponent("article.html"), encoding: .utf8)
    #expect(html == expected)
}
