// sitegen's byte-level escaper prints exactly what swift-mustache's own escaper prints.

import Foundation
import Mustache
@testable import Templates
import TestSupport
import Testing

@Suite struct HTMLEscapingTests {
    static let samples = [
        "", "plain text", "<script>alert('x')</script>", "Fish & \"Chips\"", "a > b < c", "it's",
        "café — “quoted” ‘single’ €100 ünïcödé 日本語 😀", "&amp; already escaped", "'\"<>&",
    ]

    @Test func matchesSwiftMustacheOnEverySample() throws {
        let reference = try MustacheTemplate(string: "{{x}}")
        for sample in Self.samples {
            #expect(HTMLEscaping().escapeText(sample) == reference.render(["x": sample]), "\(sample)")
        }
    }

    @Test func everyTemplateUsesIt() throws {
        let tree = try TemporaryTree(["page.mustache": "{{! a comment line }}\n<p>{{x}}</p>\n{{>part}}", "part.mustache": "<i>{{x}}</i>\n"])
        defer { tree.remove() }
        let (set, problems) = TemplateSet.load(from: [TemplateFolder(path: tree.root, displayPath: "templates")])
        #expect(problems.isEmpty)
        #expect(set.render("page", context: ["x": "<b>&'\""]) == "<p>&lt;b&gt;&amp;&#39;&quot;</p>\n<i>&lt;b&gt;&amp;&#39;&quot;</i>\n")
    }
}
