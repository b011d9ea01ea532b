// Round 30 of unseen copy: bands and their members, a royal title's nickname, what a company does to its staff,
// and "he said" after a sentence whose subject spoke of someone else.

@testable import Entities
import Testing

@Test func aBandBeforeItsMembersJob() {
    let text = "Ozzy Osbourne, the Black Sabbath singer, reunited with guitarist Tony Iommi, bassist Geezer Butler and "
        + "drummer Bill Ward."
    #expect(names(text, .organization) == ["Black Sabbath"])
    #expect(names(text, .person) == ["Ozzy Osbourne", "Tony Iommi", "Geezer Butler", "Bill Ward"])
}

@Test func aRoyalTitleOfACommonNounIsANickname() {
    let text = "Ozzy Osbourne, known as the Prince of Darkness, has died. Aretha Franklin, the Queen of Soul, sang."
    #expect(names(text, .person) == ["Ozzy Osbourne", "Aretha Franklin"])
}

@Test func whatACompanyDoesToItsStaff() {
    let text = "Workers went on strike after the Dangote Petroleum Refinery dismissed hundreds of staff."
    #expect(names(text, .organization) == ["Dangote Petroleum Refinery"])
}

@Test func whereTheLadsAreFrom() {
    #expect(names("\"We were four lads from Aston who changed music,\" Tony Iommi wrote.", .place) == ["Aston"])
}

@Test func anAwardIsNoOrganisation() {
    #expect(names("Shai Gilgeous-Alexander, who was named finals MVP, scored 29.", .organization).isEmpty)
}

@Test func heMeansTheSubjectOfTheSentenceBefore() {
    let text = "Pacers coach Rick Carlisle said his team had been \"devastated\" by Tyrese Haliburton's injury. "
        + "\"It's the worst way for a season to end,\" he said."
    #expect(speakers(text) == ["Rick Carlisle"])
    // The subject is the one the sentence opens with, after a job in lower case, and not someone it names later.
    let named = "NNPC chief executive Bayo Ojulari said it was buying fuel from the refinery of Aliko Dangote. "
        + "\"Prices will come down as supply improves,\" he said."
    #expect(speakers(named) == ["Bayo Ojulari"])
}
