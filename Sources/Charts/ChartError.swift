// A problem with a chart spec or its data, at a line of the spec text.

/// Bad chart input. `line` counts from 0 at the spec's first line; nil when no line applies.
public struct ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        guard let line else { return message }
        return "line \(line + 1): \(message)"
    }
}
