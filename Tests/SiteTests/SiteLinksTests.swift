// End to end: broken links and anchors stop a build at their source line; host files on request.

import Content
import Diagnostics
import Foundation
import Site
import Testing

@Test func brokenInternalLinksAreReportedAtTheirSourceLine() async throws {
    let site = try FixtureSite([
        "content/business/a.md": FixtureSite.article("A", body: """
        Intro with a [good link](/business/b/) and
        a second line with [a broken one](/business/missing/) in it.

        ## Outlook

        See [the outlook](#outlook), [nowhere](#nowhere), [b's heading](b.md#rates-rise) and [b's missing](b.md#nope).
        The [feed](/feed.xml), the [image](/img/none.png) and [mail](mailto:desk@example.org).
        """),
        "content/business/b.md": FixtureSite.article("B", body: "## Rates rise\n\nText with [an external link](https://example.org/report)."),
    ])
    defer { site.remove() }
    try site.write("sitegen.yml", "links:\n  internal: error\n")
    let report = await site.build()
    let messages = report.diagnostics.sorted.map(\.description)
    #expect(messages == [
        "content/business/a.md:7:35: error: link to /business/missing/ does not resolve",
        "content/business/a.md:11:40: error: link to #nowhere: the page has no anchor `#nowhere`",
        "content/business/a.md:11:100: error: link to b.md#nope: the page has no anchor `#nope`",
        "content/business/a.md:12:36: error: link to /img/none.png does not resolve",
    ])
    #expect(!site.exists("business/a/index.html"), "a failed build writes nothing")
    #expect(report.externalLinks.isEmpty, "a build does not gather external links; `check` does")

    // As warnings (the default), the same links do not stop the build.
    try site.write("sitegen.yml", "title: Lenient\n")
    let lenient = await site.build()
    #expect(lenient.succeeded)
    #expect(lenient.diagnostics.warningCount == 4)
    try site.write("sitegen.yml", "links:\n  internal: off\n")
    #expect(await site.build().diagnostics.warningCount == 0)
}

@Test func hostFilesListRedirectsAndCacheRules() async throws {
    let site = try FixtureSite([
        "sitegen.yml": "publish:\n  host_files: true\n  cache:\n    \"images/**\": \"public, max-age=600\"\n",
        "content/business/a.md": FixtureSite.article("A", extra: "aliases: [/old/a/]\n"),
        "static/images/x.png": "png",
    ])
    defer { site.remove() }
    let report = await site.build()
    #expect(report.succeeded, "\(report.diagnostics)")
    #expect(site.read("_redirects") == "/old/a/ /business/a/ 301\n")
    let headers = try #require(site.read("_headers"))
    #expect(headers.contains("/images/*\n  Cache-Control: public, max-age=600\n"))
    #expect(headers.contains("/business/*\n  Cache-Control: no-cache\n"))
    #expect(headers.range(of: #"/assets/(\*|style\.[0-9a-f]+\.css)\n  Cache-Control: public, max-age=31536000, immutable"#, options: .regularExpression) != nil)
}

@Test func checkBuildsInMemoryAndWritesNothing() async throws {
    let site = try FixtureSite(["content/a.md": FixtureSite.article("A", body: "[x](/nowhere/) and [y](https://example.org/report).")])
    defer { site.remove() }
    let report = await SiteBuilder(options: BuildOptions(source: site.root)).check()
    #expect(report.diagnostics.errorCount == 1)
    #expect(report.externalLinks == ["https://example.org/report": [Diagnostics.SourceLocation(file: "content/a.md", line: 6, column: 24)]])
    #expect(!FileManager.default.fileExists(atPath: site.root + "/output"))
}

@Test func previewRechecksLinksWhenPagesComeAndGo() async throws {
    let site = try FixtureSite([
        "content/a.md": FixtureSite.article("A", body: "See [b](/b/)."),
        "content/c.md": FixtureSite.article("C"),
    ])
    defer { site.remove() }
    let preview = PreviewSite(options: BuildOptions(source: site.root))
    func linkWarnings(_ update: PreviewSite.Update) -> [String] {
        update.report.diagnostics.sorted.map(\.description).filter { $0.contains("link to /b/") }
    }
    #expect(linkWarnings(await preview.rebuild(.everything)) == ["content/a.md:6:9: warning: link to /b/ does not resolve"])
    // An edit elsewhere: the answer for the unchanged article is reused, and still given.
    try site.write("content/c.md", FixtureSite.article("C", body: "Edited."))
    #expect(linkWarnings(await preview.rebuild(ChangeSet(paths: [site.root + "/content/c.md"]))).count == 1)
    // The page it links to appears: the link is checked again and resolves.
    try site.write("content/b.md", FixtureSite.article("B"))
    #expect(linkWarnings(await preview.rebuild(ChangeSet(paths: [site.root + "/content/b.md"]))).isEmpty)
}
