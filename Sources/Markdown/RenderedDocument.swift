// What rendering one Markdown document produces: the HTML and the facts gathered while walking it.

import Diagnostics

/// One entry of a document's table of contents (H2 and H3 headings).
public struct TableOfContentsEntry: Sendable, Hashable {
    public var level: Int
    public var id: String
    public var text: String

    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}

/// A piece of the document's prose as plain text: no code, no URLs, no raw HTML.
public struct ProseBlock: Sendable {
    public enum Kind: Sendable { case heading, paragraph, listItem, quote }
    public var kind: Kind
    public var text: String
}

/// The result of rendering a Markdown document.
public struct RenderedDocument: Sendable {
    /// The body as HTML.
    public var html: String
    /// H2 and H3 headings in order, with their ids.
    public var tableOfContents: [TableOfContentsEntry]
    /// Plain text of the first paragraph, for a default summary.
    public var firstParagraph: String?
    /// Words of prose and code, for reading time.
    public var wordCount: Int
    /// Every id the body defines (headings and rendered blocks), for anchor checks.
    public var ids: [String]
    /// Problems found while rendering (bad links, block renderer errors, omitted raw HTML).
    public var diagnostics: [Diagnostic]
    /// The prose, when `MarkdownOptions.collectProse` is on.
    public var prose: [ProseBlock] = []
    /// Every link and image destination, when enriching, for link checks.
    public var links: [DocumentLink] = []
}

/// A link or image in the Markdown: as written, as printed, and where.
public struct DocumentLink: Sendable, Hashable {
    /// The destination as written (`../markets/rates.md#outlook`).
    public var destination: String
    /// The href the page prints (`/markets/rates/#outlook`).
    public var href: String
    /// The line and column of the destination in the source file.
    public var location: SourceLocation
    public var isImage: Bool

    public init(destination: String, href: String, location: SourceLocation, isImage: Bool) {
        self.destination = destination
        self.href = href
        self.location = location
        self.isImage = isImage
    }
}
