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

@Test func theMentionsOfARangeAreFoundByHalving() {
    let key = EntityKey(kind: .person, name: "Ana Costa")
    let all = [3, 10, 10, 25, 40].map { Mention(block: 0, start: $0, end: $0 + 4, key: key, kind: .person) }
    let slice = all[...]
    #expect(QuoteFinder.mentions(slice, from: 10, to: 40).map(\.start) == [10, 10, 25])
    #expect(QuoteFinder.mentions(slice, from: 41, to: 90).isEmpty)
    #expect(QuoteFinder.mentions(slice, from: 30, to: 20).isEmpty)
    #expect(QuoteFinder.mentions(slice[1...], from: 0, to: 11).map(\.start) == [10, 10])
}

@Test func aLongParagraphOfQuotationsKeepsItsSpeakers() {
    // One paragraph of 2,000 quotations: each is attributed as in a short one.
    let sentence = "\"We will win this,\" coach John Smith said of Mary Jones and her team. \"It is over now,\" he said. "
    let found = extractor.extract([TextBlock(.paragraph, String(repeating: sentence, count: 1_000))])
    #expect(found.quotes.count == 2_000)
    #expect(found.quotes.allSatisfy { $0.speaker == "John Smith" })
}
