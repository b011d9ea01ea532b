// Horizontal bars (single, grouped, stacked): long category names wrap in a label column on the left.

enum BarChart {
    static func height(_ data: SeriesData, variant: Variant) -> Double {
        rowHeight(data) * Double(max(1, data.rowCount)) + 34
    }

    static func rowHeight(_ data: SeriesData) -> Double {
        data.spec.stacked || data.values.count == 1 ? 28 : Double(data.values.count) * 12 + 10
    }

    static func draw(_ data: SeriesData, variant: Variant, into svg: inout SVGCanvas, top: Double) {
        let spec = data.spec
        let labelWidth = min(data.categories.map { TextMetrics.width($0) }.max() ?? 40, variant.narrow ? 110 : 200) + 16
        let valueRoom = data.values.count == 1 && !spec.stacked ? (variant.narrow ? 44.0 : 60.0) : 12
        let rowHeight = rowHeight(data)
        let plot = PlotRect(left: labelWidth, top: top + 4, right: variant.width - valueRoom,
                            bottom: top + 4 + rowHeight * Double(max(1, data.rowCount)))
        let extent = data.extent(stacked: spec.stacked) ?? (0, 1)
        let axis = ValueAxis(extent: extent, spec: spec, includeZero: true, wholeNumbers: data.wholeNumbers, range: (plot.left, plot.right), spacing: variant.narrow ? 70 : 90)
        svg.verticalGrid(axis, plot: plot)
        let zero = axis.scale(max(axis.scale.domain.0, min(0, axis.scale.domain.1)))
        svg.raw("<g class=\"marks\">")
        for row in 0..<data.rowCount {
            let rowTop = plot.top + rowHeight * Double(row)
            let lines = TextMetrics.wrap(data.categories[row], width: labelWidth - 8, maxLines: 2)
            svg.lines(lines, x: labelWidth - 8, y: rowTop + rowHeight / 2 + 4 - Double(lines.count - 1) * 6.5, lineHeight: 13, anchor: .end, cls: "lbl")
            for (s, value, from, to, paint) in data.bars(row: row) {
                if spec.stacked {
                    let x0 = axis.scale(from), x1 = axis.scale(to)
                    svg.rect(x: min(x0, x1), y: rowTop + 5, width: abs(x1 - x0), height: rowHeight - 10, cls: paint.fill, style: paint.fillStyle)
                } else {
                    let barHeight = data.values.count == 1 ? rowHeight - 10 : 11
                    let y = rowTop + 5 + (data.values.count == 1 ? 0 : Double(s) * 12)
                    let x = axis.scale(value)
                    svg.rect(x: min(x, zero), y: y, width: max(abs(x - zero), 0.5), height: barHeight, cls: paint.fill, style: paint.fillStyle)
                    if data.values.count == 1 {
                        svg.text(spec.format.format(value), x: value >= 0 ? x + 4 : x - 4, y: y + barHeight / 2 + 4, anchor: value >= 0 ? .start : .end, cls: "val")
                    }
                }
            }
        }
        svg.line(x1: zero, y1: plot.top, x2: zero, y2: plot.bottom, cls: "axis")
        svg.raw("</g>")
        svg.annotations(spec.annotations, plot: plot, valueScale: axis.scale, xPosition: { _ in nil }, horizontalValues: true)
    }
}
