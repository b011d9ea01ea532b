// Reads a chart spec from YAML (the body of a ```chart block, or a .yml file), with errors at their line.

import CSV
import Diagnostics
import Foundation
import Yams

extension ChartSpec {
    static let knownKeys: Set<String> = [
        "type", "title", "subtitle", "source", "source_url", "note", "byline", "format", "unit", "currency", "decimals",
        "compact", "prefix", "suffix", "x", "y", "label", "value", "series", "data", "x_label", "y_label", "min", "max",
        "highlight", "annotations", "sort", "colors", "stacked", "small_multiples", "change",
    ]

    static let kindAliases: [String: (Kind, stacked: Bool, multiples: Bool)] = [
        "bar": (.bar, false, false), "horizontal-bar": (.bar, false, false), "grouped-bar": (.bar, false, false),
        "stacked-bar": (.bar, true, false), "column": (.column, false, false), "grouped-column": (.column, false, false),
        "stacked-column": (.column, true, false), "line": (.line, false, false), "small-multiples": (.line, false, true),
        "area": (.area, false, false), "stacked-area": (.area, true, false), "scatter": (.scatter, false, false),
        "pie": (.pie, false, false), "donut": (.donut, false, false), "doughnut": (.donut, false, false),
        "number": (.number, false, false), "big-number": (.number, false, false),
    ]

