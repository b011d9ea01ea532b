// Round 24 of unseen copy: speakers referred to by their age or by a party's or a nation's word and
// a role, and a second quotation of a sentence whose first one names someone.

@testable import Entities
import Testing

@Test func aSpeakerReferredToByAge() {
    let text = "Tejashwi Yadav conceded defeat in Patna. \"We accept the mandate, but our fight will go on,\" the 36-year-old said."
    #expect(speakers(text) == ["Tejashwi Yadav"])
}

@Test func aSpeakerReferredToByPartyAndRole() {
    let text = "Opposition leader Mark Weston said the plan would hit families. \"This is a tax on the people,\" the Conservative councillor said."
    #expect(speakers(text) == ["Mark Weston"])
    // With no party or nation, a role no one was given is someone new: kept without a speaker.
    #expect(speakers("Tom Reid was jailed for six years. \"You showed no remorse at all,\" the judge said.") == [nil])
    // Nor is it guessed when the paragraph names two people.
    let two = "Mark Weston and Ann Lee spoke. \"This is a tax on the people,\" the Conservative councillor said."
    #expect(speakers(two) == [nil])
}

@Test func aSecondQuotationAfterOneThatNamesSomeone() {
    let text = "Meta disagreed with the ruling. \"We will appeal to the Court of Justice of the European Union,\" the company said in a statement, "
        + "adding that its offer was \"one of the most privacy-protective\" in the industry. Meta has 3 billion users and Meta is big."
    #expect(speakers(text) == ["Meta", "Meta"])
    // A quotation that ends its sentence ends the search for a speaker there.
    let ended = "Bankman-Fried had told the jury: \"I made a lot of mistakes.\" His lawyer, Mark Cohen, described him as \"a math nerd who did not drink\"."
    #expect(speakers(ended) == ["Bankman-Fried", "Mark Cohen"])
    // A speaker before the first quotation still speaks the second.
    #expect(speakers("Tom Baker spoke. He said the plan was \"dead on arrival\" and added that it was \"a complete disgrace to us all\".")
            == ["Tom Baker", "Tom Baker"])
}

@Test func placesThatSayWhatKindTheyAre() {
    let text = "The debris blocked the river Lonza and filled the Lötschental valley in the canton of Valais."
    #expect(names(text, .place) == ["Lonza", "Lötschental", "Valais"])
    #expect(names(text, .organization).isEmpty)
    #expect(names("Trains were cancelled at Temple Meads station on Monday.", .place) == ["Temple Meads"])
    // Not a company's filling station.
    #expect(names("A Shell station was closed.", .place).isEmpty)
}

@Test func aRangeWithTheNationsPartOfItNamed() {
    #expect(names("The village lies in the Swiss Alps, far from the Andes.", .place) == ["Swiss Alps", "Andes"])
    // A nation's word before a town is still the town alone.
    #expect(names("Troops pushed into Russian Kursk.", .place) == ["Kursk"])
}

@Test func aBodyForWhatItLooksAfter() {
    #expect(names("The Federal Office for the Environment said it would review hazard maps.", .organization) == ["Federal Office for the Environment"])
    // Not a party before what it campaigns for.
    #expect(names("She campaigned with the Labour Party for the European elections.", .organization) == ["Labour Party"])
}

@Test func aFieldBeforeAndInABodysName() {
    #expect(names("The Computer and Communications Industry Association said the ruling would chill investment.", .organization)
            == ["Computer and Communications Industry Association"])
}

@Test func aWordThatDescribesAPlaceOpeningASentence() {
    #expect(names("Neighbouring Peru has also faced protests. War-torn Sudan has too.", .place) == ["Peru", "Sudan"])
    #expect(names("Neighbouring Peru has also faced protests.", .organization).isEmpty)
    // Not a noun that opens a company's name, nor a club's first word.
    #expect(names("Air France flew on. Real Madrid won.", .organization) == ["Air France", "Real Madrid"])
}

@Test func britishSpellingsAreEnglishWords() {
    #expect(Knowledge.standard.isEnglishWord("neighbouring"))
    #expect(Knowledge.standard.isEnglishWord("Favourite"))
    #expect(!Knowledge.standard.isEnglishWord("Seymour"))
}

@Test func whoOwnsOrRunsItMakesAnOrganisation() {
    let text = "Output at state-owned Codelco fell. Kremlin-controlled Gazprom cut supplies to Russian-held Melitopol."
    #expect(names(text, .organization) == ["Codelco", "Gazprom"])
    #expect(names(text, .place) == ["Melitopol"])
    #expect(names("He met US-backed Juan Guaidó.", .person) == ["Juan Guaidó"])
}

@Test func aNameSetOffAfterWhatItIs() {
    #expect(names("Chile's copper commission, Cochilco, expects prices to rise.", .organization) == ["Cochilco"])
}

@Test func aRoyalIsNamedWithTheTitle() {
    #expect(names("Prince William presented the trophy to Queen Camilla.", .person) == ["Prince William", "Queen Camilla"])
    // With a number the name is whole without it; a title before someone's full name is dropped as ever.
    #expect(names("King Felipe VI visited. Princess Anne Smith spoke.", .person) == ["Felipe VI", "Anne Smith"])
}

@Test func aPartyByItsMembers() {
    #expect(names("The Conservatives want exemptions for small traders.", .organization) == ["Conservatives"])
}

@Test func whomAFilmStars() {
    #expect(names("The prize went to a film starring Renate Reinsve, which was shot in Oslo.", .person) == ["Renate Reinsve"])
}

@Test func aPlaceDescribedByWhatItIs() {
    let text = "Workers at Escondida, the world's largest copper mine, walked off the job."
    #expect(names(text, .place) == ["Escondida"])
    #expect(names(text, .organization).isEmpty)
}

@Test func showCourtsAndPalacesAreVenues() {
    #expect(names("Jannik Sinner won on Centre Court.", .place) == ["Centre Court"])
    #expect(names("He was cheered in the Palais des Festivals, then met Giorgia Meloni at Palazzo Chigi.", .place)
            == ["Palais des Festivals", "Palazzo Chigi"])
}

@Test func aPartysFactionInBrackets() {
    let text = "The alliance of Janata Dal (United) and the Communist Party of India (Marxist) won. Apple (Cupertino) fell."
    #expect(names(text, .organization) == ["Janata Dal (United)", "Communist Party of India (Marxist)", "Apple"])
}
