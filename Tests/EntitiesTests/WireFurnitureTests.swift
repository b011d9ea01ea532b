// The lines wire copy carries around a story: credits for reporting and editing, a byline with the
// reporter's employer, and a picture's caption and credit.

@testable import Entities
import Testing

@Test func creditsForReportingAndEditingNamePeople() {
    let text = "(Reporting by David Shepardson in Washington; Additional reporting by Jasper Ward; Editing by Chizu Nomiyama and Will Dunham)"
    #expect(names(text, .person) == ["David Shepardson", "Jasper Ward", "Chizu Nomiyama", "Will Dunham"])
    #expect(names(text, .organization).isEmpty)
    // A given name that is also a common word, inside a sentence, before a surname.
    #expect(names("He met Will Jones.", .person) == ["Will Jones"])
    #expect(names("The firm was bought by Will Group.", .person).isEmpty)
}

@Test func aBylineWithTheReportersEmployer() {
    #expect(names("By Jane Smith and Tom Jones, BBC News", .person) == ["Jane Smith", "Tom Jones"])
    #expect(names("By Jane Smith and Tom Jones, BBC News", .organization) == ["BBC News"])
    // An organisation's description naming another organisation still makes it one.
    #expect(names("Gavi, the Vaccine Alliance, said so.", .person).isEmpty)
}

@Test func aPicturesCaptionAndCredit() {
    let caption = "FILE - President Joe Biden speaks at the White House, Jan. 5, 2024. (AP Photo/Evan Vucci, File)"
    #expect(names(caption, .organization) == ["White House"])
    #expect(names(caption, .person) == ["Joe Biden", "Evan Vucci"])
    #expect(names("A worker walks past a logo in Wolfsburg, Germany. REUTERS/Fabian Bimmer/File Photo", .person) == ["Fabian Bimmer"])
}
