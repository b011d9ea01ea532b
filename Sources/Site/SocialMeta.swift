// The OpenGraph and Twitter card tags of a page's <head>, made in Swift like its JSON-LD.

import Templates

/// What social networks and chat apps read to preview a link. Every page has these tags and they
/// are plumbing rather than design, so they are written here: as a partial they were about twenty
/// template lookups a page, 5% of a 10,000-article build. Templates print them with `{{{social_meta}}}`.
struct SocialMeta {
    var type = "website"
    var siteName: String
    var title: String
    var description: String
    var url: String
    /// An absolute image URL and its alternative text: a large-image card.
    var image: (url: String, alt: String)?
    var published: String?
    var modified: String?
    var section: String?
    var tags: [String] = []

    /// The `<meta>` lines, values escaped, without a final line break.
    var html: String {
        var lines: [String] = []
        lines.reserveCapacity(12 + tags.count)
        func property(_ name: String, _ value: String) { lines.append("<meta property=\"\(name)\" content=\"\(TemplateSet.escape(value))\">") }
        func name(_ name: String, _ value: String) { lines.append("<meta name=\"\(name)\" content=\"\(TemplateSet.escape(value))\">") }
        property("og:type", type)
        property("og:site_name", siteName)
        property("og:title", title)
        property("og:description", description)
        property("og:url", url)
        if let image {
            property("og:image", image.url)
            property("og:image:alt", image.alt)
            name("twitter:image", image.url)
        }
        if let published { property("article:published_time", published) }
        if let modified { property("article:modified_time", modified) }
        if let section { property("article:section", section) }
        for tag in tags { property("article:tag", tag) }
        name("twitter:card", image == nil ? "summary" : "summary_large_image")
        name("twitter:title", title)
        name("twitter:description", description)
        return lines.joined(separator: "\n")
    }
}
