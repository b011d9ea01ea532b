// An RFC 4180 CSV reader and writer: quoted fields, doubled quotes, commas and newlines inside quotes, a BOM, CRLF.

import Foundation

/// One parsed CSV record and the 0-based line of the text it starts on.
public struct CSVRow: Sendable, Equatable {
    public var cells: [String]
    public var line: Int

    public init(cells: [String], line: Int) {
        self.cells = cells
        self.line = line
    }
}

/// A CSV syntax problem, at a 0-based line of the text.
public struct CSVError: Error, Sendable, Equatable {
    public var message: String
    public var line: Int

    public init(message: String, line: Int) {
        self.message = message
        self.line = line
    }
}

/// Parsing and writing comma-separated values.
public enum CSV {
    /// Parses `text` into rows. Blank lines are skipped. Cells are not trimmed, except that a
    /// cell's surrounding spaces outside quotes are dropped.
    public static func parse(_ text: String) throws(CSVError) -> [CSVRow] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var rows: [CSVRow] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 0
        var rowLine = 0
        var quoted = false
        var wasQuoted = false
        var quoteLine = 0
        var i = 0

        func endCell() {
            var value = String(cell)
            if !wasQuoted { value = value.trimmingSpaces() }
            cells.append(value)
            cell = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRow() {
            endCell()
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append(CSVRow(cells: cells, line: rowLine)) }
            cells = []
        }

        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        cell.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    cell.append(c)
                }
            } else if c == "\"" && String(cell).trimmingSpaces().isEmpty {
                cell = String.UnicodeScalarView()
                quoted = true
                wasQuoted = true
                quoteLine = line
            } else if c == "," {
                endCell()
            } else if c == "\n" || c == "\r" {
                endRow()
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                line += 1
                rowLine = line
            } else if !wasQuoted {
                cell.append(c)
            } else if c != " " && c != "\t" {
                throw CSVError(message: "unexpected text after a closing quote", line: line)
            }
            i += 1
        }
        if quoted { throw CSVError(message: "quoted field is never closed", line: quoteLine) }
        if !cell.isEmpty || !cells.isEmpty || wasQuoted { endRow() }
        return rows
    }

    /// One field as CSV writes it: quoted when it holds a comma, a quote or a line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
