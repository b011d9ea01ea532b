// Separates the YAML front matter between `---` lines from the Markdown body.

import Diagnostics

/// The two parts of a content file.
public struct FrontMatterSplit: Sendable {
    public var yaml: String
    /// Line of the file where the YAML starts (2 when the file opens with `---`).
    public var yamlLine: Int
    public var body: String
    /// Line of the file where the body starts.
    public var bodyLine: Int

    /// Splits `text`. A file with no front matter at all, or one whose `---` is never closed, is an error.
    /// Lines end at a line feed, with or without a carriage return before it (files saved on Windows).
    public static func split(_ text: String, file: String) -> Result<FrontMatterSplit, Diagnostic> {
        var text = text
        switch text.withUTF8(fences) {
        case .noOpening:
            return .failure(.error("expected front matter: the file must start with a `---` line, then `title: …`, then `---`",
                                   at: SourceLocation(file: file, line: 1, column: 1)))
        case .unclosed:
            return .failure(.error("front matter opened here is never closed: add a `---` line after the last `key: value` line",
                                   at: SourceLocation(file: file, line: 1, column: 1)))
        case .found(let yaml, let body, let bodyLine):
            // Every offset is just after a line feed, so each part is whole UTF-8.
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return .success(FrontMatterSplit(yaml: String(text[index(yaml.lowerBound)..<index(yaml.upperBound)]), yamlLine: 2,
                                             body: String(text[index(body)...]), bodyLine: bodyLine))
        }
    }

    private enum Fences {
        case noOpening, unclosed
        /// Byte ranges: the YAML between the fences, where the body starts, and its line.
        case found(yaml: Range<Int>, body: Int, bodyLine: Int)
    }

    /// Finds the `---` lines on UTF-8 bytes: as Characters, "\r\n" is one character, so no line of
    /// a Windows file ended and its front matter was never found.
    private static func fences(in bytes: UnsafeBufferPointer<UInt8>) -> Fences {
        func lineEnd(from start: Int) -> Int {
            var i = start
            while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
            return i
        }
        /// Whether the line is `mark` three times, then only spaces, tabs or a carriage return.
        func isFence(_ start: Int, _ end: Int, _ mark: UInt8) -> Bool {
            var end = end
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            while end > start && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
            return end - start == 3 && bytes[start] == mark && bytes[start + 1] == mark && bytes[start + 2] == mark
        }
        let firstEnd = lineEnd(from: 0)
        guard isFence(0, firstEnd, UInt8(ascii: "-")) else { return .noOpening }
        let yamlStart = min(firstEnd + 1, bytes.count)
        var offset = yamlStart
        var lineNumber = 2
        while offset < bytes.count {
            let end = lineEnd(from: offset)
            if isFence(offset, end, UInt8(ascii: "-")) || isFence(offset, end, UInt8(ascii: ".")) {
                return .found(yaml: yamlStart..<offset, body: min(end + 1, bytes.count), bodyLine: lineNumber + 1)
            }
            lineNumber += 1
            offset = min(end + 1, bytes.count)
        }
        return .unclosed
    }
}
