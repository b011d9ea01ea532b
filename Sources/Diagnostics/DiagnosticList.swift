// Collects every problem of a run so that all of them are reported together, in a stable order.

/// The diagnostics of one build or command. Value type: each task gathers its own, then they are merged.
public struct DiagnosticList: Sendable, Error, CustomStringConvertible {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    public mutating func error(_ message: String, at location: SourceLocation) {
        items.append(.error(message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation) {
        items.append(.warning(message, at: location))
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { items.count { $0.severity == .error } }
    public var warningCount: Int { items.count { $0.severity == .warning } }
    public var isEmpty: Bool { items.isEmpty }

    /// Sorted by file, line and column, duplicates removed, so output does not depend on task timing.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items
            .sorted { ($0.location, $0.severity.rawValue, $0.message) < ($1.location, $1.severity.rawValue, $1.message) }
            .filter { seen.insert($0).inserted }
    }

    public var description: String {
        sorted.map(\.description).joined(separator: "\n")
    }
}
