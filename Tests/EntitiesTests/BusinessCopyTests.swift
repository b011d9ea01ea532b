// Shapes of business and technology copy the extractor got wrong when first shown it: departments
// named for several fields, a shop named for a first name, a company's unit in apposition, a
// relative clause inside a description, praise quoted after "as", initials with "of", a parent
// company, co-operatives, a union of trades, a party's member as a title, firms named after their
// trade or their founder, guilds, hyphenated acronyms, federal courts with their districts and a firm
// whose name ends like a street.

@testable import Entities
import Testing

@Test func aRelativeClauseInsideADescriptionDescribesSomeoneElse() {
    // The firm she ran is described, not she; a girlfriend is a person.
    let text = "Caroline Ellison, his former girlfriend who ran the trading firm Alameda Research, testified against him."
    #expect(names(text, .person) == ["Caroline Ellison"])
    #expect(names(text, .organization) == ["Alameda Research"])
}

@Test func aShopNamedForAFirstName() {
    #expect(names("Sales at Sam's Club rose 5.2%.", .organization) == ["Sam's Club"])
    #expect(names("Sales at Sam's Club rose 5.2%.", .person).isEmpty)
    // A place's or a club's possessive before "Club" and more capitals is still the owner alone.
    #expect(names("Chelsea's Club World Cup win was a surprise.", .organization) == ["Chelsea"])
}

@Test func departmentsNamedForSeveralFields() {
    #expect(names("The minister said the Department for Science, Innovation and Technology was monitoring it.", .organization)
        == ["Department for Science, Innovation and Technology"])
    #expect(names("The Department for Levelling Up, Housing and Communities said councils would get more.", .organization)
        == ["Department for Levelling Up, Housing and Communities"])
    #expect(names("The Department for Digital, Culture, Media and Sport said so.", .organization)
        == ["Department for Digital, Culture, Media and Sport"])
    // Bodies listed after a department are bodies of their own.
    #expect(names("The Department of Health, NHS England and Public Health England issued guidance.", .organization)
        == ["Department of Health", "NHS England", "Public Health England"])
    #expect(names("The Department for Transport, Network Rail and train operators met.", .organization)
        == ["Department for Transport", "Network Rail"])
}

@Test func aCompanysUnitInApposition() {
    #expect(names("Openreach, BT's network arm, said its engineers were not involved.", .organization) == ["Openreach", "BT"])
    #expect(names("Waymo, Alphabet's self-driving unit, said it would expand.", .organization) == ["Waymo", "Alphabet"])
    // A job after the word for a unit is still a person's.
    #expect(names("Kalinda Moreau, a unit manager at the plant, said it was safe.", .person) == ["Kalinda Moreau"])
}

@Test func praiseQuotedAfterAs() {
    #expect(speakers("President Emmanuel Macron praised Mistral as “a European champion” of artificial intelligence.") == ["Emmanuel Macron"])
}

@Test func initialsWithOfAndWithoutACountry() {
    let boj = extractor.extract([TextBlock(.paragraph, "The Bank of Japan raised rates. BOJ Governor Kazuo Ueda spoke. The Department of Justice sued; the DOJ said it would appeal.")])
    #expect(boj.entities(of: .organization).map(\.name) == ["Bank of Japan", "Department of Justice"])
    #expect(boj.entities(of: .organization).map(\.aliases) == [["Bank of Japan", "BOJ"], ["Department of Justice", "DOJ"]])
    let sec = extractor.extract([TextBlock(.paragraph, "The US Securities and Exchange Commission approved the funds. SEC Chair Gary Gensler warned investors.")])
    #expect(sec.entities(of: .organization).map(\.aliases) == [["US Securities and Exchange Commission", "SEC"]])
}

