// Front matter: splitting, typed fields, and errors at the value's line and column.

@testable import Content
import Diagnostics
import Testing

private func parse(_ text: String, file: String = "content/a.md") -> (FrontMatter?, DiagnosticList) {
    switch FrontMatterSplit.split(text, file: file) {
    case .failure(let d): return (nil, DiagnosticList([d]))
    case .success(let split):
        var fields = YAMLFields(yaml: split.yaml, file: file, firstLine: split.yamlLine)
        let matter = FrontMatter.parse(&fields, requireTitle: true, at: SourceLocation(file: file, line: 1, column: 1))
        return (matter, fields.diagnostics)
    }
}

@Test func splitsFrontMatterAndBody() throws {
    let split = try FrontMatterSplit.split("---\ntitle: A\n---\n\nBody\n", file: "a.md").get()
    #expect(split.yaml == "title: A\n")
    #expect(split.body == "\nBody\n")
    #expect(split.bodyLine == 4)
}

@Test func filesSavedOnWindowsSplitToo() throws {
    let split = try FrontMatterSplit.split("---\r\ntitle: A\r\ndate: 2025-01-01\r\n--- \r\n\r\nBody\r\n", file: "a.md").get()
    #expect(split.yaml == "title: A\r\ndate: 2025-01-01\r\n")
    #expect(split.body == "\r\nBody\r\n")
    #expect(split.bodyLine == 5)
    let (matter, problems) = parse("---\r\ntitle: Café\r\ntags: [a, b]\r\n...\r\nText")
    #expect(!problems.hasErrors)
    #expect(matter?.title == "Café")
    #expect(matter?.tags == ["a", "b"])
    #expect(try FrontMatterSplit.split("---\n---\n", file: "a.md").get().yaml == "")
    #expect(try FrontMatterSplit.split("---\ntitle: A\n---", file: "a.md").get().body == "")
    #expect(throws: Diagnostic.self) { try FrontMatterSplit.split("----\ntitle: A\n---\n", file: "a.md").get() }
}

@Test func frontMatterThatNeverClosesIsAnError() {
    let (_, problems) = parse("---\ntitle: A\n\nBody text\n")
    #expect(problems.items.first?.description == "content/a.md:1:1: error: front matter opened here is never closed: add a `---` line after the last `key: value` line")
}

@Test func missingFrontMatterIsAnError() {
    let (_, problems) = parse("# Just markdown\n")
    #expect(problems.hasErrors)
    #expect(problems.items.first?.location.line == 1)
}

@Test func readsEveryTypedField() throws {
    let text = """
    ---
    title: "Banks move AI in-house"
    date: 2025-05-12T08:30:00+02:00
    updated: 2025-05-13
    authors: ["Lena Hartmann", "Sam Okafor"]
    tags: [banking, AI]
    category: Finance
    summary: "Short."
    image:
      src: /images/a.png
      alt: Bars
      caption: A caption
      credit: Photo desk
    draft: false
    slug: banks-ai
    aliases: ["/old/banks/"]
    weight: 3
    featured: true
    layout: report
    key_findings: ["One", "Two"]
    ---
    Body
    """
    let (matter, problems) = parse(text)
    #expect(!problems.hasErrors, "\(problems)")
    let m = try #require(matter)
    #expect(m.title == "Banks move AI in-house")
    #expect(m.date?.iso8601 == "2025-05-12T08:30:00+02:00")
    #expect(m.updated?.isoDate == "2025-05-13")
    #expect(m.authors == ["Lena Hartmann", "Sam Okafor"])
    #expect(m.tags == ["banking", "AI"])
    #expect(m.category == "Finance")
    #expect(m.image == ImageReference(src: "/images/a.png", alt: "Bars", caption: "A caption", credit: "Photo desk"))
    #expect(m.slug == "banks-ai")
    #expect(m.aliases == ["/old/banks/"])
    #expect(m.weight == 3)
    #expect(m.featured)
    #expect(m.layout == "report")
    #expect(m.keyFindings == ["One", "Two"])
    #expect(m.locations["layout"]?.line == 19)
}

@Test func wrongTypesPointAtTheValue() {
    let text = """
    ---
    title: A
    draft: maybe
    tags: economy
    weight: heavy
    date: 2025-13-45
    ---
    """
    let (_, problems) = parse(text)
    let messages = problems.sorted.map(\.description)
    #expect(messages.count == 4)
    #expect(messages[0].hasPrefix("content/a.md:3:8: error: `draft` must be true or false"))
    #expect(messages[1].hasPrefix("content/a.md:4:7: error: `tags` must be a list of text"))
    #expect(messages[2].hasPrefix("content/a.md:5:9: error: `weight` must be a whole number"))
    #expect(messages[3].hasPrefix("content/a.md:6:7: error: `date`: '2025-13-45' is not a date"))
}

@Test func malformedYAMLReportsItsPosition() {
    let (_, problems) = parse("---\ntitle: A\ntags: [a, b\n---\n")
    #expect(problems.errorCount == 1, "no follow-on errors after a syntax error: \(problems)")
    let first = problems.sorted[0]
    #expect(first.message.hasPrefix("malformed YAML"))
    #expect(first.location.line >= 3)
}

@Test func missingTitleIsAnError() {
    let (_, problems) = parse("---\ndate: 2025-01-01\n---\n")
    #expect(problems.sorted.map(\.message).contains { $0.hasPrefix("missing `title`") })
}

@Test func unknownKeysWarnWithASuggestion() {
    let (_, problems) = parse("---\ntitle: A\ntagz: [a]\n---\n")
    #expect(!problems.hasErrors)
    #expect(problems.sorted.first?.description == "content/a.md:3:1: warning: unknown front matter key `tagz` (did you mean `tags`?)")
}
