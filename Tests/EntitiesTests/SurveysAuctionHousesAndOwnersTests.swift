// Round 20 of unseen copy: a science's survey is a body, names that end like a possessive on the hand
// list, the UN opening a sentence, an owner is no product, a town in a region of a country, and a
// short name that is not the body named for a place.

@testable import Entities
import Testing

@Test func aSurveyOfAScienceIsTheBodyThatMakesIt() {
    #expect(names("The quake struck on Friday, the United States Geological Survey said.", .organization) == ["United States Geological Survey"])
    #expect(names("The Ordnance Survey said its maps were used.", .organization) == ["Ordnance Survey"])
    // A survey named for what it counts is no body.
    #expect(names("The Labour Force Survey showed it.", .organization).isEmpty)
}

@Test func namesThatEndLikeAPossessive() {
    let text = "A portrait sold at Sotheby's in New York. Rival auction house Christie's holds its sales next week."
    #expect(names(text, .organization) == ["Sotheby's", "Christie's"])
}

@Test func theUNOpeningASentence() {
    #expect(names("UN relief chief Tom Fletcher said teams were on their way.", .organization) == ["UN"])
    #expect(names("UN relief chief Tom Fletcher said teams were on their way.", .person) == ["Tom Fletcher"])
}

@Test func anOwnerIsNoProduct() {
    let text = "Sales of Elon Musk's company slumped. Musk's politics hurt the brand."
    #expect(names(text, .person) == ["Elon Musk"])
    #expect(extractor.extract([TextBlock(.paragraph, text)]).entities(of: .product).isEmpty)
}

@Test func aTownInARegionOfACountry() {
    #expect(names("The quake struck near Sagaing in central Myanmar on Friday.", .place) == ["Sagaing", "Myanmar"])
}

@Test func aShortNameIsNotTheBodyNamedForAPlace() {
    #expect(names("NHS England said care would go on. Every strike costs the NHS money.", .organization) == ["NHS England", "NHS"])
    // A company's first word is the company.
    #expect(names("Northwind Logistics said so. Northwind agreed.", .organization) == ["Northwind Logistics"])
}