@Test func aParentCompanyAndCoOperatives() {
    let text = "Alphabet, Google's parent, saw its shares fall."
    #expect(names(text, .organization) == ["Alphabet", "Google"])
    #expect(names(text, .person).isEmpty)
    #expect(names("The grocer Co-op was hit days later.", .organization) == ["Co-op"])
    #expect(names("Shares in the Co-operative Bank fell.", .organization) == ["Co-operative Bank"])
    // Other words with a lower-case tail still describe: "Paris-based".
    #expect(names("Paris-based Kestrel raised money.", .organization) == ["Kestrel"])
}

@Test func aUnionOfTradesGoesOnPastAnd() {
    #expect(names("said Mametlwe Sebei, president of the Building and Allied Workers Union of South Africa.", .organization)
        == ["Building and Allied Workers Union of South Africa"])
    // A ministry of something and a body of somewhere are two.
    #expect(names("The Ministry of Transport and Friends of Kathmandu met.", .organization) == ["Ministry of Transport", "Friends of Kathmandu"])
}

@Test func aPartysMemberBeforeTheName() {
    let found = extractor.extract([TextBlock(.paragraph, "“This bill is not a ban,” said Republican Mike Gallagher, one of its authors. Democrat Raja Krishnamoorthi called it “a matter of national security”.")])
    #expect(found.entities(of: .person).map(\.name) == ["Mike Gallagher", "Raja Krishnamoorthi"])
    #expect(found.quotes.map(\.speaker) == ["Mike Gallagher", "Raja Krishnamoorthi"])
    // Before words that are no one's name, the party's own name.
    #expect(names("The Republican National Committee met.", .organization) == ["Republican National Committee"])
    #expect(names("The Republican National Committee met.", .person).isEmpty)
}

@Test func firmsNamedAfterTheirTradeAndWhatSomeoneFounded() {
    #expect(names("“Cocoa is the new oil,” said Jonathan Parkman, head of agriculture at broker Marex.", .organization) == ["Marex"])
    #expect(names("Blue Origin, founded by Jeff Bezos, plans to fly its New Glenn rocket.", .organization) == ["Blue Origin"])
    #expect(names("Barry Callebaut, the world's largest cocoa processor, bought beans early.", .organization) == ["Barry Callebaut"])
    // A person after the same words is still a person.
    #expect(names("He spoke to the broker Jane Hollis.", .person) == ["Jane Hollis"])
}

@Test func guildsAndHyphenatedAcronyms() {
    #expect(names("Members of the Writers Guild of America have been on strike since May.", .organization) == ["Writers Guild of America"])
    let found = extractor.extract([TextBlock(.paragraph, "SAG-AFTRA president Fran Drescher told a news conference.")])
    #expect(found.entities(of: .organization).map(\.name) == ["SAG-AFTRA"])
    #expect(found.entities(of: .person).map(\.name) == ["Fran Drescher"])
}

@Test func federalCourtsWithTheirDistricts() {
    #expect(names("The case was heard in the U.S. District Court for the Southern District of New York on Monday.", .organization)
        == ["District Court for the Southern District of New York"])
    #expect(names("It filed in the US Bankruptcy Court for the District of Delaware.", .organization)
        == ["US Bankruptcy Court for the District of Delaware"])
}

@Test func aPossessiveWordOpensNoNameAndInitialsAfterAHyphen() {
    #expect(names("His Congress party nearly doubled its seats.", .organization) == ["Congress"])
    let psg = extractor.extract([TextBlock(.paragraph, "Paris Saint-Germain lost. PSG said it would appeal.")])
    #expect(psg.entities(of: .organization).map(\.aliases) == [["Paris Saint-Germain", "PSG"]])
}

@Test func aFirmWhoseNameEndsLikeAStreet() {
    let text = "“Flexible office space is not dead,” said Vince Tibone, an analyst at property research firm Green Street."
    #expect(names(text, .organization) == ["Green Street"])
    #expect(names(text, .place).isEmpty)
    #expect(names("Protesters gathered in Downing Street.", .place) == ["Downing Street"])
}
