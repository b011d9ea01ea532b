// Small multiples: one small line chart per series on a shared scale, each with the others in grey.

enum SmallMultiples {
    static func columns(_ variant: Variant) -> Int { variant.narrow ? 1 : 2 }
    static let panelHeight = 150.0

    static func height(_ data: SeriesData, variant: Variant) -> Double {
        let rows = (data.names.count + columns(variant) - 1) / columns(variant)
        return Double(rows) * (panelHeight + 12)
    }

    static func draw(_ data: SeriesData, variant: Variant, into svg: inout SVGCanvas, top: Double) {
        let cols = columns(variant)
        let panelWidth = (variant.width - Double(cols - 1) * 20) / Double(cols)
        let extent = data.extent(stacked: false) ?? (0, 1)
        for (s, name) in data.names.enumerated() {
            let px = Double(s % cols) * (panelWidth + 20)
            let py = top + Double(s / cols) * (panelHeight + 12)
            svg.text(name, x: px, y: py + 12, cls: "lbl", bold: true)
            let plot = PlotRect(left: px + 34, top: py + 22, right: px + panelWidth - 8, bottom: py + panelHeight - 20)
            let axis = ValueAxis(extent: extent, spec: data.spec, includeZero: false, wholeNumbers: data.wholeNumbers, range: (plot.bottom, plot.top), spacing: 40)
            svg.raw("<g class=\"y-axis\">")
            for tick in [axis.ticks.first, axis.ticks.last].compactMap({ $0 }) {
                svg.line(x1: plot.left, y1: axis.scale(tick), x2: plot.right, y2: axis.scale(tick), cls: "grid")
                svg.text(axis.label(tick), x: plot.left - 4, y: axis.scale(tick) + 4, anchor: .end, cls: "val")
            }
            svg.raw("</g>")
            let n = Double(max(1, data.rowCount - 1))
            let positions = (0..<data.rowCount).map { plot.left + plot.width * Double($0) / n }
            for (other, values) in data.values.enumerated() where other != s {
                svg.path(CartesianChart.pathData(values, positions: positions, scale: axis.scale), cls: "km", width: 1)
            }
            let paint = data.paint(series: s)
            svg.path(CartesianChart.pathData(data.values[s], positions: positions, scale: axis.scale), cls: paint.stroke, width: 2.5, style: paint.strokeStyle)
            if let first = data.categories.first, let last = data.categories.last {
                svg.text(first, x: plot.left, y: plot.bottom + 14, cls: "val")
                svg.text(last, x: plot.right, y: plot.bottom + 14, anchor: .end, cls: "val")
            }
        }
    }
}
