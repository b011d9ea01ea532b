// The "big number" card: one value, large, with what it measures and how it changed.

enum NumberCard {
    static let height = 130.0

    static func draw(_ spec: ChartSpec, variant: Variant, into svg: inout SVGCanvas, top: Double) {
        svg.text(spec.format.format(spec.value ?? 0), x: 0, y: top + 60, cls: "big")
        var y = top + 88
        if let label = spec.valueLabel {
            svg.lines(TextMetrics.wrap(label, width: variant.width, maxLines: 2, size: 15), x: 0, y: y, lineHeight: 18, cls: "ttl sub")
            y += label.count * 8 > Int(variant.width) ? 18 : 0
            y += 20
        }
        if let change = spec.change { svg.text(change, x: 0, y: y + 4, cls: "val sub") }
    }
}
