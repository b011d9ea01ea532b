// Extracts entities, quotations and figures from a document's text blocks. Pure: text in, values out.

/// Reads prose and finds who and what it names, who said what, and its numbers.
///
/// ```swift
/// let extractor = EntityExtractor(knowledge: .standard)
/// let found = extractor.extract([TextBlock(.paragraph, "“It works,” said Ana Costa of Harbour Analytics plc.")])
/// ```
public struct EntityExtractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge = .standard) {
        self.knowledge = knowledge
    }

    public func extract(_ blocks: [TextBlock]) -> Extraction {
        var prepared: [QuoteFinder.Block] = []
        prepared.reserveCapacity(blocks.count)
        for block in blocks {
            let bytes = Array(block.text.utf8)
            prepared.append(QuoteFinder.Block(bytes: bytes, tokens: Tokenizer.tokenize(bytes), kind: block.kind))
        }
        var recognizer = Recognizer(knowledge: knowledge, document: prepared.map(\.bytes))
        // Body first, then titles and headings: in Title Case every word is capitalised, so there
        // only names the body (or the gazetteers) already gave count.
        for (index, block) in prepared.enumerated() where block.kind != .title && block.kind != .heading {
            recognizer.read(block: index, bytes: block.bytes, tokens: block.tokens, namesOnly: false)
        }
        for (index, block) in prepared.enumerated() where block.kind == .title || block.kind == .heading {
            recognizer.read(block: index, bytes: block.bytes, tokens: block.tokens, namesOnly: true)
        }
        var result = Extraction()
        result.entities = recognizer.table.entities()
        result.quotes = QuoteFinder.find(in: prepared, table: recognizer.table, knowledge: knowledge)
        result.dropLegalForms(recognizer.table.legalForms, knowledge: knowledge)
        var figures: [Figure] = []
        figures.reserveCapacity(64)
        for block in prepared where block.kind != .title && block.kind != .heading {
            FigureFinder.find(bytes: block.bytes, tokens: block.tokens, into: &figures)
        }
        // Each figure once, where the text first gives it. (Sized for a long article's figures:
        // growing from empty rehashed every figure six times.)
        var seen = NameIndex<Bool>(minimumCapacity: 64)
        result.figures = figures.filter { seen.insertIfMissing($0.text, true) }
        return result
    }
}
