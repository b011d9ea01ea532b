// The numbers a chart draws, taken from its table once: categories, series values, colours.

/// Series values by row, after sorting, with each series' paint.
struct SeriesData {
    var names: [String]
    /// values[series][row]; nil is a missing value.
    var values: [[Double?]]
    var categories: [String]
    /// Names of the points of a scatter plot (from its label column), else the categories.
    var pointLabels: [String]
    let spec: ChartSpec
    /// How the x column reads, worked out once for both sizes of the chart.
    private(set) var x: XValues = .categories([])

    init(_ spec: ChartSpec) throws(ChartError) {
        self.spec = spec
        names = spec.seriesNames
        var values: [[Double?]] = []
        for column in spec.seriesColumns { values.append(try spec.table.numbers(column)) }
        self.values = values
        categories = spec.categories
        pointLabels = spec.labelColumn.map { column in spec.table.rows.map { $0[column] } } ?? categories
        if spec.sort != .none, [.bar, .column, .pie, .donut].contains(spec.kind), let first = values.first {
            let order = first.indices.sorted { a, b in
                let va = first[a] ?? -.infinity, vb = first[b] ?? -.infinity
                return spec.sort == .ascending ? (va, a) < (vb, b) : (va, b) > (vb, a)
            }
            self.values = values.map { column in order.map { column[$0] } }
            categories = order.map { categories[$0] }
        }
        x = spec.kind == .column ? .categories(categories) : XValues.read(categories)
    }

    var rowCount: Int { categories.count }

    /// Smallest and largest value, stacked sums when `stacked`, ignoring missing values.
    func extent(stacked: Bool) -> (Double, Double)? {
        var low = Double.infinity, high = -Double.infinity
        for row in 0..<rowCount {
            if stacked {
                var stack = Stack()
                for series in values {
                    let segment = stack.place(series[row] ?? 0)
                    low = min(low, segment.to)
                    high = max(high, segment.to)
                }
            } else {
                for series in values { if let v = series[row] { low = min(low, v); high = max(high, v) } }
            }
        }
        return low.isFinite ? (low, high) : nil
    }

    /// One row's bars, series by series, skipping missing values: each spans `from`–`to` in data
    /// units, stacked on the previous bar when the spec stacks, else from zero.
    func bars(row: Int) -> [(series: Int, value: Double, from: Double, to: Double,
                              paint: (fill: String, stroke: String, fillStyle: String?, strokeStyle: String?))] {
        var stack = Stack()
        return values.enumerated().compactMap { s, series in
            guard let value = series[row] else { return nil }
            let span = spec.stacked ? stack.place(value) : (from: 0, to: value)
            return (s, value, span.from, span.to, paint(series: s, category: categories[row]))
        }
    }

    /// Whether every value is an integer, as counts are; such an axis should not tick at 0.2.
    var wholeNumbers: Bool {
        values.allSatisfy { series in series.allSatisfy { ($0 ?? 0).rounded() == ($0 ?? 0) } }
    }

    /// Class names (and an explicit style when the spec names colours) for series `index`; muted when
    /// another series or category is highlighted.
    func paint(series index: Int, category: String? = nil) -> (fill: String, stroke: String, fillStyle: String?, strokeStyle: String?) {
        var muted = false
        if let highlight = spec.highlight {
            if names.contains(highlight) { muted = names[index] != highlight }
            else if let category { muted = category != highlight }
        }
        if muted { return ("fm", "km", nil, nil) }
        if index < spec.colors.count {
            return ("", "", "fill:\(spec.colors[index])", "stroke:\(spec.colors[index])")
        }
        let n = index % Palette.light.count + 1
        return ("f\(n)", "k\(n)", nil, nil)
    }
}

/// Stacks one row's values: positives upwards from zero, negatives downwards.
struct Stack {
    private var positive = 0.0
    private var negative = 0.0

    /// The segment a value takes: from `base` to `base + value`.
    mutating func place(_ value: Double) -> (from: Double, to: Double) {
        let base = value >= 0 ? positive : negative
        if value >= 0 { positive += value } else { negative += value }
        return (base, base + value)
    }
}
