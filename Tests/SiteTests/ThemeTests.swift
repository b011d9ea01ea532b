// The theme's page features and metadata: JSON-LD, social tags, feeds, archive, related, layouts, helpers.

import Content
import Foundation
@testable import Site
import Templates
import Testing
import TestSupport

private func themeSite(language: String = "en-GB", extraFiles: [String: String] = [:]) throws -> FixtureSite {
    var files = [
        "sitegen.yml": "title: \"Ledger\"\nbase_url: https://ledger.example.com/\nlanguage: \(language)\n",
        "content/business/a.md": FixtureSite.article("Alpha's deal", date: "2025-03-01T09:00:00Z", extra: "authors: [Ann Lee, Bo Chen]\ntags: [AI, banks]\nimage: {src: /img/a.png, alt: Chart}\n"),
        "content/business/b.md": FixtureSite.article("Bravo", date: "2025-02-01", extra: "tags: [AI]\n"),
        "content/business/c.md": FixtureSite.article("Charlie", date: "2025-01-15", extra: "tags: [sport]\n"),
        "content/reports/r.md": FixtureSite.article("Report", date: "2025-03-02", extra: "layout: report\nkey_findings: [One]\ntags: [banks]\n", body: "## Part one\n\nText.\n\n```table\ntitle: T\na,b\n1,2\n```\n"),
    ]
    files.merge(extraFiles) { $1 }
    return try FixtureSite(files)
}

private func jsonLD(in html: String) throws -> [String: Any] {
    let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
    return try #require(json as? [String: Any])
}

@Test func articlesCarryJSONLDAndSocialMetadata() async throws {
    let site = try themeSite()
    defer { site.remove() }
    #expect(await site.build().succeeded)
    let html = try #require(site.read("business/a/index.html"))
    let ld = try jsonLD(in: html)
    let graph = try #require(ld["@graph"] as? [[String: Any]])
    let article = graph[0]
    #expect(article["@type"] as? String == "NewsArticle")
    #expect(article["headline"] as? String == "Alpha’s deal")
    #expect(article["datePublished"] as? String == "2025-03-01T09:00:00Z")
    #expect((article["author"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Ann Lee", "Bo Chen"])
    #expect((article["publisher"] as? [String: Any])?["name"] as? String == "Ledger")
    #expect(article["image"] as? [String] == ["https://ledger.example.com/img/a.png"])
    let crumbs = try #require(graph[1]["itemListElement"] as? [[String: Any]])
    #expect(graph[1]["@type"] as? String == "BreadcrumbList")
    #expect(crumbs.compactMap { $0["name"] as? String } == ["Ledger", "Business", "Alpha’s deal"])

    #expect(html.contains("<meta property=\"og:type\" content=\"article\">"))
    #expect(html.contains("<meta property=\"og:image\" content=\"https://ledger.example.com/img/a.png\">"))
    #expect(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
    #expect(html.contains("By <a href=\"/authors/ann-lee/\" rel=\"author\">Ann Lee</a> and <a href=\"/authors/bo-chen/\""))
    #expect(html.contains("https://x.com/intent/post?url=https%3A%2F%2Fledger.example.com%2Fbusiness%2Fa%2F"))
    #expect(html.contains("<time datetime=\"2025-03-01T09:00:00Z\">1 March 2025</time>"))

    let report = try #require(site.read("reports/r/index.html"))
    let reportGraph = try jsonLD(in: report)["@graph"] as? [[String: Any]]
    #expect(reportGraph?.first?["@type"] as? String == "Report")
    #expect(report.contains("Key findings"))
    #expect(report.contains("<nav class=\"toc\""))
    let home = try #require(site.read("index.html"))
    #expect(try jsonLD(in: home)["@type"] as? String == "WebPage")
}

@Test func feedsHaveEveryEntryInThreeFormats() async throws {
    let site = try themeSite()
    defer { site.remove() }
    #expect(await site.build().succeeded)
    let rss = try #require(site.read("feed.xml"))
    let atom = try #require(site.read("atom.xml"))
    let jsonText = try #require(site.read("feed.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(jsonText.utf8)) as? [String: Any])
    #expect(rss.components(separatedBy: "<item>").count - 1 == 4)
    #expect(atom.components(separatedBy: "<entry>").count - 1 == 4)
    let items = try #require(json["items"] as? [[String: Any]])
    #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
    #expect(items.count == 4)
    #expect(items.first?["id"] as? String == "https://ledger.example.com/reports/r/")
    #expect((items.first?["content_html"] as? String)?.contains("<table>") == true)
    #expect(site.exists("business/feed.json"))
}

