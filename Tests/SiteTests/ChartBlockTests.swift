// ```chart blocks in articles: figures in the page, data files from the site, errors at the .md line.

import Foundation
import Site
import Testing

@Test func chartBlocksBecomeFigures() async throws {
    let site = try FixtureSite([
        "data/sales.csv": "year,sales\n2022,10\n2023,14\n",
        "content/news/a.md": FixtureSite.article("A", body: "Intro.\n\n```chart\ntype: line\ntitle: Sales\ndata: data/sales.csv\n```\n"),
    ])
    defer { site.remove() }
    let report = await site.build()
    #expect(report.succeeded, "\(report.diagnostics)")
    let html = try #require(site.read("news/a/index.html"))
    #expect(html.contains("<figure class=\"sg-figure chart chart-line\" id=\"chart-8\">"))
    #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sg-chart sg-wide\""))
    #expect(html.contains("<summary>Show the data</summary>"))
}

@Test func chartErrorsPointAtTheLineInTheMarkdownFile() async throws {
    let site = try FixtureSite([
        "content/news/a.md": FixtureSite.article("A", body: "Intro.\n\n```chart\ntype: column\ndata: |\n  year,value\n  2022,10\n  2023,lots\n```\n\n```chart\ntype: bar\ndata: ../../etc/passwd\n```\n"),
    ])
    defer { site.remove() }
    let report = await site.build()
    let messages = report.diagnostics.sorted.map(\.description)
    #expect(messages.contains("content/news/a.md:13:1: error: chart: 'lots' in column 'value' is not a number"))
    #expect(messages.contains("content/news/a.md:18:1: error: chart: data file ../../etc/passwd is outside the site folder"))
}
