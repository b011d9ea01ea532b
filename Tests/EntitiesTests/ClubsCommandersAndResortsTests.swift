// Round 31 of unseen copy: clubs opened by a sponsor's or an old word, commanders and their commands, resorts,
// people named in a list of people, and a place beside another.

@testable import Entities
import Testing

@Test func clubsOpenedByAWordOfTheirOwn() {
    let text = "Real Madrid lost to Celta Vigo. Xabi Alonso led Bayer Leverkusen to the title. Bayer shares rose."
    #expect(names(text, .organization) == ["Real Madrid", "Celta Vigo", "Bayer Leverkusen", "Bayer"])
}

@Test func aCommanderAndHisCommand() {
    let text = "Commander Dominic Murphy, head of the Metropolitan Police's Counter Terrorism Command, said Carr was dangerous."
    #expect(names(text, .person) == ["Dominic Murphy"])
    #expect(names(text, .organization) == ["Metropolitan Police", "Counter Terrorism Command"])
}

@Test func aResortOfSomewhere() {
    #expect(names("Negotiators met in the Egyptian resort of Sharm el-Sheikh on Monday.", .place) == ["Sharm el-Sheikh"])
}

@Test func peopleNamedAmongPeople() {
    #expect(names("Alonso had clashed with senior players including Vinícius Júnior.", .person) == ["Vinícius Júnior"])
}

@Test func aPlaceCloseToAnother() {
    let text = "The epicentre was near Sagaing, close to Mandalay. It toppled a bridge over the Irrawaddy."
    #expect(names(text, .place) == ["Sagaing", "Mandalay", "Irrawaddy"])
}

@Test func groundsNamedForPeople() {
    #expect(names("Kylian Mbappé was booed at the Santiago Bernabéu on Sunday.", .place) == ["Santiago Bernabéu"])
}
