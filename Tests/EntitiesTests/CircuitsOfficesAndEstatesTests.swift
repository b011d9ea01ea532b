// Round 37 of unseen copy: racing circuits and courts' circuits, bodies "of" what they oversee, housing estates,
// titles "for" a field, and names that belong to something else.

@testable import Entities
import Testing

@Test func aRacingCircuitIsAPlaceACourtsIsNot() {
    let text = "Max Verstappen won at the Yas Marina Circuit. The Ninth Circuit ruled, and the Federal Circuit agreed."
    #expect(names(text, .place) == ["Yas Marina Circuit"])
    #expect(names(text, .organization) == ["Ninth Circuit", "Federal Circuit"])
}

@Test func aGovernmentBodyOfWhatItOversees() {
    #expect(names("The Office of Rail and Road declined to comment.", .organization) == ["Office of Rail and Road"])
    #expect(names("The Office of Rail and Road declined to comment.", .place).isEmpty)
}

@Test func aNameDescribedAsAnEstate() {
    let text = "The fire spread around Wang Fuk Court, a complex of eight towers that was being renovated."
    #expect(names(text, .place) == ["Wang Fuk Court"])
    #expect(names(text, .organization).isEmpty)
}

@Test func aTitleForAField() {
    let text = "Secretary for Security Chris Tang said 11 people were held. Minister for Europe Stephen Doughty spoke."
    #expect(names(text, .person) == ["Chris Tang", "Stephen Doughty"])
}

@Test func aPersonByTheirPoliticsAndAPartyByItsOwn() {
    #expect(names("He was backed by populist Franco Parisi, who came third.", .person) == ["Franco Parisi"])
    #expect(names("The motion was tabled by the hard-left France Unbowed.", .organization) == ["France Unbowed"])
}

@Test func organisationsAfterWhatTheyAre() {
    let text = "Tesco held off the discounters Aldi and Lidl. Books came from pirate sites such as Library Genesis and "
        + "Pirate Library Mirror. Read more: Ancient site near Helsinki rewrites history."
    #expect(names(text, .organization) == ["Tesco", "Aldi", "Lidl", "Library Genesis", "Pirate Library Mirror"])
}

@Test func aWordOfAProductsNameIsShortForIt() {
    let text = "Astronomers used the James Webb Space Telescope. NASA cut the agency budget, though Webb's operations are safe."
    #expect(names(text, .organization) == ["NASA"])
    #expect(names(text, .product) == ["James Webb Space Telescope"])
}

@Test func aBroadcasterWithAVersionLikeName() {
    #expect(names("\"He deserves it,\" the Dutchman told Sky Sports F1.", .organization) == ["Sky Sports F1"])
}
