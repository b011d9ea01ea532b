// Pie and donut charts: slices from twelve o'clock, shares printed on large slices, a legend with values.

import Foundation

enum PieChart {
    static func height(_ data: SeriesData, variant: Variant) -> Double {
        variant.narrow ? 250 + Double(data.rowCount) * 18 : max(290, Double(data.rowCount) * 20 + 30)
    }

    static func draw(_ data: SeriesData, variant: Variant, into svg: inout SVGCanvas, top: Double) {
        let values = data.values[0].map { max(0, $0 ?? 0) }
        let total = values.reduce(0, +)
        let radius = variant.narrow ? 110.0 : 130.0
        let cx = variant.narrow ? variant.width / 2 : radius + 20
        let cy = top + radius + 12
        let inner = data.spec.kind == .donut ? radius * 0.58 : 0
        svg.raw("<g class=\"marks\">")
        var angle = -Double.pi / 2
        for (i, value) in values.enumerated() where value > 0 && total > 0 {
            let sweep = value / total * 2 * .pi
            let (cls, style) = slicePaint(data, index: i)
            svg.path(arc(cx: cx, cy: cy, radius: radius, inner: inner, start: angle, sweep: sweep), cls: cls, fill: true,
                     style: (style.map { $0 + ";" } ?? "") + "stroke:var(--sg-bg,#fff);stroke-width:1")
            if sweep > 0.32 {
                let mid = angle + sweep / 2
                let r = inner > 0 ? (radius + inner) / 2 : radius * 0.62
                let percent = NumberFormat().format(value / total * 100, decimals: value / total < 0.1 ? 1 : 0) + "%"
                svg.raw("<text x=\"\(SVGCanvas.n(cx + cos(mid) * r))\" y=\"\(SVGCanvas.n(cy + sin(mid) * r + 4))\" text-anchor=\"middle\" class=\"val\" style=\"fill:#fff\" font-weight=\"700\">\(percent)</text>")
            }
            angle += sweep
        }
        svg.raw("</g><g class=\"legend\">")
        let legendX = variant.narrow ? 16 : cx + radius + 40
        var y = variant.narrow ? cy + radius + 28 : top + max(20, radius + 12 - Double(values.count) * 10 + 10)
        for (i, category) in data.categories.enumerated() {
            let (cls, style) = slicePaint(data, index: i)
            svg.rect(x: legendX, y: y - 10, width: 12, height: 12, cls: cls, style: style)
            let share = total > 0 && data.spec.format.style != .percent ? " (" + NumberFormat().format(values[i] / total * 100, decimals: 1) + "%)" : ""
            let label = TextMetrics.wrap(category, width: variant.width - legendX - 120, maxLines: 1)[0]
            svg.text("\(label): \(data.spec.format.format(data.values[0][i] ?? 0))\(share)", x: legendX + 18, y: y, cls: "lbl")
            y += 20
        }
        svg.raw("</g>")
    }

    /// Each slice takes the next palette colour (or the spec's), muted when another slice is highlighted.
    static func slicePaint(_ data: SeriesData, index i: Int) -> (cls: String, style: String?) {
        if i < data.spec.colors.count { return ("", "fill:\(data.spec.colors[i])") }
        if let highlight = data.spec.highlight, data.categories[i] != highlight { return ("fm", nil) }
        return ("f\(i % Palette.light.count + 1)", nil)
    }

    static func arc(cx: Double, cy: Double, radius: Double, inner: Double, start: Double, sweep: Double) -> String {
        let n = SVGCanvas.n
        let sweep = min(sweep, 2 * .pi - 0.0001)
        let end = start + sweep
        let large = sweep > .pi ? 1 : 0
        let (x0, y0) = (cx + cos(start) * radius, cy + sin(start) * radius)
        let (x1, y1) = (cx + cos(end) * radius, cy + sin(end) * radius)
        guard inner > 0 else {
            return "M\(n(cx)) \(n(cy))L\(n(x0)) \(n(y0))A\(n(radius)) \(n(radius)) 0 \(large) 1 \(n(x1)) \(n(y1))Z"
        }
        let (x2, y2) = (cx + cos(end) * inner, cy + sin(end) * inner)
        let (x3, y3) = (cx + cos(start) * inner, cy + sin(start) * inner)
        return "M\(n(x0)) \(n(y0))A\(n(radius)) \(n(radius)) 0 \(large) 1 \(n(x1)) \(n(y1))L\(n(x2)) \(n(y2))A\(n(inner)) \(n(inner)) 0 \(large) 0 \(n(x3)) \(n(y3))Z"
    }
}
