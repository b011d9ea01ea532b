// Parses Markdown with libcmark and renders HTML by walking cmark's AST, adding sitegen's enrichments.

import CCmark
import Foundation
import Diagnostics

/// Renders CommonMark to HTML. With `options.enrich` off the output is byte-identical to cmark's;
/// on, headings get ids and anchors, links are rewritten, images are lazy and sized, and fenced
/// blocks go to their registered `BlockRenderer`.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions
    public var blocks: BlockRendererRegistry

    public init(options: MarkdownOptions = MarkdownOptions(), blocks: BlockRendererRegistry = .standard) {
        self.options = options
        self.blocks = blocks
    }

    /// Renders `markdown`. `location` is where its first line sits in the source file (after front matter).
    public func render(_ markdown: String, location: SourceLocation = SourceLocation(file: "<stdin>", line: 1), hooks: RenderHooks = RenderHooks()) -> RenderedDocument {
        var cmarkOptions = CMARK_OPT_VALIDATE_UTF8
        if options.smartPunctuation { cmarkOptions |= CMARK_OPT_SMART }
        var markdown = markdown
        let root: OpaquePointer? = markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, buffer.count, cmarkOptions) }
        }
        guard let root else {
            return RenderedDocument(html: "", tableOfContents: [], firstParagraph: nil, wordCount: 0, ids: [],
                                    diagnostics: [.error("libcmark could not parse this document", at: location)])
        }
        defer { cmark_node_free(root) }
        var walk = DocumentWalk(renderer: self, hooks: hooks, origin: location, capacity: markdown.utf8.count + markdown.utf8.count / 4)
        walk.source = SourceLines(markdown)
        walk.render(root)
        return walk.result
    }
}

/// The state of one render: output buffer, ids in use, facts gathered on the way.
private struct DocumentWalk {
    let renderer: MarkdownRenderer
    let hooks: RenderHooks
    let origin: SourceLocation
    var out: HTMLWriter
    var usedIDs: Set<String>
    var ids: [String] = []
    var toc: [TableOfContentsEntry] = []
    var firstParagraph: String?
    var wordCount = 0
    var diagnostics: [Diagnostic] = []
    var reportedRawHTML = false
    /// Set while inside an image: its children become the alt text.
    var imageNode: OpaquePointer?
    /// Set while a paragraph that holds only an image is written as a `<figure>`.
    var figure: OpaquePointer?
    var headingIDs: [String] = []
    var prose: [ProseBlock] = []
    var links: [DocumentLink] = []
    var source = SourceLines("")

    var enrich: Bool { renderer.options.enrich }

    init(renderer: MarkdownRenderer, hooks: RenderHooks, origin: SourceLocation, capacity: Int) {
        self.renderer = renderer
        self.hooks = hooks
        self.origin = origin
        self.out = HTMLWriter(capacity: capacity)
        self.usedIDs = renderer.options.reservedIDs
    }

    var result: RenderedDocument {
        RenderedDocument(html: out.string, tableOfContents: toc, firstParagraph: firstParagraph,
                         wordCount: wordCount, ids: ids, diagnostics: diagnostics, prose: prose, links: links)
    }

