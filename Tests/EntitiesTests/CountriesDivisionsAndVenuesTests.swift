// Round 18 of unseen copy: a country under one name whatever the text calls it, a company a given name
// made a person of, where events are held, companies' divisions, initials taken from inside a word,
// things named before what they are, double surnames and peoples named for where families are from.

@testable import Entities
import Testing

@Test func aCountryHasOneNameWhateverTheTextCallsIt() {
    let found = extractor.extract([TextBlock(.paragraph, "The US imposed tariffs. The United States said so, and the U.S. agreed. Britain and the UK objected.")])
    #expect(found.entities(of: .place).map(\.name) == ["United States", "United Kingdom"])
    #expect(found.entities(of: .place).first?.aliases == ["US", "United States", "U.S"])
    #expect(found.entities(of: .place).first?.mentions == 3)
    // In a headline too.
    let headline = extractor.extract([TextBlock(.title, "Inflation In The Czech Republic Eases")])
    #expect(headline.entities(of: .place).map(\.name) == ["Czechia"])
    // Before a hyphen too: "a US-based company".
    #expect(names("The US-based company said so. The United States agreed. A UK-listed firm too.", .place) == ["United States", "United Kingdom"])
    // A name two countries could have ("Congo") is left as written.
    #expect(Knowledge.standard.countryName(ofForm: "Congo") == nil)
    #expect(Knowledge.standard.countryName(ofForm: "DRC") == "Democratic Republic of Congo")
    // The site's own entry keeps its name.
    let (curated, _) = CuratedEntities.parse("entities:\n  - name: USA\n    type: place\n", file: "e.yml")
    let site = EntityExtractor(knowledge: Knowledge.standard.with(curated)).extract([TextBlock(.paragraph, "The USA said so.")])
    #expect(site.entities(of: .place).map(\.name) == ["USA"])
}

@Test func aCountrysInitialsOpeningAnOrganisationAreStillTheCountryAlone() {
    let text = "The US Justice Department asked a judge. The case went before US District Judge Leonie Brinkema."
    #expect(names(text, .organization) == ["US Justice Department"])
    #expect(names(text, .place) == ["United States"])
}

@Test func aCompanyAGivenNameMadeAPersonOfUntilItsEmployeeFollows() {
    let text = "Barratt Redrow and Taylor Wimpey reported steadier sales. \"We are seeing more buyers,\" said Taylor Wimpey chief executive Jennie Daly."
    #expect(names(text, .organization) == ["Barratt Redrow", "Taylor Wimpey"])
    #expect(names(text, .person) == ["Jennie Daly"])
    #expect(speakers(text) == ["Jennie Daly"])
    // A person named again before a job of their own stays a person.
    #expect(names("Jennie Daly said so. Jennie Daly, chief executive, agreed.", .person) == ["Jennie Daly"])
}

@Test func whereAnEventIsHeldIsAPlace() {
    #expect(names("Oscar Piastri won the Dutch Grand Prix at Zandvoort on Sunday.", .place) == ["Zandvoort"])
    #expect(names("The final at Wembley was a sell-out.", .place) == ["Wembley"])
    // Where people work is still an organisation.
    #expect(names("Analysts at Jefferies said so.", .organization) == ["Jefferies"])
}

@Test func aTownThenTheStateOrCountryItIsIn() {
    #expect(names("It was launched from Kourou in French Guiana in 2018.", .place) == ["Kourou", "French Guiana"])
    #expect(names("She moved to Zandvoort in the Netherlands.", .place) == ["Zandvoort", "Netherlands"])
    // A person's name is not made a town.
    #expect(names("A visit from Jane Okoro in Ohio was planned.", .place) == ["Ohio"])
}

@Test func aListedCompanysDivisionNamedForTwoFields() {
    #expect(names("The spacecraft were built by a team led by Airbus Defence and Space.", .organization) == ["Airbus Defence and Space"])
    // Two companies joined by "and" stay two.
    #expect(names("Shares of Boeing and Airbus rose.", .organization) == ["Boeing", "Airbus"])
}

@Test func initialsWithALetterFromInsideAWord() {
    let text = "It is a joint project with the Japan Aerospace Exploration Agency. JAXA project scientist Go Murakami said so."
    #expect(names(text, .organization) == ["Japan Aerospace Exploration Agency"])
    #expect(names(text, .person) == ["Go Murakami"])
    // Initials that fit no organisation the text named are one of their own.
    #expect(names("The Japan Aerospace Exploration Agency and the ESA agreed.", .organization) == ["Japan Aerospace Exploration Agency", "ESA"])
}

@Test func aThingNamedBeforeWhatItIs() {
    let found = extractor.extract([TextBlock(.paragraph, "The BepiColombo spacecraft flew past. The SpaceX capsule docked.")])
    #expect(found.entities(of: .product).map(\.name) == ["BepiColombo"])
    #expect(found.entities(of: .organization).map(\.name) == ["SpaceX"])
}

@Test func aDoubleSurnameAfterTheFullName() {
    let text = "Her predecessor, Andrés Manuel López Obrador, pushed it. She clashed with López Obrador. President López Obrador said no."
    #expect(names(text, .person) == ["Andrés Manuel López Obrador"])
    #expect(extractor.extract([TextBlock(.paragraph, text)]).entities(of: .person).first?.mentions == 3)
}

@Test func aPartyDescribedAfterItsNameAndForeignInstitutions() {
    #expect(names("They were backed by supporters of Morena, the ruling party, say critics.", .organization) == ["Morena"])
    // After "in", the town is meant; and a town described as a company's base stays a town.
    #expect(names("The company, based in Cupertino, the heart of Silicon Valley, said so.", .place).contains("Cupertino"))
    #expect(names("The Cupertino, California-based company said so.", .place) == ["Cupertino", "California"])
    #expect(names("said Laura Rivas, a political scientist at the Colegio de México.", .organization) == ["Colegio de México"])
    #expect(names("said Laura Rivas, a political scientist at the Colegio de México.", .person) == ["Laura Rivas"])
}

@Test func aPeopleNamedForWhereAFamilyIsFrom() {
    #expect(names("Hugo Aguilar Ortiz, a lawyer of Mixtec descent from Oaxaca, was sworn in.", .organization).isEmpty)
    #expect(names("Hugo Aguilar Ortiz, a lawyer of Mixtec descent from Oaxaca, was sworn in.", .place) == ["Oaxaca"])
}

@Test func redBullIsACompany() {
    #expect(names("Max Verstappen finished second for Red Bull in front of his home crowd.", .organization) == ["Red Bull"])
    #expect(names("Max Verstappen finished second for Red Bull in front of his home crowd.", .person) == ["Max Verstappen"])
}

@Test func theScorerReadsInitialsWithOrWithoutTheirStops() {
    #expect(EvaluationScore.normalize("U.S.") == "us")
    #expect(EvaluationScore.normalize("the U.K") == "uk")
    // Not a name's own full stops.
    #expect(EvaluationScore.normalize("St. Louis") == "st. louis")
}
