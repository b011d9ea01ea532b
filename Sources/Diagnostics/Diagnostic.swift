// A problem found in the user's input, with the place it was found, printed like a compiler message.

/// A position in a source file. Lines and columns start at 1; 0 means "unknown".
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The location `lines` further down the same file, e.g. a line inside a fenced block.
    public func offset(lines: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: column ?? self.column)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// `file:line:col`, leaving out the parts that are unknown.
    public var place: String {
        var place = file
        if line > 0 {
            place += ":\(line)"
            if column > 0 { place += ":\(column)" }
        }
        return place
    }
}

/// An error or warning about the user's input.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `file:line:col: error: message`, leaving out the parts that are unknown.
    public var description: String {
        "\(location.place): \(severity.rawValue): \(message)"
    }
}
