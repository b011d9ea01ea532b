// Round 38 of unseen copy: an English judge's style, bodies of two places, peoples, parliaments and dioceses.

@testable import Entities
import Testing

@Test func anEnglishJudgesStyleIsOneTitle() {
    let text = "Sentencing him, Mrs Justice Cheema-Grubb said: \"You will never be released.\" Mr Justice Fordham agreed."
    #expect(names(text, .person) == ["Cheema-Grubb", "Fordham"])
    #expect(extractor.extract([TextBlock(.paragraph, text)]).quotes.first?.speaker == "Cheema-Grubb")
}

@Test func aBodyOfTwoPlaces() {
    let text = "The England and Wales Cricket Board said so. Trade between the UK and China Investment Corp grew."
    #expect(names(text, .organization) == ["England and Wales Cricket Board", "China Investment"])
}

@Test func peoplesAndParliaments() {
    let text = "Residents of remote First Nations communities were flown out. The budget must pass the Diet. Diet drinks sell."
    #expect(names(text, .organization) == ["Diet"])
    #expect(extractor.extract([TextBlock(.paragraph, text)]).entities(of: .organization).first?.mentions == 1)
}

@Test func aDioceseAndAnArea() {
    let text = "The Catholic Diocese of Kontagora said parents gathered. Gunmen stormed a school in the Agwara area."
    #expect(names(text, .organization) == ["Catholic Diocese of Kontagora"])
    #expect(names(text, .place) == ["Agwara"])
}

@Test func whereSomeoneIsFromAfterTheirAge() {
    #expect(names("Kyle Clifford, 26, from Enfield in north London, was jailed.", .place) == ["Enfield", "London"])
}

@Test func aBritishSpellingOfAJobsField() {
    #expect(names("Defence lawyer Celso Vilardi said he would appeal.", .organization).isEmpty)
    #expect(names("Defence lawyer Celso Vilardi said he would appeal.", .person) == ["Celso Vilardi"])
}

@Test func aVerbAfterTheCommaIsNoDescription() {
    let text = "Its creative director, Demna, who moved from sister label Balenciaga, showed his first collection."
    #expect(names(text, .organization) == ["Balenciaga"])
    #expect(names(text, .product).isEmpty)
}
