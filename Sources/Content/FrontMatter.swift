// The typed, validated front matter of an article or a section index.

import Diagnostics
import Foundation

/// A hero or teaser image with its credits.
public struct ImageReference: Sendable, Hashable {
    public var src: String
    public var alt: String?
    public var caption: String?
    public var credit: String?
}

/// Every front matter key sitegen understands. Unknown keys are warned about with a "did you mean".
public struct FrontMatter: Sendable {
    public var title: String = ""
    public var date: Timestamp?
    public var updated: Timestamp?
    public var authors: [String] = []
    public var tags: [String] = []
    public var category: String?
    public var summary: String?
    public var image: ImageReference?
    public var draft = false
    public var slug: String?
    public var aliases: [String] = []
    public var weight = 0
    public var featured = false
    public var layout: String?
    /// Key findings for the report layout.
    public var keyFindings: [String] = []
    /// Where each key's value is, for errors discovered after parsing (a missing layout, say).
    public var locations: [String: SourceLocation] = [:]

    public init() {}

    /// Reads front matter fields. `requireTitle` is false for `_index.md` files.
    public static func parse(_ fields: inout YAMLFields, requireTitle: Bool, at fileStart: SourceLocation) -> FrontMatter {
        var matter = FrontMatter()
        if let title = fields.string("title"), !title.trimmingCharacters(in: .whitespaces).isEmpty {
            matter.title = title
        } else if requireTitle && !fields.isMalformed {
            fields.report(error: "missing `title`: every article needs a headline", at: fields.location(ofKey: "title") ?? fileStart)
        }
        matter.date = fields.timestamp("date")
        matter.updated = fields.timestamp("updated")
        matter.authors = fields.strings("authors") ?? []
        if let author = fields.string("author") { matter.authors.insert(author, at: 0) }
        matter.tags = fields.strings("tags") ?? []
        matter.category = fields.string("category")
        matter.summary = fields.string("summary") ?? fields.string("description")
        matter.draft = fields.bool("draft") ?? false
        matter.slug = fields.string("slug")
        matter.aliases = fields.strings("aliases") ?? []
        matter.weight = fields.int("weight") ?? 0
        matter.featured = fields.bool("featured") ?? false
        matter.layout = fields.string("layout")
        matter.keyFindings = fields.strings("key_findings") ?? []
        if fields.isMapping("image"), var image = fields.mapping("image") {
            if let src = image.string("src") {
                matter.image = ImageReference(src: src, alt: image.string("alt"), caption: image.string("caption"), credit: image.string("credit"))
            } else {
                image.report(error: "`image` needs `src:` (the image file)", at: fields.location(ofKey: "image") ?? fileStart)
            }
            image.warnAboutUnknownKeys(context: "image")
            fields.absorb(image)
        } else if let src = fields.string("image") {
            matter.image = ImageReference(src: src)
        }
        if let slug = matter.slug, slug.contains("/") || slug.isEmpty {
            fields.report(error: "`slug` must be one path segment without `/`", at: fields.location(ofKey: "slug") ?? fileStart)
        }
        for key in fields.keys { if let location = fields.location(ofKey: key) { matter.locations[key] = location } }
        fields.warnAboutUnknownKeys(context: "front matter")
        return matter
    }
}

