// Round 36 of unseen copy: wire copy's state abbreviations, towns by their shape and in lists, a team's record.

@testable import Entities
import Testing

@Test func aStateAbbreviatedAfterATown() {
    let text = "ORCHARD PARK, N.Y. (AP) — The game ended late. Police in Lakeland, Fla., said so. LOS ANGELES, Calif. (AP) — Rain fell."
    #expect(names(text, .place) == ["ORCHARD PARK", "New York", "Lakeland", "Florida", "Los Angeles", "California"])
    #expect(names(text, .organization) == ["AP"])
    // Not without the town and its comma: "Mass." opening a sentence is no state.
    #expect(names("Mass. protests followed in Boston.", .place) == ["Boston"])
}

@Test func aTownNamedForWhatItStandsOn() {
    #expect(names("She lives in Stoke-on-Trent and works near Boulogne-sur-Mer. Jean-Pierre Dupont met her.", .place)
        == ["Stoke-on-Trent", "Boulogne-sur-Mer"])
}

@Test func unknownNamesInAListOfPlaces() {
    let text = "Staff in Carlisle, Barrow-in-Furness and Kendal went back to paper. Faith in Powell, Lagarde and Bailey fell."
    #expect(names(text, .place) == ["Carlisle", "Barrow-in-Furness", "Kendal"])
    // Two names are no such list (what else says the first is a place is another matter).
    #expect(names("Offices in Carlisle and Kendal shut.", .place) == ["Carlisle"])
    #expect(names("The villages near the Ravi and Sutlej rivers flooded.", .place) == ["Ravi", "Sutlej"])
}

@Test func aCityStandsForTheClubTheTextNamed() {
    let text = "The Buffalo Bills beat the Kansas City Chiefs 30-27. James Cook ran for 112 yards for Buffalo (9-3), which has won "
        + "five straight. \"We had our chances,\" Kansas City coach Andy Reid said."
    let found = extractor.extract([TextBlock(.paragraph, text)])
    #expect(found.entities(of: .organization).map(\.name) == ["Buffalo Bills", "Kansas City Chiefs"])
    #expect(found.entities(of: .organization).map(\.mentions) == [2, 2])
    #expect(found.entities(of: .place).isEmpty)
}

@Test func senInsideAName() {
    #expect(names("Gaura Sen Gupta, chief economist at IDFC First Bank, said so.", .person) == ["Gaura Sen Gupta"])
    #expect(names("Vermont Sen Bernie Sanders said so.", .person) == ["Bernie Sanders"])
}

@Test func broadcastersTold() {
    let text = "Darren Cahill coaches him. \"He has found another gear,\" Cahill told Sky Sport Italia."
    #expect(names(text, .organization) == ["Sky Sport Italia"])
    #expect(extractor.extract([TextBlock(.paragraph, text)]).quotes.first?.speaker == "Darren Cahill")
}

@Test func aGroupsNameForItself() {
    #expect(names("A gang calling itself Qilin posted the files.", .organization) == ["Qilin"])
}