    /// Parses a spec. `loadFile` reads `data: path.csv` (relative to the site); it throws to report a missing file.
    public static func parse(yaml: String, loadFile: (String) throws -> String = { _ in throw ChartError("data files are not available here") }) throws(ChartError) -> ChartSpec {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw Self.error(from: error)
        } catch {
            throw ChartError("malformed YAML: \(error)")
        }
        guard let root, case .mapping(let mapping) = root else {
            throw ChartError("a chart is a set of `key: value` lines, starting with `type:` (bar, column, line, area, scatter, pie, donut or number)", line: 0)
        }
        var fields: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard knownKeys.contains(key) else {
                let hint = Suggestion.closest(to: key, in: knownKeys.sorted()).map { " (did you mean `\($0)`?)" } ?? ""
                throw ChartError("unknown chart key `\(key)`\(hint)", line: line(keyNode))
            }
            fields[key] = value
        }
        let reader = FieldReader(fields: fields)

        guard let typeNode = fields["type"] else { throw ChartError("missing `type:` (bar, column, line, area, scatter, pie, donut or number)", line: 0) }
        let typeName = try reader.string("type") ?? ""
        guard let kind = kindAliases[typeName.lowercased()] else {
            let hint = Suggestion.closest(to: typeName, in: kindAliases.keys.sorted()).map { " (did you mean `\($0)`?)" } ?? ""
            throw ChartError("unknown chart type `\(typeName)`\(hint); use bar, column, line, area, scatter, pie, donut or number", line: line(typeNode))
        }

        let table = try readTable(fields: fields, reader: reader, kind: kind.0, loadFile: loadFile)
        var spec = ChartSpec(kind: kind.0, table: table)
        spec.stacked = try reader.bool("stacked") ?? kind.stacked
        spec.smallMultiples = try reader.bool("small_multiples") ?? kind.multiples
        spec.title = try reader.string("title")
        spec.subtitle = try reader.string("subtitle")
        spec.note = try reader.string("note")
        spec.byline = try reader.string("byline")
        if case .mapping(let source)? = fields["source"] {
            let sourceReader = FieldReader(fields: Dictionary(source.map { ($0.key.string ?? "", $0.value) }, uniquingKeysWith: { a, _ in a }))
            spec.source = try sourceReader.string("name")
            spec.sourceURL = try sourceReader.string("url")
        } else {
            spec.source = try reader.string("source")
        }
        spec.sourceURL = try reader.string("source_url") ?? spec.sourceURL
        if let url = spec.sourceURL, !(url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("/")) {
            throw ChartError("`source_url` must be an http(s) address or a site path", line: line(fields["source_url"] ?? typeNode))
        }
        spec.format = try readFormat(fields: fields, reader: reader)
        spec.xLabel = try reader.string("x_label")
        spec.yLabel = try reader.string("y_label")
        spec.minimum = try reader.number("min")
        spec.maximum = try reader.number("max")
        if let low = spec.minimum, let high = spec.maximum, low >= high {
            throw ChartError("`min` must be below `max`", line: line(fields["min"]!))
        }
        spec.highlight = try reader.string("highlight")
        spec.change = try reader.string("change")
        if let sort = try reader.string("sort") {
            switch sort.lowercased() {
            case "none", "data": spec.sort = .none
            case "asc", "ascending": spec.sort = .ascending
            case "desc", "descending": spec.sort = .descending
            default: throw ChartError("`sort` must be ascending, descending or none", line: line(fields["sort"]!))
            }
        }
        spec.colors = try reader.strings("colors") ?? []
        for (i, color) in spec.colors.enumerated() where !Palette.isSafeColor(color) {
            throw ChartError("colour '\(color.prefix(30))' is not a CSS colour such as #1f77b4 or teal", line: line(fields["colors"]!) + (i > 0 ? 0 : 0))
        }
        spec.annotations = try readAnnotations(fields["annotations"])
        try mapColumns(&spec, fields: fields, reader: reader)
        return spec
    }

    // MARK: Data

    static func readTable(fields: [String: Node], reader: FieldReader, kind: Kind, loadFile: (String) throws -> String) throws(ChartError) -> DataTable {
        if let data = fields["data"] {
            switch data {
            case .sequence(let rows):
                return try tableFromRows(rows, at: line(data))
            case .scalar(let scalar):
                let text = scalar.string
                if !text.contains("\n") && !text.contains(",") {
                    let content: String
                    do {
                        content = try loadFile(text)
                    } catch let error as ChartError {
                        throw ChartError(error.message, line: line(data))
                    } catch {
                        throw ChartError("cannot read data file \(text): \(error)", line: line(data))
                    }
                    do {
                        return try DataTable.csv(content, firstLine: nil)
                    } catch {
                        throw ChartError("\(text): \(error.message)", line: line(data))
                    }
                }
                // A block scalar's text starts on the line after `data: |`.
                let first = scalar.style == .literal || scalar.style == .folded ? line(data) + 1 : line(data)
                return try DataTable.csv(text, firstLine: first)
            default:
                throw ChartError("`data` must be CSV text, a list of rows, or the path of a .csv file", line: line(data))
            }
        }
        if kind == .number, fields["value"] != nil { return DataTable(columns: [], rows: []) }
        if let seriesNode = fields["series"], let xNode = fields["x"], case .sequence(let xs) = xNode {
            return try tableFromSeries(x: xs, series: seriesNode)
        }
        throw ChartError("missing `data:` (CSV text, a list of rows, or a .csv file), or `x:` with `series:`", line: 0)
    }

    static func tableFromRows(_ rows: Node.Sequence, at dataLine: Int) throws(ChartError) -> DataTable {
        var columns: [String] = []
        var records: [[String: String]] = []
        var lines: [Int?] = []
        for row in rows {
            guard case .mapping(let mapping) = row else {
                throw ChartError("each row of `data` must be `key: value` pairs, e.g. `- {label: 2024, value: 12.5}`", line: line(row))
            }
            var record: [String: String] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                guard case .scalar(let scalar) = value else { throw ChartError("`\(name)` must be a single value", line: line(value)) }
                if !columns.contains(name) { columns.append(name) }
                record[name] = scalar.string == "~" || scalar.string == "null" ? "" : scalar.string
            }
            records.append(record)
            lines.append(line(row))
        }
        guard !records.isEmpty else { throw ChartError("`data` is empty", line: dataLine) }
        return DataTable(columns: columns, rows: records.map { r in columns.map { r[$0] ?? "" } }, rowLines: lines)
    }

    static func tableFromSeries(x: Node.Sequence, series: Node) throws(ChartError) -> DataTable {
        let xs = x.map { $0.string ?? "" }
        guard !xs.isEmpty else { throw ChartError("`x` is empty", line: line(series)) }
        guard case .sequence(let list) = series else { throw ChartError("`series` must be a list of `{name, values}`", line: line(series)) }
        var columns = ["x"]
        var values: [[String]] = []
        for item in list {
            guard case .mapping(let mapping) = item else { throw ChartError("each series needs `name:` and `values:`", line: line(item)) }
            var name = "Series \(columns.count)"
            var cells: [String]?
            for (key, value) in mapping {
                switch key.string {
                case "name": name = value.string ?? name
                case "values":
                    guard case .sequence(let seq) = value else { throw ChartError("`values` must be a list of numbers", line: line(value)) }
                    cells = seq.map { $0.string ?? "" }
                default: throw ChartError("unknown series key `\(key.string ?? "")`: use `name` and `values`", line: line(key))
                }
            }
            guard let cells else { throw ChartError("series `\(name)` has no `values:`", line: line(item)) }
            guard cells.count == xs.count else {
                throw ChartError("series `\(name)` has \(cells.count) values but `x` has \(xs.count)", line: line(item))
            }
            columns.append(name)
            values.append(cells)
        }
        let rows = xs.indices.map { i in [xs[i]] + values.map { $0[i] } }
        return DataTable(columns: columns, rows: rows)
    }

    static func mapColumns(_ spec: inout ChartSpec, fields: [String: Node], reader: FieldReader) throws(ChartError) {
        let table = spec.table
        if spec.kind == .number {
            spec.value = try reader.number("value")
            spec.valueLabel = try reader.string("label")
            if spec.value == nil {
                guard let column = table.columns.indices.first(where: table.isNumeric), let first = try table.numbers(column).compactMap({ $0 }).first else {
                    throw ChartError("a number card needs `value:`", line: 0)
                }
                spec.value = first
            }
            return
        }
        guard !table.rows.isEmpty else { throw ChartError("the data has no rows", line: fields["data"].map(line)) }
        func column(_ name: String, key: String) throws(ChartError) -> Int {
            if let index = table.index(of: name) { return index }
            let hint = Suggestion.closest(to: name, in: table.columns).map { " Did you mean `\($0)`?" } ?? ""
            throw ChartError("column `\(name)` is not in the data (columns: \(table.columns.joined(separator: ", "))).\(hint)", line: fields[key].map(line))
        }
        if case .scalar? = fields["x"], let name = try reader.string("x") {
            spec.xColumn = try column(name, key: "x")
        } else if case .scalar? = fields["label"], let name = try reader.string("label") {
            spec.xColumn = try column(name, key: "label")
        } else if let label = table.index(of: "label") {
            spec.xColumn = label
        } else {
            let value = table.index(of: "value")
            spec.xColumn = table.columns.indices.first { $0 != value && !table.isNumeric($0) } ?? table.columns.indices.first { $0 != value } ?? 0
        }
        if let names = try reader.stringOrStrings("y") {
            spec.seriesColumns = try names.map { name throws(ChartError) in try column(name, key: "y") }
        } else if case .scalar? = fields["value"], let name = try reader.string("value") {
            spec.seriesColumns = [try column(name, key: "value")]
        } else if let value = table.index(of: "value"), value != spec.xColumn {
            spec.seriesColumns = [value]
        } else {
            spec.seriesColumns = table.columns.indices.filter { $0 != spec.xColumn && table.isNumeric($0) }
            // No column reads as numbers: take the first one anyway, so the error names the bad cell.
            if spec.seriesColumns.isEmpty, let first = table.columns.indices.first(where: { $0 != spec.xColumn }) {
                spec.seriesColumns = [first]
            }
        }
        guard !spec.seriesColumns.isEmpty else {
            throw ChartError("no column of numbers to draw (columns: \(table.columns.joined(separator: ", "))); name one with `y:`", line: fields["data"].map(line) ?? 0)
        }
        for column in spec.seriesColumns { _ = try table.numbers(column) }
        if spec.kind == .scatter {
            spec.labelColumn = table.columns.indices.first { $0 != spec.xColumn && !spec.seriesColumns.contains($0) && !table.isNumeric($0) }
        }
        if spec.kind == .pie || spec.kind == .donut {
            spec.seriesColumns = [spec.seriesColumns[0]]
            for (r, value) in try table.numbers(spec.seriesColumns[0]).enumerated() where (value ?? 0) < 0 {
                throw ChartError("a pie cannot show the negative value \(table.rows[r][spec.seriesColumns[0]]); use a bar chart", line: table.rowLines[r])
            }
        }
    }

    // MARK: Format and annotations

    static func readFormat(fields: [String: Node], reader: FieldReader) throws(ChartError) -> NumberFormat {
        var format = NumberFormat()
        var formatReader = reader
        if case .mapping(let mapping)? = fields["format"] {
            formatReader = FieldReader(fields: Dictionary(mapping.map { ($0.key.string ?? "", $0.value) }, uniquingKeysWith: { a, _ in a }))
            if let style = try formatReader.string("style") { try apply(style: style, to: &format, at: fields["format"]!) }
        } else if let style = try reader.string("format") {
            try apply(style: style, to: &format, at: fields["format"]!)
        }
        if let currency = try formatReader.string("currency") {
            format.style = .currency
            format.currency = currency
        }
        if let decimals = try formatReader.number("decimals") {
            guard decimals >= 0, decimals <= 6, decimals == decimals.rounded() else { throw ChartError("`decimals` must be a whole number from 0 to 6", line: 0) }
            format.decimals = Int(decimals)
        }
        format.compact = try formatReader.bool("compact") ?? format.compact
        format.prefix = try formatReader.string("prefix") ?? format.prefix
        if let suffix = try formatReader.string("suffix") {
            format.suffix = suffix
        } else if let unit = try reader.string("unit") {
            format.suffix = " " + unit
        }
        return format
    }

    static func apply(style: String, to format: inout NumberFormat, at node: Node) throws(ChartError) {
        switch style.lowercased() {
        case "number", "plain": format.style = .number
        case "percent", "%": format.style = .percent
        case "currency", "money": format.style = .currency
        case "compact": format.compact = true
        default: throw ChartError("`format` must be number, percent, currency or compact", line: line(node))
        }
    }

    static func readAnnotations(_ node: Node?) throws(ChartError) -> [Annotation] {
        guard let node else { return [] }
        guard case .sequence(let list) = node else { throw ChartError("`annotations` must be a list", line: line(node)) }
        var result: [Annotation] = []
        for item in list {
            guard case .mapping(let mapping) = item else { throw ChartError("each annotation needs `label:` and `x:`, `y:` or both", line: line(item)) }
            let reader = FieldReader(fields: Dictionary(mapping.map { ($0.key.string ?? "", $0.value) }, uniquingKeysWith: { a, _ in a }))
            let label = try reader.string("label") ?? ""
            let x = try reader.string("x"), to = try reader.string("to"), y = try reader.number("y")
            let kind: Annotation.Kind
            if let type = try reader.string("type") {
                guard let k = Annotation.Kind(rawValue: type) else { throw ChartError("annotation type must be point, range or line", line: line(item)) }
                kind = k
            } else {
                kind = to != nil ? .range : (x == nil ? .line : .point)
            }
            if kind == .range && (x == nil || to == nil) { throw ChartError("a range annotation needs `x:` and `to:`", line: line(item)) }
            if kind == .line && y == nil && x == nil { throw ChartError("a line annotation needs `y:` (or `x:`)", line: line(item)) }
            if kind == .point && (x == nil || y == nil) { throw ChartError("a point annotation needs `x:` and `y:`", line: line(item)) }
            result.append(Annotation(kind: kind, x: x, to: to, y: y, label: label))
        }
        return result
    }

    // MARK: Helpers

    static func line(_ node: Node) -> Int { max(0, (node.mark?.line ?? 1) - 1) }

    static func error(from error: YamlError) -> ChartError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ChartError("malformed YAML: \(problem)", line: mark.line - 1, column: mark.column)
        default:
            return ChartError("malformed YAML: \(error)")
        }
    }
}

