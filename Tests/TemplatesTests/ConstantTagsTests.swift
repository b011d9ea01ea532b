// Build-wide constants printed into templates render exactly what the engine would have printed.

import Foundation
@testable import Templates
import TestSupport
import Testing

@Suite struct ConstantTagsTests {
    static let constants = ["site.title": "Q&A <Daily>", "site.rss": "/feed.xml", "site.note": "two\nlines", "site.braces": "{{x}}"]

    func substitute(_ text: String) -> String {
        ConstantTags.substitute(Self.constants, in: text, escape: HTMLEscaping().escapeText)
    }

    @Test func variablesAreEscapedAndTripleOrAmpersandAreRaw() {
        #expect(substitute("<t>{{site.title}}</t><a href=\"{{ site.rss }}\">") == "<t>Q&amp;A &lt;Daily&gt;</t><a href=\"/feed.xml\">")
        #expect(substitute("{{{site.title}}}|{{& site.title}}") == "Q&A <Daily>|Q&A <Daily>")
    }

    @Test func sectionsOtherNamesAndUnsafeValuesAreLeftToTheEngine() {
        let text = "{{#site.title}}x{{/site.title}}{{^site.rss}}{{/site.rss}}{{title}}{{site.note}}{{site.braces}}{{! {{site.title}} }}{{uppercased(site.title)}}"
        #expect(substitute(text) == text)
    }

    @Test func delimiterChangesTurnItOff() {
        let text = "{{=<% %>=}}<% site.title %>{{site.title}}"
        #expect(substitute(text) == text)
    }

    @Test func aSpecializedSetRendersWhatTheOriginalDid() throws {
        let tree = try TemporaryTree([
            "page.mustache": "<title>{{site.title}}</title>{{{site.title}}}\n{{#items}}<i>{{site.title}} {{.}}</i>{{/items}}{{site.note}}\n{{>part}}",
            "part.mustache": "<a href=\"{{site.rss}}\">{{site.title}}</a>\n",
        ])
        defer { tree.remove() }
        let (set, problems) = TemplateSet.load(from: [TemplateFolder(path: tree.root, displayPath: "templates")])
        #expect(problems.isEmpty)
        let site: [String: Any] = ["title": "Q&A <Daily>", "rss": "/feed.xml", "note": "two\nlines"]
        let context: [String: Any] = ["site": site, "items": ["a", "b"]]
        let original = set.render("page", context: context)
        // Rendered without `site`: what the page shows of it now comes from the text.
        let specialized = set.specialized(constants: Self.constants).render("page", context: ["site": ["note": "two\nlines"], "items": ["a", "b"]])
        #expect(original != nil)
        #expect(specialized == original)
    }
}
