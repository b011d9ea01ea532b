// Round 29 of unseen copy: companies without their legal form, counties in a list, Crown bodies, pronounced
// acronyms, a clipped first word, and a second quotation after a clause that names someone else.

@testable import Entities
import Testing

@Test func aCompanyIsNamedWithoutItsLegalForm() {
    let text = "Novartis AG agreed to buy Avidity Biosciences Inc. for $12 billion. JPMorgan Chase & Co. advised, "
        + "and ASML Holding NV rose. \"We will pay in cash,\" said Novartis AG."
    let found = extractor.extract([TextBlock(.paragraph, text)])
    #expect(found.entities(of: .organization).map(\.name) == ["Novartis", "Avidity Biosciences", "JPMorgan Chase", "ASML"])
    // The text's own form stays an alias, so a curated or annotated "Novartis AG" still finds it.
    #expect(found.entities(of: .organization).first?.aliases.contains("Novartis AG") == true)
    #expect(found.quotes.map(\.speaker) == ["Novartis"])
}

@Test func aLegalFormStaysWhereItTellsCompaniesApart() {
    #expect(names("Porsche AG fell 3%, and Porsche SE, which owns most of it, fell 2%.", .organization) == ["Porsche AG", "Porsche SE"])
    // A stem that is one English word no company list holds keeps its form: "News Corp", not "News".
    #expect(names("News Corp said its profit rose. Apple Inc. said sales fell.", .organization) == ["News Corp", "Apple"])
}

@Test func curatedNamesKeepTheirLegalForm() {
    let curated = CuratedEntities.parse("entities:\n  - name: Kestrel Shipping Ltd\n    type: organization\n", file: "entities.yml").0
    let found = EntityExtractor(knowledge: .standard.with(curated)).extract([TextBlock(.paragraph, "Kestrel Shipping Ltd said no.")])
    #expect(found.entities.map(\.name) == ["Kestrel Shipping Ltd"])
}

@Test func namesListedBeforeAPluralKindOfPlace() {
    let text = "Voters in Cobb, Fulton and Gwinnett counties brought the case. The report by Smith and Jones found little."
    #expect(names(text, .place) == ["Cobb", "Fulton", "Gwinnett"])
}

@Test func aPartyBeforeStateIsNoPlace() {
    let text = "Republican state Sen. Shelly Echols said lawmakers had followed the law."
    #expect(names(text, .place).isEmpty)
    #expect(names(text, .person) == ["Shelly Echols"])
}

@Test func raceWordsAreNoNames() {
    #expect(names("The map diluted the votes of Black residents and White voters in the suburbs.", .organization).isEmpty)
}

@Test func aCrownBodyGoesOnPastAnd() {
    #expect(names("In the UK, HM Revenue and Customs said taxpayers could not log in.", .organization) == ["HM Revenue and Customs"])
}

@Test func aPronouncedAcronymInBrackets() {
    let text = "The National Institute for Health and Care Excellence (Nice) estimated that 3.4 million people are eligible. "
        + "Nice said it would publish guidance."
    #expect(names(text, .organization) == ["National Institute for Health and Care Excellence"])
    #expect(names(text, .place).isEmpty)
    #expect(Recognizer.isWordFromInitials("Defra", of: "Department for Environment, Food and Rural Affairs"))
    #expect(!Recognizer.isWordFromInitials("Nice", of: "Office for National Statistics"))
}

@Test func aClippedFirstWord() {
    let text = "The Metropolitan Police said on Friday it had 53 suspects. Det Supt Gary Hastings, the Met's senior officer, spoke."
    #expect(names(text, .organization) == ["Metropolitan Police"])
}

@Test func aPaperOfOneWordAfterTold() {
    #expect(names("\"This pilot changes that,\" Wes Streeting told the Guardian. According to the Times, it fell.", .organization)
            == ["Guardian", "Times"])
}

@Test func whereSomeoneIsFrom() {
    #expect(names("Lee Castleton, a former sub-postmaster from Bridlington, told BBC Breakfast he had waited.", .place) == ["Bridlington"])
}

@Test func planetsCoursesAndCloudRegions() {
    let text = "The probe will wait 1.5 million kilometres from Earth. McIlroy won at Augusta National. "
        + "The fault began in its US-EAST-1 region. Europe held on at Bethpage Black."
    #expect(names(text, .place) == ["Earth", "Augusta National", "Europe", "Bethpage Black"])
}

@Test func observatoriesAndLaboratoriesAreInstitutions() {
    let text = "The Vera C. Rubin Observatory in Chile will spot it, said a scientist at University College London's "
        + "Mullard Space Science Laboratory."
    #expect(names(text, .organization) == ["Vera C. Rubin Observatory", "University College London", "Mullard Space Science Laboratory"])
    #expect(names(text, .person).isEmpty)
}

@Test func aTournamentOfSoManyNations() {
    let text = "Ireland kept their Six Nations hopes alive, and the United Nations said nothing."
    #expect(names(text, .organization) == ["United Nations"])
}

@Test func aSecondQuotationAfterAClauseThatNamesSomeoneElse() {
    let text = "\"I've dreamt of this since I was a little boy,\" McIlroy said, after he was helped into the green jacket by "
        + "Scottie Scheffler, last year's champion. \"I didn't know if this day would ever come.\""
    #expect(speakers(text) == ["McIlroy", "McIlroy"])
    // Not when the other person speaks in that sentence.
    let answered = "\"We were the better side,\" Smith said, before Tom Jones replied angrily. \"That is simply not true.\""
    #expect(speakers(answered) == ["Smith", nil])
}
