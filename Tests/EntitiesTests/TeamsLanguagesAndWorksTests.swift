// Round 19 of unseen copy: a state's name for its team, the city after "in" once its club is named,
// a coalition's junior partner, a title described as a work, a language, and a court known by its name.

@testable import Entities
import Testing

@Test func aStatesNameForItsTeamOnceTheTextNamedIt() {
    let text = "The Oklahoma City Thunder beat the Indiana Pacers 103-91. Indiana coach Rick Carlisle praised his players."
    #expect(names(text, .organization) == ["Oklahoma City Thunder", "Indiana Pacers"])
    #expect(names(text, .place).isEmpty)
    #expect(names(text, .person) == ["Rick Carlisle"])
    // With no team named, the state.
    #expect(names("Indiana lawmakers met in Indianapolis.", .place) == ["Indiana", "Indianapolis"])
}

@Test func afterInTheCityAClubIsNamedFor() {
    let text = "Liverpool manager Arne Slot said so. Fans in Liverpool cheered."
    #expect(names(text, .organization) == ["Liverpool"])
    #expect(names(text, .place) == ["Liverpool"])
    // Not what money is put in.
    #expect(names("Liverpool manager Arne Slot said so. Investors took a stake in Liverpool.", .place).isEmpty)
}

@Test func anOrganisationsPartnerIsAnother() {
    let text = "The Liberal Democratic Party and its junior partner Komeito won 47 seats."
    #expect(names(text, .organization) == ["Liberal Democratic Party", "Komeito"])
    #expect(names(text, .person).isEmpty)
    // A person's partner is a person.
    #expect(names("His business partner Sam Jones agreed.", .person) == ["Sam Jones"])
}

@Test func aTitleDescribedAsAWorkIsNoPerson() {
    let found = extractor.extract([TextBlock(.paragraph, "Heart Lamp, a collection of short stories by the writer Banu Mushtaq, has won the prize.")])
    #expect(found.entities(of: .person).map(\.name) == ["Banu Mushtaq"])
    #expect(found.entities(of: .product).map(\.name) == ["Heart Lamp"])
}

@Test func aLanguageIsNoPlace() {
    #expect(names("It is the first book written in Kannada to win the prize.", .place).isEmpty)
    #expect(names("She speaks Swahili at home in Mombasa.", .place) == ["Mombasa"])
    #expect(Knowledge.standard.classes(of: "Kannada") == .language)
}

@Test func aCourtKnownByItsName() {
    #expect(names("He was convicted at the Old Bailey last month.", .organization) == ["Old Bailey"])
}