@Test func archiveRelatedAndNeighbours() async throws {
    let site = try themeSite()
    defer { site.remove() }
    #expect(await site.build().succeeded)
    let archive = try #require(site.read("archive/index.html"))
    #expect(archive.contains("href=\"/archive/2025/03/\">March 2025</a> <span class=\"count\">2</span>"))
    #expect(site.read("archive/2025/01/index.html")?.contains("Charlie") == true)
    // a shares "AI" with b and "banks" with r; c shares nothing but is in a's section, so it is the fallback.
    let a = try #require(site.read("business/a/index.html"))
    let related = try #require(a.components(separatedBy: "More like this").last?.components(separatedBy: "</section>").first)
    #expect(related.contains("/business/b/") && related.contains("/reports/r/") && related.contains("/business/c/"))
    let c = try #require(site.read("business/c/index.html"))
    #expect(c.contains("More like this"), "never empty while the section has other articles")
    #expect(c.contains("class=\"newer\" href=\"/business/b/\""))
}

@Test func sectionLayoutsAndSiteOverrides() async throws {
    let site = try themeSite(extraFiles: [
        "templates/business/article.mustache": "{{<base}}{{$main}}<p class=\"biz\">{{article.title}}</p>{{/main}}{{/base}}",
        "templates/partials/footer.mustache": "<footer>Site footer</footer>",
    ])
    defer { site.remove() }
    #expect(await site.build().succeeded)
    #expect(site.read("business/a/index.html")?.contains("<p class=\"biz\">Alpha’s deal</p>") == true)
    #expect(site.read("reports/r/index.html")?.contains("<p class=\"biz\">") == false)
    #expect(site.read("index.html")?.contains("<footer>Site footer</footer>") == true)
}

@Test(arguments: [("fr", "1 mars 2025"), ("de", "1. März 2025"), ("en-US", "March 1, 2025"), ("en-GB", "1 March 2025")])
func datesFollowTheSiteLanguage(language: String, expected: String) async throws {
    let style = LocaleStyle(language: language, baseURL: "https://x.example/")
    #expect(style.long(try #require(Timestamp(parsing: "2025-03-01"))) == expected)
}

@Test func templateHelpers() throws {
    let folder = try TemporaryTree(["t.mustache": "{{slug(title)}}|{{short(summary)}}|{{absolute(url)}}|{{iso(date)}}|{{date}}|{{month(date)}}|{{year(date)}}|{{count}}|{{compact(count)}}|{{uppercased(title)}}"])
    defer { folder.remove() }
    let (set, problems) = TemplateSet.load(from: [TemplateFolder(path: folder.root, displayPath: "templates")])
    #expect(problems.isEmpty)
    let style = LocaleStyle(language: "en-GB", baseURL: "https://news.example.com/")
    let context: [String: Any] = [
        "title": TemplateText(value: "Café & Co", style: style),
        "summary": TemplateText(value: String(repeating: "word ", count: 40), style: style),
        "url": TemplateText(value: "/business/a/", style: style),
        "date": TemplateDate(timestamp: Timestamp(parsing: "2025-05-12T08:30:00+02:00")!, style: style),
        "count": TemplateNumber(value: 1_234_567, style: style),
    ]
    let parts = try #require(set.render("t", context: context)).split(separator: "|").map(String.init)
    #expect(parts[0] == "cafe-co")
    #expect(parts[1].hasSuffix("…") && parts[1].count <= 81)
    #expect(parts[2] == "https://news.example.com/business/a/")
    #expect(parts[3] == "2025-05-12T08:30:00+02:00")
    #expect(parts[4] == "12 May 2025")
    #expect(parts[5] == "May 2025")
    #expect(parts[6] == "2025")
    #expect(parts[7] == "1,234,567")
    #expect(parts[8] == "1.2M")
    #expect(parts[9] == "CAFÉ &amp; CO")
}

@Test func socialMetaEscapesEveryValueAndPicksTheCard() {
    var meta = SocialMeta(siteName: "A & B", title: "\"Quoted\" <title>", description: "It's here", url: "https://x.example/a?b=1&c=2")
    var html = meta.html
    #expect(html.contains("<meta property=\"og:site_name\" content=\"A &amp; B\">"))
    #expect(html.contains("<meta property=\"og:title\" content=\"&quot;Quoted&quot; &lt;title&gt;\">"))
    #expect(html.contains("<meta name=\"twitter:description\" content=\"It&#39;s here\">"))
    #expect(html.contains("content=\"https://x.example/a?b=1&amp;c=2\""))
    #expect(html.contains("<meta name=\"twitter:card\" content=\"summary\">"))
    #expect(!html.contains("og:image") && !html.hasSuffix("\n"))
    meta.image = ("https://x.example/i.png", "A \"chart\"")
    meta.tags = ["AI", "R&D"]
    html = meta.html
    #expect(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
    #expect(html.contains("<meta property=\"og:image:alt\" content=\"A &quot;chart&quot;\">"))
    #expect(html.contains("<meta property=\"article:tag\" content=\"R&amp;D\">"))
}

