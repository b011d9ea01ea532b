// The extractor the entity tests share, and the names it finds of one kind in a paragraph.

@testable import Entities

let extractor = EntityExtractor(knowledge: .standard)

func names(_ text: String, _ kind: EntityKind) -> [String] {
    extractor.extract([TextBlock(.paragraph, text)]).entities(of: kind).map(\.name)
}
