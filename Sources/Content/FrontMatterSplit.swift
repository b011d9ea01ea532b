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
    public static func split(_ text: String, file: String) -> Result<FrontMatterSplit, Diagnostic> {
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let opening = lines.first.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 } ?? ""
        guard opening.trimmingTrailingSpaces() == "---" else {
            return .failure(.error("expected front matter: the file must start with a `---` line, then `title: …`, then `---`",
                                   at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let rest = lines.count > 1 ? lines.removeLast() : ""
        var offset = rest.startIndex
        var lineNumber = 2
        while offset < rest.endIndex {
            let lineEnd = rest[offset...].firstIndex(of: "\n") ?? rest.endIndex
            var line = rest[offset..<lineEnd]
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmingTrailingSpaces() == "---" || line.trimmingTrailingSpaces() == "..." {
                let bodyStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : rest.endIndex
                return .success(FrontMatterSplit(yaml: String(rest[rest.startIndex..<offset]), yamlLine: 2,
                                                 body: String(rest[bodyStart...]), bodyLine: lineNumber + 1))
            }
            lineNumber += 1
            offset = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : rest.endIndex
        }
        return .failure(.error("front matter opened here is never closed: add a `---` line after the last `key: value` line",
                               at: SourceLocation(file: file, line: 1, column: 1)))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
