// End to end: small sites built into temporary folders, checked file by file.

import Content
import Foundation
import Site
import Testing

private func newsSite() throws -> FixtureSite {
    try FixtureSite([
        "sitegen.yml": "title: \"Test Times\"\nbase_url: https://news.example.com/\npaginate: 2\nauthor: Desk\n",
        "content/_index.md": "---\ntitle: Front\n---\n\nWelcome.\n",
        "content/about.md": FixtureSite.article("About us", body: "We [report](business/a.md#costs)."),
        "content/business/_index.md": "---\ntitle: Business & Money\nsummary: Deals\n---\n\nIntro text.\n",
        "content/business/a.md": FixtureSite.article("Alpha <story>", date: "2025-03-01", extra: "tags: [AI, Banks]\nauthors: [Lena Hartmann]\naliases: [/old/alpha/]\ncategory: Finance\nimage: /img/hero.png\n", body: "## Costs\n\nSee [b](markets/b.md) and ![p](/img/hero.png)."),
        "content/business/markets/b.md": FixtureSite.article("Bravo", date: "2025-02-01", extra: "tags: [ai]\n"),
        "content/business/c.md": FixtureSite.article("Charlie", date: "2025-01-01", extra: "tags: [AI]\nfeatured: true\n"),
        "content/business/draft.md": FixtureSite.article("Draft", extra: "draft: true\n"),
        "content/business/later.md": FixtureSite.article("Later", date: "2026-01-01"),
        "content/tech/story/index.md": FixtureSite.article("Bundled", date: "2025-04-01", body: "![Rack](rack.png)"),
        "content/tech/story/rack.png": "",
        "static/robots-extra.txt": "static file\n",
        "static/img/hero.png": "",
    ])
}

@Test func buildsACompleteSite() async throws {
    let site = try newsSite()
    defer { site.remove() }
    try site.write("content/tech/story/rack.png", bytes: FixtureSite.png(width: 800, height: 400))
    try site.write("static/img/hero.png", bytes: FixtureSite.png(width: 1200, height: 600))
    let report = await site.build()
    #expect(report.succeeded, "\(report.diagnostics)")
    #expect(report.articles == 5)
    // --verbose prints these: every phase in order, each with its wall and processor time.
    #expect(report.phases.map(\.name).starts(with: ["config", "load"]))
    #expect(report.phases.contains { $0.name == "markdown" } && report.phases.contains { $0.name == "pages" })
    #expect(report.phases.allSatisfy { $0.seconds >= 0 && $0.processorSeconds >= 0 })
    #expect(report.phases.reduce(0) { $0 + $1.processorSeconds } > 0)

    for path in ["index.html", "404.html", "robots.txt", "sitemap.xml", "feed.xml", "atom.xml",
                 "about/index.html", "business/index.html", "business/page/2/index.html", "business/feed.xml", "business/atom.xml",
                 "business/a/index.html", "business/markets/index.html", "business/markets/b/index.html",
                 "tech/story/index.html", "tech/story/rack.png", "tags/index.html", "tags/ai/index.html", "tags/ai/page/2/index.html",
                 "tags/banks/index.html", "categories/finance/index.html", "authors/lena-hartmann/index.html", "authors/desk/index.html",
                 "old/alpha/index.html", "robots-extra.txt", "img/hero.png", OutputFolderMarker.name] {
        #expect(site.exists(path), "missing \(path)")
    }
    #expect(!site.exists("business/draft/index.html"))
    #expect(!site.exists("business/later/index.html"))
    #expect(site.files().contains { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })

    let alpha = try #require(site.read("business/a/index.html"))
    #expect(alpha.contains("<h1>Alpha &lt;story&gt;</h1>"))
    #expect(alpha.contains("<a href=\"/business/markets/b/\">b</a>"))
    #expect(alpha.contains("<img src=\"/img/hero.png\" alt=\"p\" width=\"1200\" height=\"600\" loading=\"lazy\""))
    #expect(alpha.contains("<link rel=\"canonical\" href=\"https://news.example.com/business/a/\">"))
    #expect(alpha.contains("<h2 id=\"costs\">"))
    #expect(site.read("about/index.html")?.contains("href=\"/business/a/#costs\"") == true)
    #expect(site.read("tech/story/index.html")?.contains("width=\"800\" height=\"400\"") == true)
    #expect(site.read("old/alpha/index.html")?.contains("url=/business/a/") == true)
    #expect(site.read("business/index.html")?.contains("Business &amp; Money") == true)
    #expect(site.read("business/index.html")?.contains("Intro text.") == true)

    let sitemap = try #require(site.read("sitemap.xml"))
    for page in site.files().filter({ $0.hasSuffix("index.html") && !$0.hasPrefix("old/") }) {
        let url = "https://news.example.com/" + page.dropLast("index.html".count)
        #expect(sitemap.contains("<loc>\(url)</loc>"), "sitemap lacks \(url)")
    }
    let rss = try #require(site.read("feed.xml"))
    #expect(rss.components(separatedBy: "<item>").count - 1 == 4)
    #expect(rss.contains("<title>Alpha &lt;story&gt;</title>"))
    #expect(site.read("atom.xml")?.contains("<published>2025-03-01T00:00:00Z</published>") == true)
    #expect(site.read("robots.txt")?.contains("Sitemap: https://news.example.com/sitemap.xml") == true)
}

