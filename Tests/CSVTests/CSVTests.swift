// CSV parsing edge cases and field quoting.

import CSV
import Testing

@Test func csvHandlesQuotesNewlinesBOMAndCRLF() throws {
    let rows = try CSV.parse("\u{FEFF}name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\"\r\n\r\nx,\n")
    #expect(rows.map(\.cells) == [["name", "note"], ["Smith, J", "said \"hi\"\nthen left"], ["x", ""]])
    #expect(rows.map(\.line) == [0, 1, 4])
}

@Test func csvReportsAnUnclosedQuote() {
    #expect(throws: CSVError(message: "quoted field is never closed", line: 1)) { try CSV.parse("a\n\"b\n") }
}

@Test func quotesFieldsOnlyWhenNeeded() {
    #expect(CSV.field("plain") == "plain")
    #expect(CSV.field("a, b") == "\"a, b\"")
    #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
}

@Test func spacesAroundUnquotedCellsAreTrimmed() throws {
    #expect(try CSV.parse(" a , b \n").map(\.cells) == [["a", "b"]])
    #expect(throws: CSVError.self) { try CSV.parse("\"a\" x,b\n") }
}
