// Entities in the site: topic pages, the article panel, linked first mentions, JSON-LD, curated files.

import Foundation
@testable import Site
import Testing

private func entitySite(extra: [String: String] = [:]) throws -> FixtureSite {
    var files = [
        "sitegen.yml": "title: Ledger\nbase_url: https://l.example.com/\nentities:\n  min_articles: 2\n",
        "content/news/a.md": FixtureSite.article("Banks test models", date: "2025-03-01", body: "“We cannot send the files anywhere,” said Maria Keller, head of data at Harbour Analytics plc in Lisbon. Revenue rose 12% last year."),
        "content/news/b.md": FixtureSite.article("Lisbon start-ups grow", date: "2025-02-01", body: "Maria Keller spoke in Lisbon. Harbour Analytics plc hired 40 engineers."),
        "content/news/c.md": FixtureSite.article("Unrelated weather", date: "2025-01-01", body: "Rain fell in Oslo on Monday."),
        "content/entities.yml": "entities:\n  - name: Harbour Analytics plc\n    type: organization\n    aliases: [Harbour]\n    description: \"A data company.\"\n    links: [\"https://harbour.example.com/\"]\n",
    ]
    files.merge(extra) { $1 }
    return try FixtureSite(files)
}

@Test func topicPagesForEntitiesInEnoughArticles() async throws {
    let site = try entitySite()
    defer { site.remove() }
    let report = await site.build()
    #expect(report.succeeded, "\(report.diagnostics)")
    for path in ["people/index.html", "people/maria-keller/index.html", "organizations/harbour-analytics-plc/index.html", "places/lisbon/index.html"] {
        #expect(site.exists(path), "missing \(path)")
    }
    #expect(!site.exists("places/oslo/index.html"), "one article is below the threshold")
    let topic = try #require(site.read("organizations/harbour-analytics-plc/index.html"))
    #expect(topic.contains("A data company."))
    #expect(topic.contains("https://harbour.example.com/"))
    #expect(topic.contains("Mentioned in 2 articles"))
    #expect(topic.contains("/news/a/") && topic.contains("/news/b/"))
    #expect(topic.contains("Often mentioned with"))
    #expect(site.read("people/index.html")?.contains("Maria Keller") == true)
}

@Test func aTopicWithoutADescriptionDoesNotBorrowTheSites() async throws {
    // Mustache looks a missing name up in the enclosing context: the page's own description (the
    // site's tagline) once stood under every uncurated topic's name.
    let site = try entitySite(extra: ["sitegen.yml": "title: Ledger\ndescription: Money and markets daily.\nbase_url: https://l.example.com/\nentities:\n  min_articles: 2\n"])
    defer { site.remove() }
    #expect(await site.build().succeeded)
    let topic = try #require(site.read("people/maria-keller/index.html"))
    #expect(!topic.contains("<p class=\"standfirst\">"), "no standfirst without a curated description")
    #expect(topic.contains("<meta name=\"description\" content=\"Money and markets daily.\">"), "the meta description still falls back to the site's")
    let curated = try #require(site.read("organizations/harbour-analytics-plc/index.html"))
    #expect(curated.contains("<p class=\"standfirst\">A data company.</p>"))
}

@Test func articlesShowTheirEntitiesQuotesAndFigures() async throws {
    let site = try entitySite()
    defer { site.remove() }
    #expect(await site.build().succeeded)
    let page = try #require(site.read("news/a/index.html"))
    #expect(page.contains("In this article"))
    #expect(page.contains("<a class=\"entity-link\" href=\"/people/maria-keller/\">Maria Keller</a>"))
    #expect(page.components(separatedBy: "class=\"entity-link\" href=\"/people/maria-keller/\"").count == 2, "only the first mention is linked")
    #expect(page.contains("<figcaption><a href=\"/people/maria-keller/\">Maria Keller</a></figcaption>"))
    #expect(page.contains("<dt>12%</dt>"))
    let about = try #require(page.components(separatedBy: "\"about\":").dropFirst().first?.components(separatedBy: "],").first)
    #expect(about.contains("{\"@type\":\"Person\",\"name\":\"Maria Keller\",\"url\":\"https://l.example.com/people/maria-keller/\"}"))
    #expect(about.contains("\"sameAs\":[\"https://harbour.example.com/\"]"))
    // a and b share Maria Keller, Harbour and Lisbon: each is the other's first related article.
    let related = try #require(page.components(separatedBy: "More like this").last)
    #expect(related.contains("/news/b/"))
}

@Test func entitiesCanBeTurnedOff() async throws {
    let site = try entitySite(extra: ["sitegen.yml": "title: Ledger\nentities:\n  enabled: false\n"])
    defer { site.remove() }
    #expect(await site.build().succeeded)
    #expect(!site.exists("people/index.html"))
    #expect(site.read("news/a/index.html")?.contains("In this article") == false)
}

@Test func aBrokenCuratedFileStopsTheBuildAtItsLine() async throws {
    let site = try entitySite(extra: ["content/entities.yml": "entities:\n  - name: A\n    type: company\n"])
    defer { site.remove() }
    let report = await site.build()
    #expect(!report.succeeded)
    #expect(report.diagnostics.sorted.map(\.description).contains { $0.hasPrefix("content/entities.yml:3:11: error: unknown entity type `company`") })
}

@Test func topicChartsCountQuietMonthsAsZero() {
    let series = TopicIndex.monthlySeries([2024 * 12 + 10: 2, 2025 * 12 + 1: 1], last: 36)
    #expect(series.map(\.month) == ["2024-11", "2024-12", "2025-01", "2025-02"])
    #expect(series.map(\.count) == [2, 0, 0, 1])
    #expect(TopicIndex.monthlySeries([2020 * 12: 1, 2025 * 12 + 11: 1], last: 36).count == 36)
}
