// What a chart shows: its type, furniture, number format, annotations and data mapping.

/// A chart to draw. Build one with `ChartSpec.parse(yaml:loadFile:)` or in code.
public struct ChartSpec: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case bar, column, line, area, scatter, pie, donut, number
    }

    public enum Sort: String, Sendable {
        case none, ascending, descending
    }

    /// A labelled point with a connector, a shaded range of x values, or a reference line at a y value.
    public struct Annotation: Sendable, Equatable {
        public enum Kind: String, Sendable { case point, range, line }
        public var kind: Kind
        public var x: String?
        public var to: String?
        public var y: Double?
        public var label: String

        public init(kind: Kind, x: String? = nil, to: String? = nil, y: Double? = nil, label: String) {
            self.kind = kind
            self.x = x
            self.to = to
            self.y = y
            self.label = label
        }
    }

    public var kind: Kind
    public var stacked = false
    public var smallMultiples = false
    public var title: String?
    public var subtitle: String?
    public var source: String?
    public var sourceURL: String?
    public var note: String?
    public var byline: String?
    public var format = NumberFormat()
    public var xLabel: String?
    public var yLabel: String?
    public var minimum: Double?
    public var maximum: Double?
    /// A series name or a category label drawn in colour while the rest are muted.
    public var highlight: String?
    public var annotations: [Annotation] = []
    public var sort: Sort = .none
    /// CSS colours for the series, overriding the palette.
    public var colors: [String] = []
    public var table: DataTable
    public var xColumn = 0
    public var seriesColumns: [Int] = []
    /// For a scatter plot whose x is a number column: the column that names each point.
    public var labelColumn: Int?
    /// The big number card's value, label and change line.
    public var value: Double?
    public var valueLabel: String?
    public var change: String?

    public init(kind: Kind, table: DataTable) {
        self.kind = kind
        self.table = table
    }

    public var seriesNames: [String] { seriesColumns.map { table.columns[$0] } }
    public var categories: [String] { table.rows.map { $0[xColumn] } }
}
