// Round 26 of unseen copy: a surname that opens with a saint's, titles with a country's initials inside,
// bases, fields of science in a body's name, where a rider rides, broadcasters after "told", stage races.

@testable import Entities
import Testing

@Test func aSurnameThatOpensWithASaints() {
    let text = "\"This partnership shows what we can do,\" said Karen St. Germain, who heads the division."
    #expect(names(text, .person) == ["Karen St. Germain"])
    #expect(speakers(text) == ["Karen St. Germain"])
}

@Test func anAssistantsTitleWithACountrysInitials() {
    let text = "\"He lied to his investors for years,\" said Assistant U.S. Attorney Lisa Okafor."
    #expect(names(text, .person) == ["Lisa Okafor"])
    #expect(speakers(text) == ["Lisa Okafor"])
}

@Test func aBaseIsAPlace() {
    #expect(names("It lifted off from Vandenberg Space Force Base in California.", .place) == ["Vandenberg Space Force Base", "California"])
}

@Test func sciencesJoinedByAndInABodysName() {
    #expect(names("The National Oceanic and Atmospheric Administration will use the data.", .organization)
            == ["National Oceanic and Atmospheric Administration"])
}

@Test func aNomineeDescribedAfterTheName() {
    let text = "Zohran Mamdani, the Democratic nominee for mayor, held a lead. \"New Yorkers are tired of paying more,\" Mamdani said."
    #expect(names(text, .person) == ["Zohran Mamdani"])
    #expect(speakers(text) == ["Zohran Mamdani"])
}

@Test func aNationsNounReferringBack() {
    #expect(speakers("Jonas Vingegaard now trails by three minutes. \"Tadej was just stronger today,\" the Dane said.") == ["Jonas Vingegaard"])
}

@Test func whereARiderRides() {
    let text = "Remco Evenepoel of Soudal Quick-Step lost time. Iga Swiatek of Poland won. Maria Smith, the daughter of John Smith, spoke."
    #expect(names(text, .organization) == ["Soudal Quick-Step"])
    #expect(names(text, .person) == ["Remco Evenepoel", "Iga Swiatek", "Maria Smith", "John Smith"])
}

@Test func aBroadcasterAfterTold() {
    let text = "\"I felt good on the climb,\" Tadej Pogačar told France Télévisions. He told Jordan Henderson so."
    #expect(names(text, .organization) == ["France Télévisions"])
    #expect(names(text, .person) == ["Tadej Pogačar", "Jordan Henderson"])
}

@Test func aStageRaceIsAnEvent() {
    let text = "Tadej Pogačar took control of the Tour de France. He has won the Giro d'Italia, in the Pyrenees."
    #expect(names(text, .organization).isEmpty)
    #expect(names(text, .place) == ["Pyrenees"])
}

@Test func aPollIsAnOrganisation() {
    #expect(names("said Lee Miringoff, director of the Marist Poll.", .organization) == ["Marist Poll"])
}
