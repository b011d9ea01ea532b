// The byte-keyed table behind the word lists and gazetteers: same answers as a dictionary, capitals folded on request.

@testable import Entities
import Testing

@Test func byteTableAnswersLikeTheDictionaryItWasMadeFrom() {
    var pairs: [String: Int] = [:]
    for i in 0..<5_000 { pairs["word\(i)"] = i }
    pairs["minister"] = -1
    let table = ByteTable(pairs)
    for (key, value) in pairs { #expect(table.value(key) == value) }
    #expect(table.value("word5000") == nil)
    #expect(table.value("") == nil)
    #expect(table.value("minister") == -1)
    // Capitals fold only when asked to, and only onto keys written in lower case.
    #expect(table.value("Minister") == nil)
    #expect(table.value("MINISTER", foldingCase: true) == -1)
    #expect(table.value("minister\u{0}", foldingCase: true) == nil)
    let bytes = Array("the Minister said".utf8)
    #expect(bytes.withUnsafeBufferPointer { table.value(UnsafeBufferPointer(rebasing: $0[4..<12]), foldingCase: true) } == -1)
}

@Test func emptyByteTableFindsNothing() {
    let table = ByteTable<Int>()
    #expect(table.isEmpty)
    #expect(table.value("anything") == nil)
    #expect(ByteTable<Int>([:]).value("x") == nil)
}

@Test func aBigTableWithItsFilterStillFindsEveryKey() {
    // Past `filteredCapacity` the table answers most absent keys from its filter: it must never turn
    // away a key it holds, folded or not.
    var pairs: [String: Int] = [:]
    for i in 0..<(ByteTable<Int>.filteredCapacity + 1_000) { pairs["name \(i)"] = i }
    let table = ByteTable(pairs)
    for (key, value) in pairs {
        #expect(table.value(key) == value)
        #expect(table.value(key.uppercased(), foldingCase: true) == value)
    }
    var passed = 0
    for i in 0..<10_000 where table.value("absent \(i)") != nil { passed += 1 }
    #expect(passed == 0)
}
