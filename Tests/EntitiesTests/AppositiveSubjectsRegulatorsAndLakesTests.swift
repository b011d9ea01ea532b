// Round 32 of unseen copy: a subject named in apposition to its job, a regulator with a field before its kind,
// journals and broadcasts by name, a university by its town, and titles inside places' names.

@testable import Entities
import Testing

@Test func sheMeansTheSubjectNamedInApposition() {
    let text = "Culture Minister Rachida Dati said no one had been hurt. The museum's director, Laurence des Cars, told senators "
        + "that its cameras covered only part of the building. \"We failed to protect these treasures,\" she said."
    #expect(speakers(text) == ["Laurence des Cars"])
}

@Test func aJobAfterABusinessWordIsStillAJob() {
    let text = "\"Our members deserve a contract,\" said Tom Boelling, the district's directing business representative."
    #expect(names(text, .person) == ["Tom Boelling"])
    #expect(speakers(text) == ["Tom Boelling"])
}

@Test func aRegulatorWithItsFieldBeforeItsKind() {
    let text = "The Swiss National Bank and the financial regulator Finma backed the plan. The former chancellor Reeves spoke."
    #expect(names(text, .organization) == ["Swiss National Bank", "Finma"])
    #expect(names(text, .person) == ["Reeves"])
}

@Test func journalsAndBroadcastsByName() {
    let text = "The trial was published in the Lancet on Thursday. \"We got it wrong,\" Ben Stokes told BBC Test Match Special."
    #expect(names(text, .organization) == ["Lancet", "BBC Test Match Special"])
}

@Test func aUniversityByItsTown() {
    let text = "A vaccine developed at the University of Oxford cut cases, said the director of Oxford's Jenner Institute. "
        + "Oxford's mayor welcomed it."
    #expect(names(text, .organization) == ["University of Oxford", "Jenner Institute"])
}

@Test func aTitleInsideAPlacesName() {
    let text = "The highway runs between Lady Bird Lake and the river, and protesters gathered in King Street."
    #expect(names(text, .place) == ["Lady Bird Lake", "King Street"])
    #expect(names(text, .person).isEmpty)
}
