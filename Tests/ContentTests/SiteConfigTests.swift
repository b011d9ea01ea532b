// sitegen.yml: defaults, typed keys, and warnings for unknown keys with their line.

import Content
import Testing

@Test func defaultsWithoutAFile() {
    let (config, problems) = SiteConfig.load(root: "/nonexistent-\(UInt32.random(in: 0...UInt32.max))")
    #expect(problems.isEmpty)
    #expect(config.paginate == 20)
    #expect(!config.unsafeHTML)
}

@Test func readsKeysAndWarnsAboutUnknownOnes() {
    let yaml = """
    title: "The Ledger"
    base_url: https://example.com/news
    language: fr
    paginate: 5
    markdown:
      unsafe: true
      smart_punctuation: false
    colour: red
    """
    let (config, problems) = SiteConfig.parse(yaml, file: "sitegen.yml")
    #expect(config.title == "The Ledger")
    #expect(config.baseURL == "https://example.com/news/")
    #expect(config.basePath == "/news/")
    #expect(config.absoluteURL("/a/") == "https://example.com/news/a/")
    #expect(config.language == "fr")
    #expect(config.paginate == 5)
    #expect(config.unsafeHTML)
    #expect(!config.smartPunctuation)
    #expect(problems.sorted.map(\.description) == ["sitegen.yml:8:1: warning: unknown config key `colour`"])
}

@Test func rejectsBadValues() {
    let (_, problems) = SiteConfig.parse("base_url: example.com\npaginate: 0\n", file: "sitegen.yml")
    #expect(problems.errorCount == 2)
    #expect(problems.sorted[0].location.line == 1)
    #expect(problems.sorted[1].location.line == 2)
}