    mutating func render(_ root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, entering: event == CMARK_EVENT_ENTER)
        }
    }

    // MARK: Nodes

    mutating func visit(_ node: OpaquePointer, entering: Bool) {
        let type = cmark_node_get_type(node)
        if let image = imageNode {
            visitInsideImage(node, type: type, entering: entering, image: image)
            return
        }
        switch type {
        case CMARK_NODE_DOCUMENT:
            break
        case CMARK_NODE_BLOCK_QUOTE:
            out.newlineIfNeeded()
            out.raw(entering ? "<blockquote>\n" : "</blockquote>\n")
        case CMARK_NODE_LIST:
            listTag(node, entering: entering)
        case CMARK_NODE_ITEM:
            if entering {
                out.newlineIfNeeded()
                out.raw("<li>")
            } else {
                out.raw("</li>\n")
            }
        case CMARK_NODE_HEADING:
            heading(node, entering: entering)
        case CMARK_NODE_CODE_BLOCK:
            codeBlock(node)
        case CMARK_NODE_HTML_BLOCK:
            out.newlineIfNeeded()
            rawHTML(node)
            out.newlineIfNeeded()
        case CMARK_NODE_THEMATIC_BREAK:
            out.newlineIfNeeded()
            out.raw("<hr />\n")
        case CMARK_NODE_PARAGRAPH:
            paragraph(node, entering: entering)
        case CMARK_NODE_TEXT:
            withLiteral(node) { out.escaped($0) }
            countWords(node)
        case CMARK_NODE_LINEBREAK:
            out.raw("<br />\n")
        case CMARK_NODE_SOFTBREAK:
            out.raw("\n")
        case CMARK_NODE_CODE:
            out.raw("<code>")
            withLiteral(node) { out.escaped($0) }
            out.raw("</code>")
            countWords(node)
        case CMARK_NODE_HTML_INLINE:
            rawHTML(node)
        case CMARK_NODE_EMPH:
            out.raw(entering ? "<em>" : "</em>")
        case CMARK_NODE_STRONG:
            out.raw(entering ? "<strong>" : "</strong>")
        case CMARK_NODE_LINK:
            link(node, entering: entering)
        case CMARK_NODE_IMAGE:
            if entering { imageStart(node) }
        default:
            break
        }
    }

    mutating func listTag(_ node: OpaquePointer, entering: Bool) {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        out.newlineIfNeeded()
        if !entering {
            out.raw(ordered ? "</ol>\n" : "</ul>\n")
        } else if !ordered {
            out.raw("<ul>\n")
        } else {
            let start = cmark_node_get_list_start(node)
            if start == 1 { out.raw("<ol>\n") } else { out.raw("<ol start=\"\(start)\">\n") }
        }
    }

    mutating func paragraph(_ node: OpaquePointer, entering: Bool) {
        var tight = false
        if let parent = cmark_node_parent(node), let grandparent = cmark_node_parent(parent),
           cmark_node_get_type(grandparent) == CMARK_NODE_LIST {
            tight = cmark_node_get_list_tight(grandparent) != 0
        }
        if entering, firstParagraph == nil, let parent = cmark_node_parent(node),
           cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT {
            firstParagraph = plainText(of: node)
        }
        if entering && renderer.options.collectProse {
            prose.append(ProseBlock(kind: proseKind(of: node), text: plainText(of: node, includeCode: false)))
        }
        guard !tight else { return }
        if enrich, entering, let image = Self.loneImage(in: node) {
            figure = image
            out.newlineIfNeeded()
            out.raw("<figure>")
            return
        }
        if enrich, !entering, figure != nil {
            figure = nil
            out.raw("</figure>\n")
            return
        }
        if entering {
            out.newlineIfNeeded()
            out.raw("<p>")
        } else {
            out.raw("</p>\n")
        }
    }

    mutating func heading(_ node: OpaquePointer, entering: Bool) {
        let level = Int(cmark_node_get_heading_level(node))
        if entering {
            out.newlineIfNeeded()
            guard enrich else {
                out.raw("<h\(level)>")
                return
            }
            let text = plainText(of: node)
            if renderer.options.collectProse { prose.append(ProseBlock(kind: .heading, text: plainText(of: node, includeCode: false))) }
            let id = uniqueID(for: text)
            headingIDs.append(id)
            if level == 2 || level == 3 { toc.append(TableOfContentsEntry(level: level, id: id, text: text)) }
            out.raw("<h\(level) id=\"")
            out.escaped(id)
            out.raw("\">")
        } else {
            if enrich, let id = headingIDs.last {
                out.raw(" <a class=\"heading-anchor\" href=\"#")
                out.escapedHref(id)
                out.raw("\" aria-label=\"Link to this section\">#</a>")
            }
            out.raw("</h\(level)>\n")
        }
    }

    mutating func codeBlock(_ node: OpaquePointer) {
        let info = string(cmark_node_get_fence_info(node))
        let literal = string(cmark_node_get_literal(node))
        wordCount += Words.count(literal)
        out.newlineIfNeeded()
        let language = info.prefix { !$0.isWhitespace && $0 != "\n" }
        if enrich, !language.isEmpty, let blockRenderer = renderer.blocks.renderer(for: String(language)) {
            let block = FencedBlock(language: String(language),
                                    arguments: info.dropFirst(language.count).trimmingCharacters(in: .whitespaces),
                                    code: literal, location: location(of: node))
            do {
                let html = try blockRenderer.render(block)
                out.raw(html)
                ids.append(contentsOf: IDScanner.ids(in: html))
                out.newlineIfNeeded()
                return
            } catch let diagnostic as Diagnostic {
                diagnostics.append(diagnostic)
            } catch let list as DiagnosticList {
                diagnostics.append(contentsOf: list.items)
            } catch {
                diagnostics.append(.error("\(language) block: \(error)", at: block.location))
            }
        }
        if info.isEmpty {
            out.raw("<pre><code>")
        } else {
            out.raw("<pre><code class=\"language-")
            out.escaped(String(language))
            out.raw("\">")
        }
        out.escaped(literal)
        out.raw("</code></pre>\n")
    }

    mutating func rawHTML(_ node: OpaquePointer) {
        if renderer.options.unsafeHTML {
            withLiteral(node) { out.raw($0) }
            return
        }
        out.raw("<!-- raw HTML omitted -->")
        if enrich && !reportedRawHTML {
            reportedRawHTML = true
            diagnostics.append(.warning("raw HTML is omitted; set `markdown: { unsafe: true }` in sitegen.yml to allow it", at: location(of: node)))
        }
    }

    mutating func link(_ node: OpaquePointer, entering: Bool) {
        guard entering else {
            out.raw("</a>")
            return
        }
        out.raw("<a href=\"")
        destination(node)
        if let title = cmark_node_get_title(node), title.pointee != 0 {
            out.raw("\" title=\"")
            withCString(title) { out.escaped($0) }
        }
        out.raw("\">")
    }

    /// Writes a link or image destination, rewritten and checked when enriching.
    mutating func destination(_ node: OpaquePointer) {
        let url = string(cmark_node_get_url(node))
        var href = url
        if enrich && !url.isEmpty {
            let at = linkLocation(of: node, url: url)
            switch hooks.rewriteLink(url) {
            case .keep: break
            case .replace(let rewritten): href = rewritten
            case .broken(let message): diagnostics.append(.error(message, at: at))
            }
            links.append(DocumentLink(destination: url, href: href, location: at, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE))
        }
        href.withUTF8 { buffer in
            if renderer.options.unsafeHTML || !URLSafety.isDangerous(buffer) { out.escapedHref(buffer) }
        }
    }

    mutating func imageStart(_ node: OpaquePointer) {
        out.raw("<img src=\"")
        destination(node)
        out.raw("\" alt=\"")
        imageNode = node
    }

    mutating func visitInsideImage(_ node: OpaquePointer, type: cmark_node_type, entering: Bool, image: OpaquePointer) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            withLiteral(node) { out.escaped($0) }
        case CMARK_NODE_LINEBREAK, CMARK_NODE_SOFTBREAK:
            out.raw(" ")
        case CMARK_NODE_IMAGE where node == image && !entering:
            imageNode = nil
            out.raw("\"")
            if let title = cmark_node_get_title(node), title.pointee != 0 {
                out.raw(" title=\"")
                withCString(title) { out.escaped($0) }
                out.raw("\"")
            }
            if enrich {
                if let size = hooks.imageSize(string(cmark_node_get_url(node))) {
                    out.raw(" width=\"\(size.width)\" height=\"\(size.height)\"")
                }
                out.raw(" loading=\"lazy\" decoding=\"async\"")
            }
            out.raw(" />")
            if node == figure, let title = cmark_node_get_title(node), title.pointee != 0 {
                out.raw("<figcaption>")
                withCString(title) { out.escaped($0) }
                out.raw("</figcaption>")
            }
        default:
            break
        }
    }

    /// The image of a paragraph that holds nothing else, which becomes a captioned `<figure>`.
    static func loneImage(in paragraph: OpaquePointer) -> OpaquePointer? {
        guard let child = cmark_node_first_child(paragraph), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_IMAGE else { return nil }
        return child
    }

    // MARK: Helpers

    mutating func uniqueID(for text: String) -> String {
        let base = Slug.make(text).isEmpty ? "section" : Slug.make(text)
        var id = base
        var n = 1
        while usedIDs.contains(id) {
            n += 1
            id = "\(base)-\(n)"
        }
        usedIDs.insert(id)
        ids.append(id)
        return id
    }

    /// Where a node starts in the source file; inline nodes without a position take their block's.
    func location(of node: OpaquePointer) -> SourceLocation {
        var current: OpaquePointer? = node
        while let n = current {
            let line = Int(cmark_node_get_start_line(n))
            if line > 0 {
                return SourceLocation(file: origin.file, line: origin.line + line - 1, column: max(1, Int(cmark_node_get_start_column(n))))
            }
            current = cmark_node_parent(n)
        }
        return origin
    }

    /// Where a link's destination is written: cmark gives inline nodes no position, so the
    /// destination is looked for in the lines of the block that holds it.
    mutating func linkLocation(of node: OpaquePointer, url: String) -> SourceLocation {
        var block: OpaquePointer? = node
        while let n = block, cmark_node_get_start_line(n) == 0 { block = cmark_node_parent(n) }
        guard let block else { return origin }
        let first = Int(cmark_node_get_start_line(block))
        let last = max(first, Int(cmark_node_get_end_line(block)))
        if let (line, column) = source.find(url, fromLine: first, toLine: last) {
            return SourceLocation(file: origin.file, line: origin.line + line - 1, column: column)
        }
        return location(of: node)
    }

    /// Whether a paragraph sits in a list item, a block quotation, or the body.
    func proseKind(of node: OpaquePointer) -> ProseBlock.Kind {
        var current = cmark_node_parent(node)
        while let n = current {
            switch cmark_node_get_type(n) {
            case CMARK_NODE_BLOCK_QUOTE: return .quote
            case CMARK_NODE_ITEM: return .listItem
            default: current = cmark_node_parent(n)
            }
        }
        return .paragraph
    }

    /// The text of a node's inline content, for ids, the table of contents and summaries.
    func plainText(of node: OpaquePointer, includeCode: Bool = true) -> String {
        var text: [UInt8] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT:
                withLiteral(child) { text.append(contentsOf: $0) }
            case CMARK_NODE_CODE where includeCode:
                withLiteral(child) { text.append(contentsOf: $0) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(UInt8(ascii: " "))
            default:
                break
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    mutating func countWords(_ node: OpaquePointer) {
        withLiteral(node) { wordCount += Words.count($0) }
    }

    func withLiteral(_ node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let literal = cmark_node_get_literal(node) else { return }
        withCString(literal, body)
    }

    func withCString(_ pointer: UnsafePointer<CChar>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let count = strlen(pointer)
        pointer.withMemoryRebound(to: UInt8.self, capacity: count) { body(UnsafeBufferPointer(start: $0, count: count)) }
    }

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
