// Round 22 of unseen copy: an office's title after a country's initials, a band by what it is, parties by
// what their members are called, a city's airport, and the maker a product's name opens with.

@testable import Entities
import Testing

@Test func aCountrysInitialsBeforeAnOfficesTitle() {
    let text = "US Treasury Secretary Scott Bessent congratulated him."
    #expect(names(text, .place) == ["United States"])
    #expect(names(text, .organization).isEmpty)
    #expect(names(text, .person) == ["Scott Bessent"])
}

@Test func aBandByWhatItIs() {
    #expect(names("Comments were made by the punk duo Bob Vylan, whose set was broadcast.", .organization) == ["Bob Vylan"])
    #expect(names("Comments were made by the punk duo Bob Vylan, whose set was broadcast.", .person).isEmpty)
}

@Test func aPartyByWhatItsMembersAreCalled() {
    #expect(names("The Peronists, whose leader is under house arrest, won 32%.", .organization) == ["Peronists"])
}

@Test func aCitysAirport() {
    #expect(names("The flight to London Gatwick crashed into a hostel.", .organization) == ["London Gatwick"])
    #expect(names("The flight to London Gatwick crashed into a hostel.", .person).isEmpty)
    // A surname, or a woman's given name, before a word no list knows is still a person's.
    #expect(names("Sydney Sweeney starred. She lost to Victoria Azarenka.", .person) == ["Sydney Sweeney", "Victoria Azarenka"])
}

@Test func theMakerAProductsNameOpensWith() {
    let found = extractor.extract([TextBlock(.paragraph, "Fuel to both engines of the Air India Boeing 787 was cut off.")])
    #expect(found.entities(of: .organization).map(\.name) == ["Air India", "Boeing"])
    #expect(found.entities(of: .product).map(\.name) == ["Boeing 787"])
    // Not a product line in capitals.
    #expect(names("Nvidia's RTX 5090 sold out.", .organization) == ["Nvidia"])
}

@Test func whereAnEventIsHeldWhateverNameItLooksLike() {
    #expect(names("Europe won the Ryder Cup at Bethpage Black in New York.", .place) == ["Europe", "Bethpage Black", "New York"])
    #expect(names("Europe won the Ryder Cup at Bethpage Black in New York.", .person).isEmpty)
}

@Test func initialsOfACountrysBodyAndMuseumsByName() {
    #expect(names("He said so. The PGA of America apologised to his wife.", .organization) == ["PGA of America"])
    #expect(names("Thieves stole jewellery from the Louvre in Paris.", .organization) == ["Louvre"])
}
