// Columns (single, grouped, stacked), lines, areas (stacked too) and scatter plots on x and y axes.

import Foundation

enum CartesianChart {
    static func draw(_ data: SeriesData, variant: Variant, into svg: inout SVGCanvas, top: Double, height: Double) {
        let spec = data.spec
        let isColumn = spec.kind == .column
        let x = data.x
        let directLabels = (spec.kind == .line || (spec.kind == .area && !spec.stacked)) && data.names.count > 1
        let rightMargin = directLabels
            ? min(data.names.map { TextMetrics.width($0) }.max() ?? 0, variant.narrow ? 84 : 150) + 14
            : 14
        let stackedValues = spec.stacked && (isColumn || spec.kind == .area)
        let extent = data.extent(stacked: stackedValues) ?? (0, 1)
        var plot = PlotRect(left: 0, top: top + (spec.yLabel == nil ? 10 : 26), right: variant.width - rightMargin,
                            bottom: top + height - (spec.xLabel == nil ? 26 : 44))
        let provisional = ValueAxis(extent: extent, spec: spec, includeZero: isColumn || spec.kind == .area, wholeNumbers: data.wholeNumbers,
                                    range: (plot.bottom, plot.top), spacing: variant.narrow ? 45 : 55)
        plot.left = provisional.maxLabelWidth + 10
        let axis = provisional

        if let yLabel = spec.yLabel { svg.text(yLabel, x: 0, y: top + 12, cls: "val") }
        if let xLabel = spec.xLabel { svg.text(xLabel, x: plot.left + plot.width / 2, y: top + height - 4, anchor: .middle, cls: "val") }
        svg.horizontalGrid(axis, plot: plot)

        // x positions of each row, and the x-axis ticks.
        var positions: [Double] = []
        var bandwidth = 0.0
        switch x {
        case .categories(let labels):
            let n = Double(max(1, labels.count))
            if isColumn {
                bandwidth = plot.width / n
                positions = labels.indices.map { plot.left + bandwidth * (Double($0) + 0.5) }
            } else {
                let step = labels.count > 1 ? plot.width / (n - 1) : 0
                positions = labels.indices.map { labels.count > 1 ? plot.left + step * Double($0) : plot.left + plot.width / 2 }
                bandwidth = max(step, 1)
            }
            categoryLabels(labels, positions: positions, bandwidth: bandwidth, plot: plot, into: &svg)
        case .numbers(let values):
            let nice = Ticks.nice(values.min() ?? 0, values.max() ?? 1, count: Ticks.count(for: plot.width, spacing: variant.narrow ? 60 : 80))
            let scale = LinearScale(domain: (nice.low, nice.high), range: (plot.left, plot.right))
            positions = values.map { scale($0) }
            svg.raw("<g class=\"x-axis\">")
            for tick in Ticks.values(nice.low, nice.high, step: nice.step) {
                svg.line(x1: scale(tick), y1: plot.bottom, x2: scale(tick), y2: plot.bottom + 4, cls: "axis")
                svg.text(NumberFormat().format(tick, decimals: NumberFormat.decimals(forStep: nice.step)), x: scale(tick), y: plot.bottom + 17, anchor: .middle, cls: "val")
            }
            svg.raw("</g>")
        case .dates(let days, let unit):
            let low = days.min() ?? 0, high = days.max() ?? 1
            let scale = LinearScale(domain: (low, high == low ? low + 1 : high), range: (plot.left, plot.right))
            positions = days.map { scale($0) }
            svg.raw("<g class=\"x-axis\">")
            let maxTicks = max(2, Int(plot.width / (variant.narrow ? 64 : 84)))
            for (tick, label) in XValues.dateTicks(low: low, high: high, unit: unit, maxTicks: maxTicks) {
                svg.line(x1: scale(tick), y1: plot.bottom, x2: scale(tick), y2: plot.bottom + 4, cls: "axis")
                svg.text(label, x: scale(tick), y: plot.bottom + 17, anchor: .middle, cls: "val")
            }
            svg.raw("</g>")
        }

        switch spec.kind {
        case .column: columns(data, axis: axis, positions: positions, bandwidth: bandwidth, variant: variant, into: &svg)
        case .area: areas(data, axis: axis, positions: positions, plot: plot, into: &svg)
        case .scatter: points(data, axis: axis, positions: positions, into: &svg)
        default: lines(data, axis: axis, positions: positions, plot: plot, directLabels: directLabels, into: &svg)
        }
        if spec.kind != .column || data.names.count == 1 {
            svg.line(x1: plot.left, y1: axis.scale(max(axis.scale.domain.0, min(0, axis.scale.domain.1))), x2: plot.right,
                     y2: axis.scale(max(axis.scale.domain.0, min(0, axis.scale.domain.1))), cls: "axis")
        }
        svg.annotations(spec.annotations, plot: plot, valueScale: axis.scale, xPosition: { text in
            xPosition(text, x: x, positions: positions, plot: plot)
        })
    }

