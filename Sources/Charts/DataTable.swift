// The data behind a chart: named columns of text cells, read as numbers, dates or categories.

import CSV
import Foundation

/// Rows of cells under named columns, as they came from CSV or YAML.
public struct DataTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String]]
    /// The spec line each row came from (for errors), when known.
    public var rowLines: [Int?]

    public init(columns: [String], rows: [[String]], rowLines: [Int?]? = nil) {
        self.columns = columns
        self.rows = rows
        self.rowLines = rowLines ?? Array(repeating: nil, count: rows.count)
    }

    /// Parses CSV whose first row is the header. `firstLine` is the spec line of the CSV's first line.
    public static func csv(_ text: String, firstLine: Int?) throws(ChartError) -> DataTable {
        let parsed: [CSVRow]
        do {
            parsed = try CSV.parse(text)
        } catch {
            throw ChartError("data: \(error.message)", line: firstLine.map { $0 + error.line })
        }
        guard let header = parsed.first else { throw ChartError("data is empty: give a header row and at least one row", line: firstLine) }
        var rows: [[String]] = []
        var lines: [Int?] = []
        for row in parsed.dropFirst() {
            var cells = row.cells
            if cells.count > header.cells.count {
                throw ChartError("data row has \(cells.count) cells but the header has \(header.cells.count)", line: firstLine.map { $0 + row.line })
            }
            cells += Array(repeating: "", count: header.cells.count - cells.count)
            rows.append(cells)
            lines.append(firstLine.map { $0 + row.line })
        }
        return DataTable(columns: header.cells, rows: rows, rowLines: lines)
    }

    public func index(of column: String) -> Int? {
        columns.firstIndex(of: column) ?? columns.firstIndex { $0.lowercased() == column.lowercased() }
    }

    /// The column's cells as numbers; empty cells are missing values (nil).
    public func numbers(_ column: Int) throws(ChartError) -> [Double?] {
        var result: [Double?] = []
        result.reserveCapacity(rows.count)
        for (r, row) in rows.enumerated() {
            let cell = row[column]
            if cell.allSatisfy({ $0 == " " || $0 == "\t" }) {
                result.append(nil)
                continue
            }
            guard let value = NumberParse.value(cell) else {
                throw ChartError("'\(cell.prefix(40))' in column '\(columns[column])' is not a number", line: rowLines[r])
            }
            guard value.isFinite else {
                throw ChartError("'\(cell.prefix(40))' in column '\(columns[column])' is not a finite number", line: rowLines[r])
            }
            result.append(value)
        }
        return result
    }

    /// True when every non-empty cell of the column reads as a number. NaN and infinity count as
    /// numbers here, so that the column is drawn and `numbers(_:)` reports the bad cell at its line.
    public func isNumeric(_ column: Int) -> Bool {
        var seen = false
        for row in rows where !row[column].allSatisfy({ $0 == " " || $0 == "\t" }) {
            guard NumberParse.value(row[column]) != nil else { return false }
            seen = true
        }
        return seen
    }

    /// The table as CSV text, for the download link.
    public var csvText: String {
        ([columns] + rows).map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

/// Reads numbers as data files write them: `1,234.5`, `-3%`, `$2.50`, `(42)`, `1.2e6`.
public enum NumberParse {
    public static func value(_ text: String) -> Double? {
        // A plain number, the commonest cell, parses as it is: whatever Double reads here, the steps
        // below (trimming, a sign, currency, a percent sign) would read the same way.
        if let value = Double(text) { return value }
        var s = Substring(text).trimmedSpaces
        var negative = false
        if s.hasPrefix("(") && s.hasSuffix(")") {
            negative = true
            s = s.dropFirst().dropLast()
        }
        if let first = s.first, first == "-" || first == "−" || first == "+" {
            negative = negative != (first != "+")
            s = s.dropFirst()
        }
        while let first = s.first, "$£€¥₹".contains(first) { s = s.dropFirst() }
        if s.hasSuffix("%") { s = s.dropLast() }
        // Fast path: plain ASCII digits parse directly.
        if let value = Double(s) { return negative ? -value : value }
        let cleaned = s.filter { $0 != "," && $0 != "_" && $0 != " " && $0 != "\u{202F}" }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "-" || $0 == "+") }),
              let value = Double(cleaned) else {
            let lowered = Substring(text).trimmedSpaces.lowercased()
            if ["nan", "inf", "infinity", "-inf", "-infinity", "+inf"].contains(lowered) { return .nan }
            return nil
        }
        return negative ? -value : value
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs (Foundation's trimming is slow for per-cell work).
    var trimmedSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
