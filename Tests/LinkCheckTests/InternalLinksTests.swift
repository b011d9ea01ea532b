// Resolving hrefs against a built site, anchors, and where problems are reported.

import Diagnostics
@testable import LinkCheck
import Testing

@Suite struct InternalLinksTests {
    @Test func resolvesLikeABrowser() {
        #expect(LinkTarget.resolve("/business/a/", onPage: "/x/", basePath: "/") == .site(file: "business/a/index.html", alternatives: [], fragment: nil))
        #expect(LinkTarget.resolve("/business/a", onPage: "/x/", basePath: "/") == .site(file: "business/a", alternatives: ["business/a/index.html"], fragment: nil))
        #expect(LinkTarget.resolve("../b/#top-story", onPage: "/business/a/", basePath: "/") == .site(file: "business/b/index.html", alternatives: [], fragment: "top-story"))
        #expect(LinkTarget.resolve("#outlook", onPage: "/business/a/", basePath: "/") == .site(file: "business/a/index.html", alternatives: [], fragment: "outlook"))
        #expect(LinkTarget.resolve("chart.svg?v=2", onPage: "/reports/r/", basePath: "/") == .site(file: "reports/r/chart.svg", alternatives: ["reports/r/chart.svg/index.html"], fragment: nil))
        #expect(LinkTarget.resolve("/news/business/", onPage: "/", basePath: "/news/") == .site(file: "business/index.html", alternatives: [], fragment: nil))
        #expect(LinkTarget.resolve("/caf%C3%A9/", onPage: "/", basePath: "/") == .site(file: "café/index.html", alternatives: [], fragment: nil))
        #expect(LinkTarget.resolve("../../a/./b/", onPage: "/x/y/", basePath: "/") == .site(file: "a/b/index.html", alternatives: [], fragment: nil))
        #expect(LinkTarget.resolve("../../../../z.pdf", onPage: "/x/", basePath: "/") == .site(file: "z.pdf", alternatives: ["z.pdf/index.html"], fragment: nil))
        #expect(LinkTarget.resolve("sibling.html", onPage: "/old/page.html", basePath: "/") == .site(file: "old/sibling.html", alternatives: ["old/sibling.html/index.html"], fragment: nil))
        #expect(LinkTarget.resolve("https://example.org/a", onPage: "/", basePath: "/") == .external("https://example.org/a"))
        #expect(LinkTarget.resolve("//cdn.example.org/x.js", onPage: "/", basePath: "/") == .external("https://cdn.example.org/x.js"))
        #expect(LinkTarget.resolve("mailto:desk@example.org", onPage: "/", basePath: "/") == .ignored)
        #expect(LinkTarget.resolve("tel:+441234", onPage: "/", basePath: "/") == .ignored)
    }

    @Test(arguments: [
        ("/a/b/../c/./d/", "/a/c/d/"), ("/a/..", "/"), ("/a/.", "/a/"), ("/a//b", "/a/b"), ("/", "/"), ("", ""),
        ("/../../x", "/x"), ("/a/b/..", "/a/"), ("/é/./ü/../ß", "/é/ß"), ("/a/.../b", "/a/.../b"), ("/a/..b/", "/a/..b/"),
    ])
    func dotsResolveLikeABrowser(path: String, expected: String) {
        #expect(LinkTarget.resolveDots(path) == expected)
    }

    let site = SiteFiles(files: ["index.html", "business/a/index.html", "business/b/index.html", "robots.txt", "img/x.png"],
                         ids: ["business/b/index.html": ["rates-rise", "main"], "business/a/index.html": ["outlook"]])

    func link(_ href: String, line: Int) -> PageLink {
        PageLink(written: href, href: href, page: "/business/a/", location: SourceLocation(file: "content/business/a.md", line: line, column: 9), basePath: "/")
    }

    @Test func reportsMissingPagesFilesAndAnchorsAtTheirSourceLine() {
        let links = [
            link("/business/b/#rates-rise", line: 3), link("#outlook", line: 4), link("/robots.txt", line: 5), link("/business/b", line: 6),
            link("/business/missing/", line: 14), link("#nowhere", line: 15), link("/img/none.png", line: 16), link("../b/#nope", line: 17),
            link("https://example.org/", line: 18), link("#top", line: 19),
        ]
        #expect(Set(InternalLinks.filesWithAnchors(links)) == ["business/b/index.html", "business/a/index.html"])
        let problems = InternalLinks.check(links, in: site, severity: .error)
        #expect(problems.map(\.description) == [
            "content/business/a.md:14:9: error: link to /business/missing/ does not resolve",
            "content/business/a.md:15:9: error: link to #nowhere: the page has no anchor `#nowhere`",
            "content/business/a.md:16:9: error: link to /img/none.png does not resolve",
            "content/business/a.md:17:9: error: link to ../b/#nope: the page has no anchor `#nope`",
        ])
        #expect(InternalLinks.check([link("/gone/", line: 1)], in: site, severity: .warning).first?.severity == .warning)
    }

    @Test func findsIdsInHTML() {
        let html = Array(#"<main id="main"><h2 id="rates-rise">Rates</h2><p class="x" id="">.</p><div data-id="no"></div>"#.utf8)
        #expect(InternalLinks.ids(inHTML: html) == ["main", "rates-rise", ""])
        #expect(InternalLinks.ids(inHTML: Array(#"<p id="unterminated"#.utf8)) == ["unterminated"])
        #expect(InternalLinks.ids(inHTML: []) == [])
    }
}