/// Typed reads of spec fields, each error at the value's line.
struct FieldReader {
    let fields: [String: Node]

    func string(_ key: String) throws(ChartError) -> String? {
        guard let node = fields[key] else { return nil }
        guard case .scalar(let scalar) = node else { throw ChartError("`\(key)` must be text", line: ChartSpec.line(node)) }
        return scalar.string
    }

    func stringOrStrings(_ key: String) throws(ChartError) -> [String]? {
        guard let node = fields[key] else { return nil }
        if case .scalar(let scalar) = node { return [scalar.string] }
        return try strings(key)
    }

    func strings(_ key: String) throws(ChartError) -> [String]? {
        guard let node = fields[key] else { return nil }
        guard case .sequence(let seq) = node else { throw ChartError("`\(key)` must be a list", line: ChartSpec.line(node)) }
        return seq.map { $0.string ?? "" }
    }

    func number(_ key: String) throws(ChartError) -> Double? {
        guard let node = fields[key] else { return nil }
        guard case .scalar(let scalar) = node, let value = NumberParse.value(scalar.string), value.isFinite else {
            throw ChartError("`\(key)` must be a number", line: ChartSpec.line(node))
        }
        return value
    }

    func bool(_ key: String) throws(ChartError) -> Bool? {
        guard let node = fields[key] else { return nil }
        switch node.string?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw ChartError("`\(key)` must be true or false", line: ChartSpec.line(node))
        }
    }
}
