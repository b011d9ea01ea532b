// Round 25 of unseen copy: the Congos by the names news gives them, peers by their titles, grounds with
// no word that says so, a club by its town after "with", and a party before its leader's job.

@testable import Entities
import Testing

@Test func theCongosByTheNamesNewsGivesThem() {
    let text = "Fighting spread in the Democratic Republic of the Congo. Cases rose in eastern DRC and in the Democratic Republic of Congo. "
        + "The Republic of the Congo is next door."
    #expect(names(text, .place) == ["Democratic Republic of Congo", "Republic of Congo"])
}

@Test func aPeerByTheTitleAndOneName() {
    let text = "\"The car dealers were not acting as agents,\" Lord Reed, the court's president, said. Lord Leggatt agreed."
    #expect(names(text, .person) == ["Lord Reed", "Lord Leggatt"])
    #expect(speakers(text) == ["Lord Reed"])
    // With a given name and a surname, the title goes as any other does.
    #expect(names("Lord Sebastian Coe spoke.", .person) == ["Sebastian Coe"])
}

@Test func groundsWithNoWordThatSaysSo() {
    #expect(names("He signed a six-year contract at Anfield.", .place) == ["Anfield"])
    #expect(names("He signed a six-year contract at Anfield.", .organization).isEmpty)
}

@Test func aClubByItsTownAfterWith() {
    let text = "Liverpool signed Alexander Isak from Newcastle United. The striker, who refused to train with Newcastle, "
        + "said he loved Newcastle as a city. Fans in Newcastle were angry."
    #expect(names(text, .organization) == ["Newcastle United"])
    #expect(names(text, .place).contains("Newcastle"))
    // Not a town whose orchestra the text named.
    #expect(names("Figures from Seattle Philharmonic rose. The show ends with Seattle.", .place) == ["Seattle"])
}

@Test func aPartyBeforeItsLeadersJob() {
    let text = "His vice chancellor and finance minister, SPD leader Lars Klingbeil, said the coalition would work."
    #expect(names(text, .person) == ["Lars Klingbeil"])
    #expect(names(text, .organization) == ["SPD"])
    #expect(names("Its chief executive, Isabella Rossi, said no.", .person) == ["Isabella Rossi"])
}
