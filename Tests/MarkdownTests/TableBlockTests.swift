// ```table blocks: CSV to an accessible table, and CSV parsing edge cases.

import Diagnostics
@testable import Markdown
import Testing

private let renderer = MarkdownRenderer()

@Test func rendersCaptionHeaderAndNumericColumns() {
    let md = "```table\ntitle: Costs & sizes\nModel,Params (bn),Licence\nLlama,70,Custom\n\"Mistral, 7B\",7.3,Apache 2.0\n```\n"
    let html = renderer.render(md).html
    #expect(html.contains("<caption>Costs &amp; sizes</caption>"))
    #expect(html.contains("<th scope=\"col\" class=\"num\">Params (bn)</th>"))
    #expect(html.contains("<th scope=\"row\">Mistral, 7B</th><td class=\"num\">7.3</td><td>Apache 2.0</td>"))
    #expect(html.contains("aria-label=\"Costs &amp; sizes\""))
}

@Test func raggedRowsAreErrorsAtTheirLine() {
    let md = "Intro\n\n```csv\na,b\n1,2\n3\n4,5,6\n```\n"
    let doc = renderer.render(md, location: SourceLocation(file: "content/r.md", line: 10))
    #expect(doc.diagnostics.map(\.description) == [
        "content/r.md:15:1: error: table row has 1 cells but the header has 2",
        "content/r.md:16:1: error: table row has 3 cells but the header has 2",
    ])
}

@Test func emptyTableIsAnError() {
    #expect(renderer.render("```table\n```\n").diagnostics.first?.message.hasPrefix("table block is empty") == true)
}

@Test(arguments: ["1,234.5", "-3%", "$2.50", "€1.2bn", "(42)", "7"])
func recognisesNumbers(text: String) {
    #expect(NumberText.isNumeric(text))
}

@Test(arguments: ["2023-07", "Apache 2.0", "n/a", "", "."])
func rejectsNonNumbers(text: String) {
    #expect(!NumberText.isNumeric(text))
}
