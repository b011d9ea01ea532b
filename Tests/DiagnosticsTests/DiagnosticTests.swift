// Diagnostics print like compiler messages and sort stably.

import Diagnostics
import Testing

@Test func printsFileLineColumn() {
    let d = Diagnostic.error("front matter is never closed", at: SourceLocation(file: "content/a.md", line: 12, column: 3))
    #expect(d.description == "content/a.md:12:3: error: front matter is never closed")
}

@Test func leavesOutUnknownParts() {
    #expect(Diagnostic.warning("w", at: SourceLocation(file: "sitegen.yml")).description == "sitegen.yml: warning: w")
    #expect(Diagnostic.error("e", at: SourceLocation(file: "a.md", line: 4)).description == "a.md:4: error: e")
}

@Test func sortsByPlaceAndRemovesDuplicates() {
    var list = DiagnosticList()
    list.error("second", at: SourceLocation(file: "b.md", line: 1, column: 1))
    list.error("first", at: SourceLocation(file: "a.md", line: 9, column: 1))
    list.error("first", at: SourceLocation(file: "a.md", line: 9, column: 1))
    list.warning("third", at: SourceLocation(file: "b.md", line: 2, column: 1))
    #expect(list.sorted.map(\.message) == ["first", "second", "third"])
    #expect(list.errorCount == 3)
    #expect(list.warningCount == 1)
    #expect(list.hasErrors)
}

@Test func offsetsLocationsInsideBlocks() {
    let start = SourceLocation(file: "a.md", line: 10, column: 1)
    #expect(start.offset(lines: 3) == SourceLocation(file: "a.md", line: 13, column: 1))
}

@Test func suggestsTheClosestWord() {
    #expect(Suggestion.closest(to: "titel", in: ["title", "tags", "date"]) == "title")
    #expect(Suggestion.closest(to: "bra", in: ["area", "bar", "line"]) == "bar")
    #expect(Suggestion.closest(to: "zzz", in: ["title", "tags"]) == nil)
}
