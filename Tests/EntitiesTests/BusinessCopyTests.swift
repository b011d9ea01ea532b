// Shapes of business and technology copy the extractor got wrong when first shown it: departments
// named for several fields, a shop named for a first name, a company's unit in apposition, a
// relative clause inside a description, praise quoted after "as", initials with "of", a parent
// company, co-operatives and a union of trades.

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
    let found = extractor.extract([TextBlock(.paragraph, "President Emmanuel Macron praised Mistral as “a European champion” of artificial intelligence.")])
    #expect(found.quotes.map(\.speaker) == ["Emmanuel Macron"])
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
