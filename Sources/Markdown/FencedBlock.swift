// The hook through which fenced code blocks (```table, ```chart, ...) become rich HTML.

import Diagnostics

/// A fenced code block handed to a `BlockRenderer`.
public struct FencedBlock: Sendable {
    /// The first word of the info string: `chart` in "```chart wide".
    public var language: String
    /// The rest of the info string after the first word, trimmed.
    public var arguments: String
    /// The block's text, without the fences.
    public var code: String
    /// Where the opening fence is; the block's first line of code is one below it.
    public var location: SourceLocation

    public init(language: String, arguments: String, code: String, location: SourceLocation) {
        self.language = language
        self.arguments = arguments
        self.code = code
        self.location = location
    }

    /// The location of line `index` (0-based) of the block's code, for errors inside the block.
    public func locationOfCodeLine(_ index: Int, column: Int = 1) -> SourceLocation {
        location.offset(lines: index + 1, column: column)
    }
}

/// Turns one kind of fenced block into HTML. Throw a `Diagnostic` (or `DiagnosticList`) to report bad input.
public protocol BlockRenderer: Sendable {
    func render(_ block: FencedBlock) throws -> String
}

/// Block renderers by info-string language.
public struct BlockRendererRegistry: Sendable {
    private var renderers: [String: any BlockRenderer] = [:]

    public init() {}

    public mutating func register(_ renderer: any BlockRenderer, for languages: String...) {
        for language in languages { renderers[language] = renderer }
    }

    public func renderer(for language: String) -> (any BlockRenderer)? {
        renderers[language]
    }

    /// The registry with sitegen's built-in blocks (`table`, `csv` and `pullquote`).
    public static var standard: BlockRendererRegistry {
        var registry = BlockRendererRegistry()
        registry.register(CSVTableRenderer(), for: "table", "csv")
        registry.register(PullQuoteRenderer(), for: "pullquote")
        return registry
    }
}
