// The plot area of a chart at one size, and the parts every cartesian chart draws: grid, axes, annotations.

/// One rendering size. Charts are drawn twice, wide and narrow, and CSS shows the one that fits.
struct Variant {
    let width: Double
    let narrow: Bool

    static let wide = Variant(width: 600, narrow: false)
    static let compact = Variant(width: 340, narrow: true)
}

/// The rectangle inside the axes.
struct PlotRect {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double
    var width: Double { right - left }
    var height: Double { bottom - top }
}

extension SVGCanvas {
    /// Horizontal grid lines with value labels on the left, for a vertical value axis.
    mutating func horizontalGrid(_ axis: ValueAxis, plot: PlotRect) {
        raw("<g class=\"y-axis\">")
        for tick in axis.ticks {
            let y = axis.scale(tick)
            line(x1: plot.left, y1: y, x2: plot.right, y2: y, cls: tick == 0 ? "axis" : "grid")
            text(axis.label(tick), x: plot.left - 6, y: y + 4, anchor: .end, cls: "val")
        }
        raw("</g>")
    }

    /// Vertical grid lines with value labels below, for a horizontal value axis.
    mutating func verticalGrid(_ axis: ValueAxis, plot: PlotRect) {
        raw("<g class=\"x-axis\">")
        for tick in axis.ticks {
            let x = axis.scale(tick)
            line(x1: x, y1: plot.top, x2: x, y2: plot.bottom, cls: tick == 0 ? "axis" : "grid")
            text(axis.label(tick), x: x, y: plot.bottom + 16, anchor: .middle, cls: "val")
        }
        raw("</g>")
    }

    /// Reference lines, shaded ranges and labelled points. `xPosition` maps an annotation's x text to a pixel.
    mutating func annotations(_ annotations: [ChartSpec.Annotation], plot: PlotRect, valueScale: LinearScale,
                              xPosition: (String) -> Double?, horizontalValues: Bool = false) {
        guard !annotations.isEmpty else { return }
        raw("<g class=\"annotations\">")
        for annotation in annotations {
            switch annotation.kind {
            case .range:
                guard let a = annotation.x.flatMap(xPosition), let b = annotation.to.flatMap(xPosition) else { continue }
                rect(x: min(a, b), y: plot.top, width: abs(b - a), height: plot.height, cls: "band")
                text(annotation.label, x: min(a, b) + 4, y: plot.top + 12, cls: "val")
            case .line:
                if let y = annotation.y {
                    if horizontalValues {
                        let x = valueScale(y)
                        line(x1: x, y1: plot.top, x2: x, y2: plot.bottom, cls: "ann")
                        text(annotation.label, x: x + 4, y: plot.top + 12, cls: "val")
                    } else {
                        let py = valueScale(y)
                        line(x1: plot.left, y1: py, x2: plot.right, y2: py, cls: "ann")
                        text(annotation.label, x: plot.right, y: py - 5, anchor: .end, cls: "val")
                    }
                } else if let x = annotation.x.flatMap(xPosition) {
                    line(x1: x, y1: plot.top, x2: x, y2: plot.bottom, cls: "ann")
                    text(annotation.label, x: x + 4, y: plot.top + 12, cls: "val")
                }
            case .point:
                guard let x = annotation.x.flatMap(xPosition), let value = annotation.y else { continue }
                let y = valueScale(value)
                let above = y - plot.top > 40
                let labelY = above ? y - 30 : y + 34
                circle(x: x, y: y, r: 4, cls: "ann", style: "fill:none;stroke-width:1.5")
                line(x1: x, y1: above ? y - 6 : y + 6, x2: x, y2: above ? labelY + 4 : labelY - 12, cls: "ann")
                let anchor: SVGCanvas.Anchor = x > plot.left + plot.width * 0.7 ? .end : (x < plot.left + plot.width * 0.3 ? .start : .middle)
                text(annotation.label, x: x, y: labelY, anchor: anchor, cls: "val", bold: true)
            }
        }
        raw("</g>")
    }
}

/// Spreads label positions apart so that none are closer than `gap`, keeping their order.
func spread(_ positions: [Double], gap: Double, low: Double, high: Double) -> [Double] {
    let order = positions.indices.sorted { positions[$0] < positions[$1] }
    var placed = order.map { positions[$0] }
    for i in placed.indices.dropFirst() where placed[i] - placed[i - 1] < gap { placed[i] = placed[i - 1] + gap }
    if let last = placed.last, last > high {
        placed[placed.count - 1] = high
        for i in stride(from: placed.count - 2, through: 0, by: -1) where placed[i + 1] - placed[i] < gap { placed[i] = placed[i + 1] - gap }
    }
    if let first = placed.first, first < low { placed = placed.map { $0 + (low - first) } }
    var result = positions
    for (k, index) in order.enumerated() { result[index] = placed[k] }
    return result
}
