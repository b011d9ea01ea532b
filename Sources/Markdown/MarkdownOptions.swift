// The switches that decide how Markdown is parsed and which sitegen additions are applied.

/// How a Markdown document is turned into HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML blocks and inline tags through. Off by default: an article cannot inject markup.
    public var unsafeHTML: Bool
    /// Curly quotes, dashes and ellipses (cmark's `--smart`).
    public var smartPunctuation: Bool
    /// sitegen's additions: heading ids and anchor links, lazy images, link rewriting, fenced-block renderers.
    /// Off, the output is exactly cmark's own HTML (what `sitegen markdown` prints).
    public var enrich: Bool
    /// Ids the page template already uses; headings never take them.
    public var reservedIDs: Set<String>
    /// Collect the plain text of paragraphs, headings, list items and quotations (for entity extraction).
    public var collectProse = false

    public init(unsafeHTML: Bool = false, smartPunctuation: Bool = false, enrich: Bool = true, reservedIDs: Set<String> = []) {
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
        self.enrich = enrich
        self.reservedIDs = reservedIDs
    }

    /// Plain CommonMark, as the reference `cmark` prints it.
    public static func commonMark(unsafeHTML: Bool) -> MarkdownOptions {
        MarkdownOptions(unsafeHTML: unsafeHTML, smartPunctuation: false, enrich: false)
    }
}
