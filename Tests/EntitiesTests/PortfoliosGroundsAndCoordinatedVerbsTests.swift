// Round 21 of unseen copy: a portfolio before a minister's title, an office of two fields joined by
// "and", a given name that is also a connector, an endowment, a ground named like a possessive, an
// unknown owner of two words, and a verb after a quotation that the sentence's subject governs.

@testable import Entities
import Testing

@Test func aPortfolioBeforeAMinistersTitleIsNoOrganisation() {
    #expect(names("Local Government Minister Desmond McKenzie said so.", .organization).isEmpty)
    #expect(names("Local Government Minister Desmond McKenzie said so.", .person) == ["Desmond McKenzie"])
    // An institution before a title still is one.
    #expect(names("Bundesbank President Joachim Nagel spoke.", .organization) == ["Bundesbank"])
}

@Test func anOfficeOfTwoFieldsJoinedByAnd() {
    #expect(names("The Office of Disaster Preparedness and Emergency Management opened 881 shelters.", .organization)
        == ["Office of Disaster Preparedness and Emergency Management"])
}

@Test func aGivenNameThatIsAlsoAConnector() {
    #expect(names("The plan was backed by Commissioner Des Hogan on Monday.", .person) == ["Des Hogan"])
    // "The" opening a link's words is still no name's.
    #expect(names("This follows [The Philippines recalls its ambassador].", .place) == ["Philippines"])
}

@Test func anEndowmentIsAnOrganisation() {
    #expect(names("said Michael Kofman, a senior fellow at the Carnegie Endowment for International Peace.", .organization)
        == ["Carnegie Endowment for International Peace"])
}

@Test func aGroundNamedLikeAPossessive() {
    #expect(names("England beat India in the third Test at Lord's on Monday.", .place) == ["England", "India", "Lord's"])
}

@Test func anUnknownOwnerOfTwoWordsIsAPerson() {
    #expect(names("England won after Ravindra Jadeja's unbeaten 61 nearly took India to victory.", .person) == ["Ravindra Jadeja"])
    #expect(names("England won after Ravindra Jadeja's unbeaten 61 nearly took India to victory.", .organization).isEmpty)
}

@Test func aVerbJoinedByAndAfterAQuotationHasTheSubject() {
    let text = "President Volodymyr Zelensky called it \"an absolutely brilliant result\" in his address and praised SBU head Vasyl Maliuk."
    #expect(speakers(text) == ["Volodymyr Zelensky"])
    // A speaker named after the quotation still speaks.
    #expect(speakers("\"We will appeal,\" said Vasyl Maliuk.") == ["Vasyl Maliuk"])
}
