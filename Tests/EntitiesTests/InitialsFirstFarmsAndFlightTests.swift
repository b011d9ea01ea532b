// Round 33 of unseen copy: initials named before the full name, farms, and where people flee to.

@testable import Entities
import Testing

@Test func initialsNamedBeforeTheFullName() {
    let text = "Volker Türk, the UN high commissioner, spoke first. Tom Fletcher, the United Nations aid chief, called for "
        + "safe passage. The AP reported it, and the Associated Press said so."
    let found = extractor.extract([TextBlock(.paragraph, text)])
    #expect(found.entities(of: .organization).map(\.name) == ["United Nations", "Associated Press"])
    #expect(found.entities(of: .organization).first?.mentions == 2)
    // Not when a connector makes other initials: "BP" is no "Bank of Portugal".
    #expect(names("BP said prices rose. The Bank of Portugal said they fell.", .organization) == ["BP", "Bank of Portugal"])
}

@Test func aFarmIsAPlace() {
    #expect(names("Eavis spoke from Worthy Farm, near the village of Pilton.", .place) == ["Worthy Farm", "Pilton"])
}

@Test func whereTheyFled() {
    let text = "Tens of thousands have fled to Tawila, about 60 kilometres away. Engineers moved to Anthropic."
    #expect(names(text, .place) == ["Tawila"])
}
