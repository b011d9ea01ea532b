// Bad input: every problem reported together, as file:line:col, and output/ left as it was.

import Foundation
import Site
import Testing

@Test func reportsEveryProblemAndKeepsThePreviousOutput() async throws {
    let site = try FixtureSite([
        "content/news/good.md": FixtureSite.article("Good", body: "[x](../news/gone.md)"),
    ])
    defer { site.remove() }
    // A first, clean build.
    try site.write("content/news/gone.md", FixtureSite.article("Gone"))
    #expect(await site.build().succeeded)
    let before = site.files()
    try FileManager.default.removeItem(atPath: site.root + "/content/news/gone.md")

    try site.write("content/news/yaml.md", "---\ntitle: [unclosed\n---\n")
    try site.write("content/news/open.md", "---\ntitle: Open\n\nNo closing line.\n")
    try site.write("content/news/empty.md", "")
    try site.write("content/news/binary.md", bytes: Array("---\ntitle: B\n---\n".utf8) + [0xFF, 0xFE, 0x00])
    try site.write("content/news/dup-one.md", FixtureSite.article("One", extra: "slug: same\n"))
    try site.write("content/news/dup-two.md", FixtureSite.article("Two", extra: "slug: same\n"))
    try site.write("content/news/layout.md", FixtureSite.article("Layout", extra: "layout: nonexistent\n"))
    try site.write("content/news/types.md", "---\ntitle: T\ndate: 31/12/2025\ndraft: perhaps\n---\n")
    try FileManager.default.createSymbolicLink(atPath: site.root + "/content/news/loop", withDestinationPath: site.root + "/content")

    let report = await site.build()
    #expect(!report.succeeded)
    let messages = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
    let expected = [
        "content/news/binary.md:4:1: error: file is not valid UTF-8",
        "content/news/dup-two.md:4:7: error: two pages claim the URL /news/same/",
        "content/news/empty.md:1:1: error: file is empty",
        "content/news/good.md:6:5: error: link to ../news/gone.md does not resolve",
        "content/news/layout.md:4:9: error: layout `nonexistent` has no template",
        "content/news/loop: error: symlink loop",
        "content/news/open.md:1:1: error: front matter opened here is never closed",
        "content/news/types.md:3:7: error: `date`: '31/12/2025' is not a date",
        "content/news/types.md:4:8: error: `draft` must be true or false",
        "content/news/yaml.md:",
    ]
    for prefix in expected {
        #expect(messages.contains { $0.hasPrefix(prefix) }, "no message starting \(prefix) in \(messages)")
    }
    #expect(site.files() == before)
}

@Test func missingTemplateIsAnError() async throws {
    let site = try FixtureSite([
        "content/news/a.md": FixtureSite.article("A"),
        "templates/broken.mustache": "{{#open}}never closed\n",
        "templates/page-x.mustache": "{{> partials/none}}\n",
    ])
    defer { site.remove() }
    let report = await site.build()
    let messages = report.diagnostics.sorted.map(\.description)
    #expect(messages.contains { $0.hasPrefix("templates/broken.mustache:") && $0.contains("error: template syntax") })
    #expect(messages.contains("templates/page-x.mustache:1:1: error: partial `partials/none` does not exist (looked for partials/none.mustache)"))
    #expect(!FileManager.default.fileExists(atPath: site.output))
}

@Test func largeArticlesAndOddFileNamesBuild() async throws {
    let paragraph = String(repeating: "Revenue rose 12% to $4.5bn as the bank expanded in Lisbon and Madrid. ", count: 20) + "\n\n"
    let body = String(repeating: paragraph, count: 10 * 1024 * 1024 / paragraph.utf8.count + 1)
    let site = try FixtureSite([
        "content/news/big.md": FixtureSite.article("Big", body: body),
        // Entity extraction of 10 MB is tested in release builds (bench); debug builds are too slow for it here.
        "sitegen.yml": "entities:\n  enabled: false\n",
        "content/Économie Verte/Café Zürich report.md": FixtureSite.article("Café"),
    ])
    defer { site.remove() }
    let report = await site.build()
    #expect(report.succeeded, "\(report.diagnostics)")
    #expect((site.read("news/big/index.html")?.utf8.count ?? 0) > 10 * 1024 * 1024)
    #expect(site.exists("economie-verte/cafe-zurich-report/index.html"))
}

@Test func refusesToBuildIntoTheSourceFolder() async throws {
    let site = try FixtureSite(["content/news/a.md": FixtureSite.article("A")])
    defer { site.remove() }
    for target in [site.root, site.root + "/content", site.root + "/content/out"] {
        let report = await site.build(output: target)
        #expect(!report.succeeded, "built into \(target)")
    }
    #expect(site.files(in: site.root + "/content") == ["news/a.md"])
}

@Test func aThemeWithoutASharedFragmentsPartialIsAnError() async throws {
    let site = try FixtureSite(["content/a.md": FixtureSite.article("A", extra: "tags: [x]\n")])
    defer { site.remove() }
    let theme = site.root + "/theme"
    try FileManager.default.copyItem(atPath: SiteLayout.defaultTheme, toPath: theme)
    try FileManager.default.removeItem(atPath: theme + "/partials/tag-link.mustache")
    let options = BuildOptions(source: site.root, output: site.output, theme: theme)
    let report = await SiteBuilder(options: options).build()
    #expect(!report.succeeded)
    #expect(report.diagnostics.sorted.map(\.description).contains { $0.hasPrefix("templates/partials/tag-link.mustache") && $0.contains("`partials/tag-link` is missing") })
    #expect(!site.exists("a/index.html"), "nothing is written")
}
