// The Markdown renderer: cmark-identical plain output, and sitegen's enrichments when asked.

import Diagnostics
import Markdown
import Testing

private let enriched = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: true))
private let origin = SourceLocation(file: "content/a.md", line: 5)

@Test func plainModeMatchesCmark() {
    let html = MarkdownRenderer(options: .commonMark(unsafeHTML: false)).render("# Hi\n\n<div>x</div>\n\n[a](javascript:alert(1))\n").html
    #expect(html == "<h1>Hi</h1>\n<!-- raw HTML omitted -->\n<p><a href=\"\">a</a></p>\n")
}

@Test func unsafeModePassesRawHTML() {
    let html = MarkdownRenderer(options: .commonMark(unsafeHTML: true)).render("<div class=\"x\">y</div>\n").html
    #expect(html == "<div class=\"x\">y</div>\n")
}

@Test func headingsGetUniqueStableIDsAndATableOfContents() {
    let doc = enriched.render("## Costs\n\n## Costs\n\n### Fine *print*\n\n#### Deep\n", location: origin)
    #expect(doc.tableOfContents.map(\.id) == ["costs", "costs-2", "fine-print"])
    #expect(doc.tableOfContents.map(\.level) == [2, 2, 3])
    #expect(doc.html.contains("<h2 id=\"costs-2\">Costs <a class=\"heading-anchor\" href=\"#costs-2\""))
    #expect(doc.ids == ["costs", "costs-2", "fine-print", "deep"])
}

@Test func reservedIDsAreNotTaken() {
    let renderer = MarkdownRenderer(options: MarkdownOptions(reservedIDs: ["main"]))
    #expect(renderer.render("## Main\n").tableOfContents.first?.id == "main-2")
}

@Test func firstParagraphAndWordCount() {
    let doc = enriched.render("# T\n\nOne *two* three.\n\nFour five\n", location: origin)
    #expect(doc.firstParagraph == "One two three.")
    #expect(doc.wordCount == 6)
}

@Test func linksAreRewrittenAndBrokenOnesReportedAtTheirLine() {
    let hooks = RenderHooks(rewriteLink: { url in
        switch url {
        case "b.md": return .replace("/news/b/")
        case "missing.md": return .broken("link to missing.md does not resolve")
        default: return .keep
        }
    })
    let doc = enriched.render("See [b](b.md).\n\nAnd\nthen [gone](missing.md).\n", location: origin, hooks: hooks)
    #expect(doc.html.contains("<a href=\"/news/b/\">b</a>"))
    // The column is the destination's: cmark keeps no positions for inline nodes, so it is found in the block's lines.
    #expect(doc.diagnostics.map(\.description) == ["content/a.md:8:13: error: link to missing.md does not resolve"])
    #expect(doc.links.map { "\($0.destination) \($0.href) \($0.location.line):\($0.location.column)" } == ["b.md /news/b/ 5:9", "missing.md missing.md 8:13"])
}

@Test func imagesAreLazyAndSized() {
    let hooks = RenderHooks(imageSize: { $0 == "a.png" ? (640, 480) : nil })
    let html = enriched.render("See ![A *chart*](a.png \"T\")\n", location: origin, hooks: hooks).html
    #expect(html == "<p>See <img src=\"a.png\" alt=\"A chart\" title=\"T\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\" /></p>\n")
}

@Test func aLoneImageBecomesACaptionedFigure() {
    let html = enriched.render("![Rack](rack.png \"Diagram: Ledger\")\n\n![No title](x.png)\n").html
    #expect(html == "<figure><img src=\"rack.png\" alt=\"Rack\" title=\"Diagram: Ledger\" loading=\"lazy\" decoding=\"async\" /><figcaption>Diagram: Ledger</figcaption></figure>\n<figure><img src=\"x.png\" alt=\"No title\" loading=\"lazy\" decoding=\"async\" /></figure>\n")
}

@Test func pullQuotes() {
    let html = enriched.render("```pullquote\n\"Ship it.\"\n— Ana <Costa>\n```\n").html
    #expect(html == "<aside class=\"pull-quote\">\n<blockquote><p>“Ship it.”</p></blockquote>\n<p class=\"pull-quote-source\">— Ana &lt;Costa&gt;</p>\n</aside>\n")
}

@Test func smartTextForTitles() {
    #expect(SmartText.apply("Europe's \"open\" models -- and 'more'...") == "Europe’s “open” models – and ‘more’…")
    #expect(SmartText.apply("Plain text. A half-way point.. and a dash - alone.") == "Plain text. A half-way point.. and a dash - alone.")
    #expect(SmartText.apply("Wait...") == "Wait…")
    #expect(SmartText.apply("a --- b") == "a — b")
}

@Test func rawHTMLIsOmittedWithAWarning() {
    let doc = enriched.render("Hello\n\n<script>alert(1)</script>\n", location: origin)
    #expect(!doc.html.contains("<script>"))
    #expect(doc.diagnostics.first?.severity == .warning)
    #expect(doc.diagnostics.first?.location.line == 7)
}

@Test func smartPunctuation() {
    #expect(enriched.render("\"Yes\" -- it's...\n").html == "<p>“Yes” – it’s…</p>\n")
}

struct Shout: BlockRenderer {
    func render(_ block: FencedBlock) throws -> String {
        if block.code.contains("bad") { throw Diagnostic.error("bad block", at: block.locationOfCodeLine(1)) }
        return "<p class=\"shout\">\(escapeHTML(block.code.uppercased()))</p>"
    }
}

@Test func fencedBlocksGoToTheirRenderer() {
    var blocks = BlockRendererRegistry()
    blocks.register(Shout(), for: "shout")
    let renderer = MarkdownRenderer(options: MarkdownOptions(), blocks: blocks)
    let doc = renderer.render("```shout loud\nhi <b>\n```\n\n```swift\nlet x = 1\n```\n", location: origin)
    #expect(doc.html == "<p class=\"shout\">HI &lt;B&gt;\n</p>\n<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n")
    let failed = renderer.render("Text\n\n```shout\nok\nbad\n```\n", location: origin)
    #expect(failed.diagnostics.map(\.description) == ["content/a.md:9:1: error: bad block"])
    #expect(failed.html.contains("<pre><code class=\"language-shout\">"))
}

@Test func slugs() {
    #expect(Slug.make("Rise of Open-Weight AI: 2025 Report") == "rise-of-open-weight-ai-2025-report")
    #expect(Slug.make("Café Zürich") == "cafe-zurich")
    #expect(Slug.make("Europe's banks") == "europes-banks")
    #expect(Slug.make("北京 news") == "北京-news")
    #expect(Slug.make("!!!") == "")
}

@Test(arguments: [("", 0), (" ", 0), ("one", 1), ("  one  two ", 2), ("a\tb\nc\r\nd", 4), ("café au lait", 3), ("—", 1), ("x\u{7F}y z", 2), ("@ # ~", 3)])
func wordsAreCountedBetweenSpaces(text: String, words: Int) {
    #expect(enriched.render(text, location: origin).wordCount == words)
}
