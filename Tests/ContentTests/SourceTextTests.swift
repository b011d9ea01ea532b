// Content files must be non-empty UTF-8; the error says where the first bad byte is.

@testable import Content
import Testing

@Test func emptyFileIsAnError() {
    guard case .failure(let d) = SourceText.decode(Array("  \n\n".utf8), displayPath: "content/a.md") else {
        Issue.record("expected a failure")
        return
    }
    #expect(d.description.hasPrefix("content/a.md:1:1: error: file is empty"))
}

@Test func invalidUTF8NamesLineAndColumn() {
    let bytes = Array("---\ntitle: ab".utf8) + [0xC3, 0x28] + Array("\n---\n".utf8)
    guard case .failure(let d) = SourceText.decode(bytes, displayPath: "content/a.md") else {
        Issue.record("expected a failure")
        return
    }
    #expect(d.location.line == 2)
    #expect(d.location.column == 10)
    #expect(d.message.contains("UTF-8"))
}

@Test func dropsAByteOrderMark() throws {
    let text = try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("---".utf8), displayPath: "a.md").get()
    #expect(text == "---")
}
