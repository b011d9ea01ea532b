// Names unseen copy cut or took wrongly: a name whose own last letters look like a possessive, clubs
// named by a word that is also an English word or a given name, fields joined by "and", and the
// short forms a text uses for a name it gave in full ("M&S", "Corrêa do Lago").

@testable import Entities
import Testing

@Test func aNameInApostropheSWithNothingToOwnKeepsIt() {
    let text = "Claire's, the accessories chain, filed for bankruptcy. Claire's was a mall brand."
    #expect(names(text, .organization) == ["Claire's"])
    // A known company's possessive, elliptical ("led by BlackRock's [fund]"), is still the company.
    #expect(names("Funds have drawn billions, led by BlackRock's. Apple's shares rose.", .organization) == ["BlackRock", "Apple"])
    // Inside a body's name, after a title: "the Information Commissioner's Office".
    #expect(names("It told the Information Commissioner's Office within days.", .organization) == ["Information Commissioner's Office"])
}

@Test func clubsNamedByAWordAndACity() {
    #expect(names("Xabi Alonso left in May to coach Real Madrid.", .organization) == ["Real Madrid"])
    #expect(names("Xabi Alonso left in May to coach Real Madrid.", .person) == ["Xabi Alonso"])
    #expect(names("Union Berlin and Hertha Berlin drew. He later joined Inter Milan.", .organization) == ["Union Berlin", "Hertha Berlin", "Inter Milan"])
    // A plural that opens a sentence before "of" describes what follows, which is not a person.
    #expect(names("Fans of Real Madrid were happy.", .person).isEmpty)
    #expect(names("Actors Billy Crystal and Meg Ryan came.", .person) == ["Billy Crystal", "Meg Ryan"])
}

@Test func aCitysClubBeforeAJobOfTwoWords() {
    let text = "Liverpool completed the signing. \"He makes everyone better,\" Liverpool head coach Arne Slot said."
    #expect(names(text, .organization) == ["Liverpool"])
    #expect(names(text, .place).isEmpty)
    #expect(names("Leverkusen sporting director Simon Rolfes said no.", .organization) == ["Leverkusen"])
}

@Test func aScienceBeforeAndIsAFieldOfTheBodysName() {
    #expect(names("Minister Aurora Williams said the National Geology and Mining Service would investigate.", .organization)
        == ["National Geology and Mining Service"])
    #expect(names("Shares in Sony and Geology Partners Ltd rose.", .organization) == ["Sony", "Geology Partners"])
}

@Test func shortFormsOfNamesGivenInFull() {
    #expect(names("Marks & Spencer said profit fell. Shares in M&S have fallen.", .organization) == ["Marks & Spencer"])
    #expect(names("Procter & Gamble raised prices. P&G said demand held.", .person).isEmpty)
    let summit = "The summit's president, André Corrêa do Lago, defended it. \"We have kept 1.5 alive,\" Corrêa do Lago told delegates."
    #expect(names(summit, .person) == ["André Corrêa do Lago"])
    #expect(names(summit, .organization).isEmpty)
    #expect(speakers(summit) == ["André Corrêa do Lago"])
    #expect(names("President Luiz Inácio Lula da Silva spoke. Lula da Silva said no.", .person) == ["Luiz Inácio Lula da Silva"])
}

@Test func anOrganisationBeforeWhatItHoldsOrWrites() {
    #expect(names("The final text of the United Nations summit in the Amazon made no mention of it.", .organization) == ["United Nations"])
    #expect(names("Researchers at Norland Institute for Global Health report a breakthrough.", .organization) == ["Norland Institute for Global Health"])
    // What is named for a place or a person is still a thing.
    #expect(names("The Davis Cup final and the Dubai Airshow opened.", .organization).isEmpty)
}

@Test func tropicalOpensAStormsNameOnlyBeforeAStorm() {
    #expect(names("Norway pledged money to the Tropical Forest Forever Facility.", .organization) == ["Tropical Forest Forever Facility"])
    #expect(names("Tropical Storm Alberto hit Mexico. Alberto weakened.", .person).isEmpty)
}

