// Loads one content file: text, front matter and Markdown body, with every problem it has.

import Diagnostics

/// A content file after loading: its front matter parsed, its body not yet rendered.
public struct ArticleSource: Sendable {
    public var file: ContentFile
    public var frontMatter: FrontMatter
    public var body: String
    /// The file line on which the body starts, so Markdown positions map back to the file.
    public var bodyLine: Int
    /// A fingerprint of the file's text, to tell whether a cached rendering is still good.
    public var textHash: Int

    /// Reads and parses `file`. Returns nil (with diagnostics) when the file cannot be used at all.
    public static func load(_ file: ContentFile, isSectionIndex: Bool = false) -> (ArticleSource?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let text: String
        switch SourceText.read(absolutePath: file.absolutePath, displayPath: file.displayPath) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return (nil, diagnostics)
        case .success(let value):
            text = value
        }
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(text, file: file.displayPath) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return (nil, diagnostics)
        case .success(let value):
            split = value
        }
        var fields = YAMLFields(yaml: split.yaml, file: file.displayPath, firstLine: split.yamlLine)
        let frontMatter = FrontMatter.parse(&fields, requireTitle: !isSectionIndex,
                                            at: SourceLocation(file: file.displayPath, line: 1, column: 1))
        diagnostics.append(contentsOf: fields.diagnostics)
        return (ArticleSource(file: file, frontMatter: frontMatter, body: split.body, bodyLine: split.bodyLine, textHash: Hasher.hash(utf8: text)), diagnostics)
    }
}
