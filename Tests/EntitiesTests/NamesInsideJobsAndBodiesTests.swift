// Names unseen copy took wrongly: a region inside a job's name, a newspaper named with a particle,
// a committee's short name given with "known as", a research centre "for the Study of" something,
// a region joined by "and" after a sentence's first word, and a sports event's "Finals".

@testable import Entities
import Testing

@Test func aPlaceInsideAJobIsNoPerson() {
    let text = "\"It was stronger than expected,\" said Alberto Ramos, chief Latin America economist at Goldman Sachs. \"They want credibility.\""
    #expect(names(text, .person) == ["Alberto Ramos"])
    #expect(names(text, .place) == ["Latin America"])
    // With no person in between, the quotation that follows in the paragraph is the same speaker's.
    #expect(speakers(text) == ["Alberto Ramos", "Alberto Ramos"])
    // A job before a person's name is still a cue.
    #expect(names("The bank's chief economist Jane Foley said so.", .person) == ["Jane Foley"])
}

@Test func aKindOfOrganisationBeforeANameWithAParticle() {
    let text = "His chief of staff, Rui Costa, told the newspaper Folha de S.Paulo that the plans stood."
    #expect(names(text, .organization) == ["Folha de S.Paulo"])
    #expect(names(text, .person) == ["Rui Costa"])
    // A job before the name keeps it a person's ("the developer" is a job too).
    #expect(names("The case was brought by the lawyer Ana de Souza.", .person) == ["Ana de Souza"])
}

@Test func aBodysShortNameAfterKnownAs() {
    #expect(names("The bank's rate-setting committee, known as Copom, said it would act.", .organization) == ["Copom"])
    // After a person's description, "known as" gives a nickname, not a body.
    #expect(names("The striker, known as Pelé, scored twice.", .organization).isEmpty)
}

@Test func aCentreForTheStudyOfSomething() {
    #expect(names("Sanjay Kumar, a scientist at the Centre for the Study of Developing Societies, said so.", .organization)
        == ["Centre for the Study of Developing Societies"])
    // "for the" after a company's name is no part of it.
    #expect(names("Shares in Helix Robotics Inc for the first time fell.", .organization) == ["Helix Robotics Inc"])
}

@Test func aRegionJoinedByAndAfterASentencesFirstWord() {
    #expect(names("In Jammu and Kashmir, voting began.", .place) == ["Jammu and Kashmir"])
    #expect(names("In Jammu, voting began. Kashmir waited.", .place) == ["Jammu", "Kashmir"])
}

@Test func aSportsFinalsIsAnEvent() {
    #expect(names("Jannik Sinner retained his ATP Finals title on Sunday.", .organization).isEmpty)
    #expect(names("Jannik Sinner retained his ATP Finals title on Sunday.", .person) == ["Jannik Sinner"])
}
