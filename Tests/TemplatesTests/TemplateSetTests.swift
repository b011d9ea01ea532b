// Templates: loading with overrides, escaping, and errors that name file, line and column.

import Diagnostics
import Foundation
import Templates
import Testing
import TestSupport

private func folder(_ files: [String: String]) throws -> TemporaryTree {
    try TemporaryTree(files, prefix: "templates")
}

@Test func rendersWithLayoutsPartialsAndEscaping() throws {
    let theme = try folder([
        "base.mustache": "<main>{{$main}}default{{/main}}</main>",
        "page.mustache": "{{<base}}{{$main}}{{>partials/title}}{{{body}}}{{/main}}{{/base}}",
        "partials/title.mustache": "<h1>{{title}}</h1>",
    ])
    defer { theme.remove() }
    let (set, problems) = TemplateSet.load(from: [TemplateFolder(path: theme.root, displayPath: "templates")])
    #expect(problems.isEmpty)
    let html = set.render("page", context: ["title": "Q&A <now>", "body": "<p>ok</p>"])
    #expect(html == "<main><h1>Q&amp;A &lt;now&gt;</h1><p>ok</p></main>")
    #expect(set.render("missing", context: [:]) == nil)
}

@Test func siteTemplatesOverrideTheTheme() throws {
    let theme = try folder(["page.mustache": "theme", "other.mustache": "theme other"])
    defer { theme.remove() }
    let site = try folder(["page.mustache": "site"])
    defer { site.remove() }
    let (set, _) = TemplateSet.load(from: [TemplateFolder(path: theme.root, displayPath: "theme"), TemplateFolder(path: site.root, displayPath: "templates")])
    #expect(set.render("page", context: [:]) == "site")
    #expect(set.render("other", context: [:]) == "theme other")
    #expect(set.files["page"] == "templates/page.mustache")
}

@Test func syntaxErrorsNameFileLineAndColumn() throws {
    let theme = try folder(["page.mustache": "<p>\n{{#items}}\n{{name}}\n{{/item}}\n"])
    defer { theme.remove() }
    let (_, problems) = TemplateSet.load(from: [TemplateFolder(path: theme.root, displayPath: "templates")])
    let d = try #require(problems.items.first)
    #expect(d.location.file == "templates/page.mustache")
    #expect(d.location.line == 4)
    #expect(d.message.contains("closing tag"))
}

@Test func missingPartialsAndLayoutsAreErrors() throws {
    let theme = try folder(["page.mustache": "a\n  {{> partials/nope }}\n{{<nolayout}}{{/nolayout}}"])
    defer { theme.remove() }
    let (_, problems) = TemplateSet.load(from: [TemplateFolder(path: theme.root, displayPath: "templates")])
    #expect(problems.sorted.map(\.description) == [
        "templates/page.mustache:2:3: error: partial `partials/nope` does not exist (looked for partials/nope.mustache)",
        "templates/page.mustache:3:1: error: layout `nolayout` does not exist (looked for nolayout.mustache)",
    ])
}
