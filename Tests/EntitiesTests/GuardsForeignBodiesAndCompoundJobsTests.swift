// Round 39 of unseen copy: guards and Red Cross societies, French bodies' names, bodies of two kinds of people,
// a company by what it makes, and America's parties' adjectives.

@testable import Entities
import Testing

@Test func guardsAndRedCrossSocieties() {
    let text = "The Philippine Coast Guard rescued 400 people. A centre was run by the Philippine Red Cross. Officials said the "
        + "US Coast Guard came, and the Turkish Red Crescent too."
    #expect(names(text, .organization) == ["Philippine Coast Guard", "Philippine Red Cross", "US Coast Guard", "Turkish Red Crescent"])
}

@Test func frenchBodiesWithParticlesAreNoPeople() {
    let text = "Aubert de Villaine, a former co-director of Domaine de la Romanée-Conti, attended. Exports fell, according "
        + "to the Bureau Interprofessionnel des Vins de Bourgogne."
    #expect(names(text, .person) == ["Aubert de Villaine"])
    #expect(names(text, .organization) == ["Domaine de la Romanée-Conti", "Bureau Interprofessionnel des Vins de Bourgogne"])
}

@Test func aBodyOfTwoKindsOfPeople() {
    #expect(names("Pepe Di Iasio leads the Association of School and College Leaders.", .organization)
        == ["Association of School and College Leaders"])
}

@Test func aCompanyByWhatItMakesThenWhatItDoes() {
    #expect(names("Pfizer won a bidding war for the obesity drug developer Metsera.", .organization) == ["Pfizer", "Metsera"])
    #expect(names("Winemaker Jean-Marc Roulot said the quality was high.", .person) == ["Jean-Marc Roulot"])
}

@Test func americasPartiesAdjectivesDescribe() {
    #expect(names("The bill passed with Republican votes, though Democratic senators objected.", .organization).isEmpty)
}
