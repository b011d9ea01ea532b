// A sentence or two that says what a chart shows, for the SVG's <desc> (screen readers) and alt text.

enum ChartDescription {
    static func describe(_ spec: ChartSpec, _ data: SeriesData?) -> String {
        let kindName: String = switch spec.kind {
        case .bar: spec.stacked ? "Stacked bar chart" : (spec.seriesColumns.count > 1 ? "Grouped bar chart" : "Bar chart")
        case .column: spec.stacked ? "Stacked column chart" : (spec.seriesColumns.count > 1 ? "Grouped column chart" : "Column chart")
        case .line: spec.smallMultiples ? "Small multiple line charts" : "Line chart"
        case .area: spec.stacked ? "Stacked area chart" : "Area chart"
        case .scatter: "Scatter plot"
        case .pie: "Pie chart"
        case .donut: "Donut chart"
        case .number: "Key figure"
        }
        var text = kindName + (spec.title.map { ": \($0)" } ?? "") + "."
        guard let data else {
            if let value = spec.value { text += " \(spec.format.format(value))" + (spec.valueLabel.map { " \($0)" } ?? "") + "." }
            return text
        }
        let f = spec.format
        switch spec.kind {
        case .line, .area:
            let first = data.categories.first ?? "", last = data.categories.last ?? ""
            text += " \(data.names.count == 1 ? "One series" : "\(data.names.count) series") from \(first) to \(last)."
            for (s, name) in data.names.enumerated().prefix(6) {
                let present = data.values[s].enumerated().compactMap { i, v in v.map { (i, $0) } }
                guard let start = present.first, let end = present.last else { continue }
                let direction = end.1 > start.1 ? "rose" : (end.1 < start.1 ? "fell" : "was unchanged")
                var sentence = " \(name) \(direction) from \(f.format(start.1)) to \(f.format(end.1))"
                if start.1 != 0 && end.1 != start.1 {
                    let change = (end.1 - start.1) / abs(start.1) * 100
                    sentence += " (\(change > 0 ? "+" : "−")\(NumberFormat().format(abs(change), decimals: 0))%)"
                }
                if let peak = present.max(by: { $0.1 < $1.1 }), peak.0 != end.0 && peak.0 != start.0 {
                    sentence += ", peaking at \(f.format(peak.1)) in \(data.categories[peak.0])"
                }
                text += sentence + "."
            }
        case .scatter:
            text += " \(data.rowCount) points."
            let ys = data.values.flatMap { $0.compactMap { $0 } }
            if let low = ys.min(), let high = ys.max() { text += " Values from \(f.format(low)) to \(f.format(high))." }
        default:
            let series = data.values[0]
            let present = series.enumerated().compactMap { i, v in v.map { (i, $0) } }
            text += " \(data.rowCount) \(data.rowCount == 1 ? "category" : "categories")."
            if let high = present.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }), let low = present.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
                text += " Highest: \(data.categories[high.0]) at \(f.format(high.1)); lowest: \(data.categories[low.0]) at \(f.format(low.1))."
            }
            if spec.kind == .pie || spec.kind == .donut, let high = present.max(by: { $0.1 < $1.1 }) {
                let total = present.reduce(0) { $0 + $1.1 }
                if total > 0 { text += " \(data.categories[high.0]) is \(NumberFormat().format(high.1 / total * 100, decimals: 0))% of the total." }
            }
        }
        return text
    }
}
