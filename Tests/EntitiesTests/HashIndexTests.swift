// The per-document hash index: the same answers as a dictionary through growth, in-place updates,
// value replacement and removal, keyed by names or by entity keys; and words compared on their bytes.

@testable import Entities
import Testing

@Test func nameIndexAnswersLikeADictionary() {
    var index = NameIndex<Int>(minimumCapacity: 4)
    var reference: [String: Int] = [:]
    // Short names (stored inline), long ones, non-ASCII ones, and the empty name, through several growths.
    let names = (0..<3_000).map { "Name \($0)" } + ["Zürich", "São Paulo", "", "A very long organisation name of the kind news copy gives"]
    for (i, name) in names.enumerated() {
        let added = index.insertIfMissing(name, i), again = index.insertIfMissing(name, -1)
        #expect(added && !again)
        reference[name] = i
    }
    #expect(index.count == reference.count)
    for (name, value) in reference { #expect(index[name] == value) }
    #expect(index["Name 3000"] == nil)
    #expect(index["name 1"] == nil)

    index["Name 7"] = 70
    #expect(index["Name 7"] == 70)
    index.update("Name 8", default: 0) { $0 += 1 }
    index.update("New", default: 10) { $0 += 1 }
    #expect(index["Name 8"] == 9)
    #expect(index["New"] == 11)

    index.replaceValues(where: { $0 < 3 }, with: -5)
    #expect(index["Name 0"] == -5 && index["Name 2"] == -5 && index["Name 3"] == 3)
}

@Test func entityRecordsAreKeyedByKindAndNameAndCanBeRemoved() {
    var records = HashIndex<EntityKey, Int>(minimumCapacity: 2)
    let place = EntityKey(kind: .place, name: "Liverpool"), club = EntityKey(kind: .organization, name: "Liverpool")
    #expect(records.update(place, default: 0) { $0 += 1; return $0 } == 1)
    #expect(records.update(place, default: 0) { $0 += 1; return $0 } == 2)
    records[club] = 10
    #expect(records[place] == 2 && records[club] == 10 && records.count == 2)
    #expect(records[EntityKey(kind: .person, name: "Liverpool")] == nil)

    // A removed key answers nil, is left out of the values, and can come back.
    records[place] = nil
    #expect(records[place] == nil && records.count == 1 && records.allValues == [10])
    #expect(records.updateIfPresent(place) { $0 += 1 } == nil)
    #expect(records.updateIfPresent(club) { $0 += 1; return $0 } == 11)
    #expect(records.insertIfMissing(place, 5) && !records.insertIfMissing(place, 6))
    #expect(records[place] == 5 && records.count == 2)

    // Through growth, with removals along the way.
    var reference: [EntityKey: Int] = [place: 5, club: 11]
    for i in 0..<500 {
        let key = EntityKey(kind: EntityKind.allCases[i % 4], name: "Name \(i / 4)")
        records[key] = i
        reference[key] = i
        if i % 7 == 0 {
            records[key] = nil
            reference[key] = nil
        }
    }
    #expect(records.count == reference.count)
    for (key, value) in reference { #expect(records[key] == value) }
    #expect(records.allValues.sorted() == reference.values.sorted())
}

@Test func emptyNameIndexFindsNothing() {
    let index = NameIndex<String>()
    #expect(index.isEmpty)
    #expect(index["anything"] == nil)
}

@Test func wordsAreComparedOnTheirBytesInAnyCase() {
    let bytes = Array("Of the PERCENT, per cent".utf8)
    let tokens = Tokenizer.tokenize(bytes)
    #expect(Tokenizer.isWord(tokens[0], "of", in: bytes))
    #expect(!Tokenizer.isWord(tokens[0], "on", in: bytes))
    #expect(!Tokenizer.isWord(tokens[1], "then", in: bytes))
    #expect(Tokenizer.isWord(tokens[2], "percent", in: bytes))
    #expect(!Tokenizer.isWord(tokens[3], "per", in: bytes))      // the comma
    #expect(Tokenizer.isWord(tokens[4], "per", in: bytes))
}