    static func xPosition(_ text: String, x: XValues, positions: [Double], plot: PlotRect) -> Double? {
        switch x {
        case .categories(let labels):
            return labels.firstIndex(of: text).map { positions[$0] }
        case .numbers(let values):
            guard let v = NumberParse.value(text), let lo = values.min(), let hi = values.max(), hi > lo,
                  let pl = positions.min(), let ph = positions.max() else { return nil }
            return pl + (v - lo) / (hi - lo) * (ph - pl)
        case .dates(let days, _):
            guard let (d, _) = XValues.parseDate(text), let lo = days.min(), let hi = days.max(), hi > lo,
                  let pl = positions.min(), let ph = positions.max() else { return nil }
            return pl + (Double(d) - lo) / (hi - lo) * (ph - pl)
        }
    }

    /// Category labels under the axis, thinned so they never overlap, wrapped to two lines.
    static func categoryLabels(_ labels: [String], positions: [Double], bandwidth: Double, plot: PlotRect, into svg: inout SVGCanvas) {
        let widest = labels.map { TextMetrics.width($0) }.max() ?? 0
        let every = max(1, Int((min(widest, 110) + 8) / max(bandwidth, 1)) + (widest > bandwidth * 2 ? 1 : 0))
        svg.raw("<g class=\"x-axis\">")
        for (i, label) in labels.enumerated() where i % every == 0 {
            let lines = TextMetrics.wrap(label, width: max(bandwidth * Double(every) - 6, 30), maxLines: 2, size: 11)
            svg.lines(lines, x: positions[i], y: plot.bottom + 16, lineHeight: 12, anchor: .middle, cls: "val")
        }
        svg.raw("</g>")
    }

    static func columns(_ data: SeriesData, axis: ValueAxis, positions: [Double], bandwidth: Double, variant: Variant, into svg: inout SVGCanvas) {
        let spec = data.spec
        let inner = bandwidth * 0.72
        let seriesCount = data.values.count
        let zero = axis.scale(max(axis.scale.domain.0, min(0, axis.scale.domain.1)))
        svg.raw("<g class=\"marks\">")
        for row in 0..<data.rowCount {
            for (s, value, from, to, paint) in data.bars(row: row) {
                if spec.stacked {
                    let y0 = axis.scale(from), y1 = axis.scale(to)
                    svg.rect(x: positions[row] - inner / 2, y: min(y0, y1), width: inner, height: abs(y1 - y0), cls: paint.fill, style: paint.fillStyle)
                } else {
                    let width = inner / Double(seriesCount)
                    let x = positions[row] - inner / 2 + width * Double(s)
                    let y = axis.scale(value)
                    svg.rect(x: x, y: min(y, zero), width: max(1, width - (seriesCount > 1 ? 1 : 0)), height: abs(zero - y), cls: paint.fill, style: paint.fillStyle)
                }
            }
        }
        // Direct value labels when there is room: one series and few columns.
        if seriesCount == 1 && data.rowCount <= (variant.narrow ? 8 : 16) {
            for (row, value) in data.values[0].enumerated() {
                guard let value else { continue }
                let y = axis.scale(value)
                svg.text(spec.format.format(value), x: positions[row], y: value >= 0 ? y - 5 : y + 14, anchor: .middle, cls: "val")
            }
        }
        svg.raw("</g>")
    }

