// Round 27 of unseen copy: a party before its member's title, a place's own first word before "of", camps,
// domes and collectives, players by position, what a company makes, and "the company said" after one spoke.

@testable import Entities
import Testing

@Test func aPartyBeforeItsMembersTitle() {
    let text = "The bill, introduced by Labour MP Kim Leadbeater, will allow it. Fire Chief Kristin Crowley spoke."
    #expect(names(text, .organization) == ["Labour"])
    #expect(names(text, .person) == ["Kim Leadbeater", "Kristin Crowley"])
}

@Test func aPlacesOwnFirstWordBeforeOf() {
    #expect(names("BP is increasing output in the Gulf of Mexico. Biogen of Cambridge grew.", .place) == ["Gulf of Mexico", "Cambridge"])
}

@Test func campsDomesAndCollectives() {
    let text = "Cabins at Camp Mystic, a summer camp, were lost. Laurene Powell Jobs, whose Emerson Collective invested, "
        + "watched at the Caesars Superdome."
    #expect(names(text, .place) == ["Camp Mystic", "Caesars Superdome"])
    #expect(names(text, .organization) == ["Emerson Collective"])
}

@Test func aPlayerByPosition() {
    #expect(names("Quarterback Jalen Hurts threw two touchdown passes.", .person) == ["Jalen Hurts"])
}

@Test func whatACompanyMakesNamedForIt() {
    let text = "OpenAI will buy io, the ChatGPT maker said. Shares of the Ozempic maker Novo Nordisk fell."
    #expect(names(text, .product) == ["ChatGPT", "Ozempic"])
    #expect(names(text, .organization) == ["OpenAI", "Novo Nordisk"])
}

@Test func theCompanyThatSpoke() {
    let text = "Shell said it had no intention of making an offer for BP, after a report sent BP shares up and BP gained. "
        + "\"Shell has not made an approach to BP and no talks have taken place,\" the company said."
    #expect(speakers(text) == ["Shell"])
}

// Round 28: a title's plural before names, a court by its circuit, and a city's people.

@Test func aTitlesPluralBeforeNames() {
    #expect(names("Justices Amy Coney Barrett and Brett Kavanaugh also pressed him.", .person) == ["Amy Coney Barrett", "Brett Kavanaugh"])
}

@Test func anAppealsCourtByItsCircuit() {
    #expect(names("Lower courts, including the Federal Circuit, ruled. The Ninth Circuit agreed.", .organization) == ["Federal Circuit", "Ninth Circuit"])
}

@Test func aCitysPeopleAreNoName() {
    #expect(names("This will damage the health of Londoners. New Yorkers are tired.", .organization).isEmpty)
    #expect(names("This will damage the health of Londoners. New Yorkers are tired.", .place).isEmpty)
}
