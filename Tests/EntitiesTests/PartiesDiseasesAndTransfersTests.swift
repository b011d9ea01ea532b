// Round 35 of unseen copy: parties' own initials and adjectives, diseases named for places, clubs players came from.

@testable import Entities
import Testing

@Test func aPartysInitialsInItsOwnLanguageJoinItsEnglishName() {
    let text = "SPD co-leader Lars Klingbeil spoke first. Merz's coalition partners, the Social Democrats, agreed. The SPD and "
        + "the Christian Democrats met."
    #expect(names(text, .organization) == ["Social Democrats", "Christian Democrats"])
    #expect(extractor.extract([TextBlock(.paragraph, text)]).entities(of: .organization).first?.mentions == 3)
}

@Test func anAmericanPartysAdjectiveBeforeAJobIsNoEmployer() {
    let text = "John Moolenaar, the Republican chairman of the House Select Committee on China, welcomed it."
    #expect(names(text, .organization) == ["House Select Committee on China"])
    // A British party before its chairman is the party.
    #expect(names("The Labour chairman Ellie Reeves said so.", .organization) == ["Labour"])
}

@Test func diseasesAreNoNames() {
    let text = "Ethiopia confirmed an outbreak of Marburg virus disease. The virus, a relative of Ebola, kills most of "
        + "those it infects. She studied at the University of Marburg and works on Lassa fever."
    #expect(names(text, .organization) == ["University of Marburg"])
    #expect(names(text, .place) == ["Ethiopia"])
}

@Test func aZoneIsAKindOfPlace() {
    #expect(names("Officials found 129 contacts in South Omo zone.", .place) == ["South Omo"])
    #expect(names("Officials found 129 contacts in South Omo zone.", .person).isEmpty)
}

@Test func theClubAPlayerCameFrom() {
    let text = "Eze, signed from Crystal Palace in the summer, scored twice. Silva joined from Benfica; Costa is on loan from Barcelona."
    #expect(names(text, .organization) == ["Crystal Palace", "Benfica", "Barcelona"])
    #expect(names(text, .place).isEmpty)
    // A country's team stays the country.
    #expect(names("He was signed from Brazil as a teenager.", .place) == ["Brazil"])
}

@Test func thePluralOfATitlesInitialsNamesNobody() {
    #expect(names("MPs will debate the measures. Labour MPs rebelled, and the MEPs said so.", .organization) == ["Labour"])
}

@Test func twoUnknownNamesBeforeWhatTheyAre() {
    let text = "Kwon was behind the TerraUSD and Luna cryptocurrencies. Terraform Labs paid Jump Trading to prop up TerraUSD."
    #expect(names(text, .product) == ["TerraUSD", "Luna"])
    #expect(names(text, .organization) == ["Terraform Labs", "Jump Trading"])
    // Not an organisation's name before a company whose name ends in such a word.
    #expect(names("Delegates came from Arden Foundation and Lodestar Software plc.", .product).isEmpty)
}