@Test func draftsAndFutureArticlesOnRequest() async throws {
    let site = try newsSite()
    defer { site.remove() }
    let report = await site.build(drafts: true, future: true)
    #expect(report.succeeded, "\(report.diagnostics)")
    #expect(site.exists("business/draft/index.html"))
    #expect(site.exists("business/later/index.html"))
}

@Test func sameInputGivesByteIdenticalOutput() async throws {
    let site = try newsSite()
    defer { site.remove() }
    let first = await site.build(output: site.root + "/out1")
    let second = await site.build(output: site.root + "/out2")
    #expect(first.succeeded && second.succeeded)
    let files = site.files(in: site.root + "/out1")
    #expect(files == site.files(in: site.root + "/out2"))
    for file in files {
        #expect(site.read(file, in: site.root + "/out1") == site.read(file, in: site.root + "/out2"), "\(file) differs")
    }
}

@Test func basePathPrefixesEveryLink() async throws {
    let site = try FixtureSite([
        "sitegen.yml": "base_url: https://example.org/news/\n",
        "content/world/a.md": FixtureSite.article("A", body: "[b](b.md)"),
        "content/world/b.md": FixtureSite.article("B"),
    ])
    defer { site.remove() }
    #expect(await site.build().succeeded)
    let a = try #require(site.read("world/a/index.html"))
    #expect(a.contains("href=\"/news/world/b/\""))
    #expect(a.contains("href=\"/news/assets/style."))
    #expect(site.read("sitemap.xml")?.contains("<loc>https://example.org/news/world/a/</loc>") == true)
}

@Test func bareContentFolderBuildsWithDefaults() async throws {
    let site = try FixtureSite([
        "business/a.md": FixtureSite.article("A", extra: "authors: [\"X Y\"]\ntags: [\"t\"]\n", body: "```chart\ntype: bar\ndata: [{label: a, value: 1}]\n```\n"),
    ])
    defer { site.remove() }
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("bare-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: out) }
    let report = await SiteBuilder(options: BuildOptions(source: site.root, output: out)).build()
    #expect(report.succeeded, "\(report.diagnostics)")
    #expect(FileManager.default.fileExists(atPath: out + "/business/a/index.html"))
}

enum OutputFolderMarker {
    static let name = ".sitegen-output"
}

@Test func articlesSavedWithWindowsLineEndingsBuild() async throws {
    let site = try FixtureSite(["content/news/a.md": "---\r\ntitle: Saved on Windows\r\ntags: [desk]\r\n---\r\n\r\n## First part\r\n\r\nSome *text*.\r\n"])
    defer { site.remove() }
    let report = await site.build()
    #expect(report.succeeded, "\(report.diagnostics)")
    let page = try #require(site.read("news/a/index.html"))
    #expect(page.contains("<h1>Saved on Windows</h1>"))
    #expect(page.contains("<h2 id=\"first-part\">"))
    #expect(page.contains("<em>text</em>"))
    #expect(site.exists("tags/desk/index.html"))
}
