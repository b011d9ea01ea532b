// The extractor the entity tests share, and what it finds in a paragraph: the names of one kind, the speakers.

@testable import Entities

let extractor = EntityExtractor(knowledge: .standard)

func names(_ text: String, _ kind: EntityKind) -> [String] {
    extractor.extract([TextBlock(.paragraph, text)]).entities(of: kind).map(\.name)
}

/// The speakers of the quotations in a paragraph, in order (nil where none is named).
func speakers(_ text: String) -> [String?] {
    extractor.extract([TextBlock(.paragraph, text)]).quotes.map(\.speaker)
}