    static func lines(_ data: SeriesData, axis: ValueAxis, positions: [Double], plot: PlotRect, directLabels: Bool, into svg: inout SVGCanvas) {
        svg.raw("<g class=\"marks\">")
        var ends: [(series: Int, y: Double)] = []
        let order = data.values.indices.sorted { a, b in
            // The highlighted series is drawn last, on top.
            (data.names[a] == data.spec.highlight ? 1 : 0, a) < (data.names[b] == data.spec.highlight ? 1 : 0, b)
        }
        for s in order {
            let values = data.values[s]
            let paint = data.paint(series: s)
            svg.path(pathData(values, positions: positions, scale: axis.scale), cls: paint.stroke, width: data.spec.highlight == data.names[s] ? 3 : 2, style: paint.strokeStyle)
            // Dots on every point of short series; on long ones only the last, where the label is.
            let dots = values.count <= 24 ? Array(values.indices) : [values.lastIndex { $0 != nil }].compactMap { $0 }
            for i in dots {
                if let value = values[i] { svg.circle(x: positions[i], y: axis.scale(value), r: 2.5, cls: paint.fill, style: paint.fillStyle) }
            }
            if let last = values.lastIndex(where: { $0 != nil }) { ends.append((s, axis.scale(values[last]!))) }
        }
        if directLabels {
            let ys = spread(ends.map(\.y), gap: 14, low: plot.top + 4, high: plot.bottom)
            for (k, end) in ends.enumerated() {
                let paint = data.paint(series: end.series)
                let name = TextMetrics.wrap(data.names[end.series], width: svg.width - plot.right - 8, maxLines: 1)[0]
                svg.raw("<text x=\"\(SVGCanvas.n(plot.right + 6))\" y=\"\(SVGCanvas.n(ys[k] + 4))\" class=\"lbl \(paint.fill)\"\(paint.fillStyle.map { " style=\"\(SVGCanvas.escape($0))\"" } ?? "") font-weight=\"600\">\(SVGCanvas.escape(name))</text>")
            }
        }
        svg.raw("</g>")
    }

    static func areas(_ data: SeriesData, axis: ValueAxis, positions: [Double], plot: PlotRect, into svg: inout SVGCanvas) {
        svg.raw("<g class=\"marks\">")
        var base = [Double](repeating: 0, count: data.rowCount)
        for (s, values) in data.values.enumerated() {
            let paint = data.paint(series: s)
            let top = values.indices.map { base[$0] + (values[$0] ?? 0) }
            let lower = data.spec.stacked ? base : [Double](repeating: max(axis.scale.domain.0, 0), count: data.rowCount)
            var d = ""
            for i in values.indices { d += (i == 0 ? "M" : "L") + SVGCanvas.n(positions[i]) + " " + SVGCanvas.n(axis.scale(top[i])) }
            for i in values.indices.reversed() { d += "L" + SVGCanvas.n(positions[i]) + " " + SVGCanvas.n(axis.scale(lower[i])) }
            d += "Z"
            svg.raw("<path d=\"\(d)\" class=\"\(paint.fill)\" fill-opacity=\"\(data.spec.stacked ? "0.85" : "0.25")\"\(paint.fillStyle.map { " style=\"\(SVGCanvas.escape($0))\"" } ?? "")/>")
            svg.path(pathData(top.map { Optional($0) }, positions: positions, scale: axis.scale), cls: paint.stroke, width: 1.5, style: paint.strokeStyle)
            if data.spec.stacked { base = top }
        }
        svg.raw("</g>")
    }

    /// Dots; each named when there are few enough to read (or when it is the highlighted one).
    static func points(_ data: SeriesData, axis: ValueAxis, positions: [Double], into svg: inout SVGCanvas) {
        svg.raw("<g class=\"marks\">")
        let labelAll = data.rowCount <= 12 && data.values.count == 1
        var wanted: [(x: Double, y: Double, name: String, bold: Bool)] = []
        for (s, values) in data.values.enumerated() {
            for (i, value) in values.enumerated() {
                guard let value else { continue }
                let name = data.pointLabels[i]
                let paint = data.paint(series: s, category: name)
                let y = axis.scale(value)
                svg.circle(x: positions[i], y: y, r: 5, cls: paint.fill, style: (paint.fillStyle.map { $0 + ";" } ?? "") + "fill-opacity:0.85")
                if labelAll || name == data.spec.highlight { wanted.append((positions[i], y, name, name == data.spec.highlight)) }
            }
        }
        // Highlighted labels first; each takes the first free spot around its dot, or is left out.
        var taken: [(Double, Double, Double, Double)] = []
        for label in wanted.sorted(by: { $0.bold && !$1.bold }) {
            let width = TextMetrics.width(label.name, size: 12), height = 13.0
            let spots: [(dx: Double, dy: Double, anchor: SVGCanvas.Anchor)] = [(8, -7, .start), (-8, -7, .end), (8, 16, .start), (-8, 16, .end)]
            for spot in spots {
                let left = spot.anchor == .start ? label.x + spot.dx : label.x + spot.dx - width
                let box = (left, label.y + spot.dy - height + 3, left + width, label.y + spot.dy + 3)
                guard box.0 >= 0, box.2 <= svg.width else { continue }
                if taken.contains(where: { $0.0 < box.2 && box.0 < $0.2 && $0.1 < box.3 && box.1 < $0.3 }) { continue }
                taken.append(box)
                svg.text(label.name, x: label.x + spot.dx, y: label.y + spot.dy, anchor: spot.anchor, cls: "val", bold: label.bold)
                break
            }
        }
        svg.raw("</g>")
    }

    /// "M x y L x y …" with a gap wherever a value is missing.
    static func pathData(_ values: [Double?], positions: [Double], scale: LinearScale) -> String {
        var d = ""
        d.reserveCapacity(values.count * 14)
        var pen = false
        for (i, value) in values.enumerated() {
            guard let value else { pen = false; continue }
            d += (pen ? "L" : "M") + SVGCanvas.n(positions[i]) + " " + SVGCanvas.n(scale(value))
            pen = true
        }
        return d.isEmpty ? "M0 0" : d
    }
}