@Test func sheMeansTheLastSentencesSubjectOverThoseItsVerbsName() {
    // Neither given name says a sex: the subject of the sentence before is meant, not whom she beat.
    let text = "Takaichi, 64, beat Shinjiro Koizumi in the race to succeed Shigeru Ishiba. \"I will work,\" she told party members."
    #expect(speakers("Sanae Takaichi won. " + text) == ["Sanae Takaichi"])
    // A given name of that sex still comes first.
    #expect(speakers("Tom Hale met Maria Lopez. \"We agreed,\" she said.") == ["Maria Lopez"])
}

@Test func townsOfTwoWordsAreKnownPlaces() {
    let text = "The fire burned from Pacific Palisades to Santa Monica. Meta, based in Menlo Park, and Palo Alto startups grew."
    #expect(names(text, .place) == ["Pacific Palisades", "Santa Monica", "Menlo Park", "Palo Alto"])
    #expect(names(text, .person).isEmpty)
    // After a word for what a company is, such a name is the company's, not a person's either.
    let deal = "Oracle, the software company co-founded by Larry Ellison, private equity firm Silver Lake and MGX would each own 15%."
    #expect(names(deal, .organization) == ["Oracle", "Silver Lake", "MGX"])
    // A kind of organisation before a name describes that name, not the one before the comma.
    #expect(names(deal, .person) == ["Larry Ellison"])
}

@Test func aFieldBeforeATitleNamesNoBody() {
    #expect(names("Fire Chief Kristin Crowley spoke.", .organization).isEmpty)
    #expect(names("Tesla Chief Executive Elon Musk spoke.", .organization) == ["Tesla"])
    #expect(names("Mehmet Oz, who runs the Centers for Medicare and Medicaid Services, said so.", .organization)
        == ["Centers for Medicare and Medicaid Services"])
    #expect(names("The Department of Justice and Goldman Sachs Group settled.", .organization) == ["Department of Justice", "Goldman Sachs Group"])
}

@Test func whatAPersonIsWithoutAJob() {
    let text = "The refinery is owned by Aliko Dangote, the continent's richest man. \"We will not be blackmailed,\" Dangote said."
    #expect(names(text, .person) == ["Aliko Dangote"])
    #expect(speakers(text) == ["Aliko Dangote"])
}

@Test func foreignBodiesAndOneAcronymWithOrWithoutStops() {
    let text = "said Yann Rivoallan, president of the Fédération Française du Prêt-à-Porter Féminin. Galeries Lafayette said it had ended its links."
    #expect(names(text, .organization) == ["Fédération Française du Prêt-à-Porter Féminin", "Galeries Lafayette"])
    #expect(names("The head of UNRWA, the UN agency for refugees, spoke. U.N. aid chief Tom Fletcher called for calm.", .organization) == ["UNRWA", "UN"])
    #expect(names("The US said no. U.S. officials agreed.", .place) == ["United States"])
}

@Test func anAdjectiveThatOpensABodysNameAtASentencesStart() {
    #expect(names("International Monetary Fund managing director Kristalina Georgieva congratulated Milei.", .organization)
        == ["International Monetary Fund"])
    #expect(names("National Energy Agency figures show demand rose.", .organization) == ["National Energy Agency"])
    // An ordinary word opening the sentence stays out.
    #expect(names("Despite Acme Holdings Corp shares falling, it grew.", .organization) == ["Acme Holdings Corp"])
}

@Test func aNationalityBeforeAPlaceIsNoPartOfItsName() {
    #expect(names("India struck nine sites in Pakistan and Pakistani Kashmir early on Wednesday.", .place) == ["India", "Pakistan", "Kashmir"])
    #expect(names("American Samoa voted. British Columbia burned.", .place) == ["American Samoa", "British Columbia"])
}
