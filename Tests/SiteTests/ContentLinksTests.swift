// Links between Markdown files become links between the pages they make.

import Markdown
@testable import Site
import Testing

private let links = ContentLinks(pathsByFile: ["business/a.md": "/business/a/", "markets/rates.md": "/markets/rates/", "about.md": "/about/",
                                                "my notes/q1.md": "/my-notes/q1/"],
                                 paths: SitePaths(basePath: "/news/"))

@Test(arguments: [
    ("rates.md", "markets/x.md", LinkRewrite.replace("/news/markets/rates/")),
    ("../markets/rates.md#outlook", "business/a.md", .replace("/news/markets/rates/#outlook")),
    ("../markets/RATES.MD?x=1", "business/a.md", .broken("link to ../markets/RATES.MD?x=1 does not resolve: there is no content/markets/RATES.MD")),
    ("../about.md", "business/a.md", .replace("/news/about/")),
    ("business/a.md", "about.md", .replace("/news/business/a/")),
    ("my%20notes/q1.md", "about.md", .replace("/news/my-notes/q1/")),
    ("../../outside.md", "business/a.md", .broken("link to ../../outside.md points outside content/")),
    ("gone.md", "business/a.md", .broken("link to gone.md does not resolve: there is no content/business/gone.md")),
    ("#top", "business/a.md", .keep), ("/business/a.md", "about.md", .keep), ("https://example.org/x.md", "about.md", .keep),
    ("mailto:desk@example.org", "about.md", .keep), ("x:y.md", "about.md", .keep), ("notes.txt", "about.md", .keep), ("a.mdx", "about.md", .keep),
])
func markdownLinksBecomePageLinks(destination: String, from file: String, expected: LinkRewrite) {
    #expect(links.rewrite(destination, fromFile: file) == expected)
}

@Test(arguments: [("https://example.org", true), ("a.md?next=http://x", true), (":://", true), ("file:///x.md", true),
                  ("::/", false), (":/:/", false), (":/x/", false), ("a//b.md", false), ("", false)])
func aSchemeSeparatorIsFoundAnywhere(destination: String, expected: Bool) {
    #expect(ContentLinks.hasSchemeSeparator(destination.utf8) == expected)
}
