// Renders ```table / ```csv blocks as accessible HTML tables: caption, header row, numeric columns aligned.

import CSV
import Diagnostics

/// A `table` block is CSV whose first row is the header. An optional first line `title: …` becomes the caption.
public struct CSVTableRenderer: BlockRenderer {
    public init() {}

    public func render(_ block: FencedBlock) throws -> String {
        var code = Substring(block.code)
        var caption: String?
        var lineOffset = 0
        if let firstLine = code.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first,
           firstLine.lowercased().hasPrefix("title:") {
            caption = String(firstLine.dropFirst("title:".count)).trimmingSpaces()
            code = code.dropFirst(firstLine.count + 1)
            lineOffset = 1
        }
        let rows: [CSVRow]
        do {
            rows = try CSV.parse(String(code))
        } catch {
            throw Diagnostic.error("table: \(error.message)", at: block.locationOfCodeLine(error.line + lineOffset))
        }
        guard let header = rows.first else {
            throw Diagnostic.error("table block is empty: write a header row, then one row per line", at: block.location)
        }
        var problems = DiagnosticList()
        for row in rows.dropFirst() where row.cells.count != header.cells.count {
            problems.error("table row has \(row.cells.count) cells but the header has \(header.cells.count)",
                           at: block.locationOfCodeLine(row.line + lineOffset))
        }
        if problems.hasErrors { throw problems }

        let body = rows.dropFirst().map(\.cells)
        let numeric = (0..<header.cells.count).map { column in
            let values = body.map { $0[column] }.filter { !$0.isEmpty }
            return !values.isEmpty && values.allSatisfy(NumberText.isNumeric)
        }
        let rowHeaders = !numeric[0] && header.cells.count > 1

        var html = "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(escapeHTML(caption ?? "Table"))\">\n<table>\n"
        if let caption { html += "<caption>\(escapeHTML(caption))</caption>\n" }
        html += "<thead>\n<tr>"
        for (column, name) in header.cells.enumerated() {
            html += numeric[column] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            html += escapeHTML(name) + "</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for cells in body {
            html += "<tr>"
            for (column, value) in cells.enumerated() {
                if column == 0 && rowHeaders {
                    html += "<th scope=\"row\">\(escapeHTML(value))</th>"
                } else {
                    html += numeric[column] ? "<td class=\"num\">" : "<td>"
                    html += escapeHTML(value) + "</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>"
        return html
    }
}

/// Recognises numbers as reports write them: `1,234.5`, `-3%`, `$2.50`, `€1.2bn`, `(42)`.
public enum NumberText {
    public static func isNumeric(_ text: String) -> Bool {
        var s = Substring(text.trimmingSpaces())
        if s.hasPrefix("(") && s.hasSuffix(")") { s = s.dropFirst().dropLast() }
        if let f = s.first, f == "-" || f == "+" || f == "−" { s = s.dropFirst() }
        while let f = s.first, "$£€¥₹".contains(f) { s = s.dropFirst() }
        for suffix in ["%", "bn", "m", "k", "x", "pp"] where s.lowercased().hasSuffix(suffix) {
            s = s.dropLast(suffix.count)
            break
        }
        let digits = s.filter { $0 != "," && $0 != "_" && $0 != " " }
        guard !digits.isEmpty, digits.first != ".", digits.filter({ $0 == "." }).count <= 1 else { return false }
        return digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}
