// Names written with more than the name: a place of several words made a describing word before them
// ("Hong Kong-listed Alibaba"), and a company named by its web address ("Amazon.com").

@testable import Entities
import Testing

@Test func aPlaceOfSeveralWordsMadeADescribingWord() {
    for (text, place, organization) in [
        ("Shares of Hong Kong-listed Alibaba rose.", "Hong Kong", "Alibaba"),
        ("San Francisco-based Anthropic said so.", "San Francisco", "Anthropic"),
        ("Silicon Valley-based Nvidia rose.", "Silicon Valley", "Nvidia"),
        ("Shares of Paris-based Mistral AI rose.", "Paris", "Mistral AI"),
    ] {
        #expect(names(text, .place) == [place], "\(text)")
        #expect(names(text, .organization) == [organization], "\(text)")
        #expect(names(text, .person).isEmpty, "\(text)")
    }
}

@Test func aCompanyNamedByItsWebAddress() {
    #expect(names("Booking.com said so.", .organization) == ["Booking.com"])
    #expect(names("Amazon.com Inc reported results.", .organization) == ["Amazon.com"])
    // A full stop between sentences with no space after it is still one.
    let tokens = Tokenizer.tokenize(Array("Prices rose.The end.".utf8))
    #expect(tokens.filter { $0.kind == .word }.count == 4)
}