@Test func sharedFragmentsComeFromTheirPartialsOncePerOwner() async throws {
    let site = try themeSite(extraFiles: [
        "templates/partials/tag-link.mustache": "<a class=\"t\" href=\"{{url}}\">#{{name}}</a>",
        "templates/partials/author-link.mustache": "<b>{{name}}</b>",
        "templates/partials/subscribe.mustache": "<p class=\"feeds\">{{#subscribe}}[{{name}}]{{/subscribe}}</p>",
    ])
    defer { site.remove() }
    #expect(await site.build().succeeded)
    let a = try #require(site.read("business/a/index.html"))
    #expect(a.contains("Tags: <a class=\"t\" href=\"/tags/ai/\">#AI</a> <a class=\"t\" href=\"/tags/banks/\">#banks</a> </p>"))
    #expect(a.contains("By <b>Ann Lee</b> and <b>Bo Chen</b>"))
    #expect(a.contains("<p class=\"feeds\">[All stories (RSS)][Business (RSS)][JSON Feed]</p>"))
    // Reused by owner: b shows the same tag's link, and the report its own section's feeds.
    #expect(site.read("business/b/index.html")?.contains("Tags: <a class=\"t\" href=\"/tags/ai/\">#AI</a> </p>") == true)
    let report = try #require(site.read("reports/r/index.html"))
    #expect(report.contains("[Reports (RSS)]") && !report.contains("[Business (RSS)]"))
}

@Test func aSharedFragmentIsRenderedAgainOnlyWhenWhatItShowsChanges() {
    let cache = SharedFragmentCache(previous: [:], siteHash: 1)
    let key = SharedFragment(partial: .tagLink, owner: .tag("AI"))
    var renders = 0
    func html(_ inputs: Int, _ text: String) -> String {
        cache.html(for: key, inputs: inputs) { renders += 1; return text + "\n" }
    }
    #expect(html(7, "<a>AI</a>") == "<a>AI</a>", "the partial's closing line break is dropped")
    #expect(SharedFragmentCache(previous: [:], siteHash: 1).html(for: key, inputs: 1) { "<a>AI</a>\r\n" } == "<a>AI</a>", "a Windows one too")
    #expect(html(7, "other") == "<a>AI</a>")
    #expect(renders == 1)
    #expect(html(8, "<a>AI!</a>") == "<a>AI!</a>")
    #expect(renders == 2)
    let kept = SharedFragmentCache(previous: cache.snapshot, siteHash: 1)
    #expect(kept.html(for: key, inputs: 8) { "new" } == "<a>AI!</a>", "a preview rebuild reuses it")
    #expect(SharedFragmentCache(previous: cache.snapshot, siteHash: 2).html(for: key, inputs: 8) { "new" } == "new", "a changed site renders it again")
    // A one-off build renders each fragment once and never works out what it shows.
    let oneOff = SharedFragmentCache(previous: [:], siteHash: 1, checksInputs: false)
    var hashed = false
    #expect(oneOff.html(for: key, inputs: { hashed = true; return 1 }()) { "<a>AI</a>" } == "<a>AI</a>")
    #expect(oneOff.html(for: key, inputs: 2) { "other" } == "<a>AI</a>")
    #expect(!hashed)
}

@Test func jsonEscapesForScriptsAndWritesSharedNodesAsTheyAre() throws {
    let node = JSONLD.entityNode(.person, name: "Ana </script> \"Costa\"", url: "https://x.example/people/ana/", links: ["https://ana.example/"])
    let shared = node.serialized(forScript: true)
    #expect(shared == #"{"@type":"Person","name":"Ana \u003c/script\u003e \"Costa\"","url":"https://x.example/people/ana/","sameAs":["https://ana.example/"]}"#)
    let document = JSONValue.object([("mentions", .array([.raw(shared), node]))]).serialized(forScript: true)
    #expect(document == "{\"mentions\":[\(shared),\(shared)]}", "a shared node is the same bytes as one serialized in place")
    let parsed = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: [[String: Any]]]
    #expect(parsed?["mentions"]?.first?["name"] as? String == "Ana </script> \"Costa\"")
}
