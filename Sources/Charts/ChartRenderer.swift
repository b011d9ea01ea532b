// Draws a chart spec as SVG, alone or inside an accessible HTML <figure> with its data table.

import Foundation
import WebText

/// Renders charts. Output is byte-stable: the same spec always gives the same text.
public enum ChartRenderer {
    /// A standalone SVG document (title, subtitle and source drawn inside), for `sitegen chart`.
    public static func svg(_ spec: ChartSpec, width: Double = 640) throws(ChartError) -> String {
        let data = try seriesData(spec)
        let variant = Variant(width: width, narrow: width < 480)
        var head: [String] = []
        if let title = spec.title { head.append(title) }
        let subtitleLines = spec.subtitle.map { TextMetrics.wrap($0, width: width, maxLines: 3) } ?? []
        let top = (spec.title == nil ? 0 : 24) + Double(subtitleLines.count) * 16 + (head.isEmpty && subtitleLines.isEmpty ? 0 : 8)
        var footer: [String] = []
        if let note = spec.note { footer.append("Note: \(note)") }
        if let source = spec.source { footer.append("Source: \(source)") }
        if let byline = spec.byline { footer.append("Chart: \(byline)") }
        let body = chartBody(spec, data: data, variant: variant, top: top)
        let height = body.height + top + Double(footer.count) * 16 + (footer.isEmpty ? 0 : 10)
        var canvas = SVGCanvas(width: width, height: height)
        if let title = spec.title { canvas.text(title, x: 0, y: 16, cls: "ttl") }
        if !subtitleLines.isEmpty { canvas.lines(subtitleLines, x: 0, y: spec.title == nil ? 14 : 38, lineHeight: 16, cls: "lbl sub") }
        canvas.raw(body.svg)
        for (i, line) in footer.enumerated() { canvas.text(line, x: 0, y: top + body.height + 20 + Double(i) * 16, cls: "val sub") }
        let description = ChartDescription.describe(spec, data)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sg-chart\" viewBox=\"0 0 \(SVGCanvas.n(width)) \(SVGCanvas.n(height))\" width=\"\(SVGCanvas.n(width))\" height=\"\(SVGCanvas.n(height))\" role=\"img\" aria-labelledby=\"t d\">"
            + "<title id=\"t\">\(SVGCanvas.escape(spec.title ?? "Chart"))</title><desc id=\"d\">\(SVGCanvas.escape(description))</desc>"
            + "<style>\(Palette.stylesheet)</style>" + canvas.body + "</svg>\n"
    }

    /// An HTML `<figure>`: title and subtitle as HTML, the chart drawn wide and narrow (CSS shows the one
    /// that fits the column), notes and source, and the data as a table with a CSV download.
    /// - Parameter id: unique on the page; it prefixes the ids the SVGs use.
    public static func figure(_ spec: ChartSpec, id: String) throws(ChartError) -> String {
        let data = try seriesData(spec)
        let description = ChartDescription.describe(spec, data)
        let e = SVGCanvas.escape
        var html = "<figure class=\"sg-figure chart chart-\(spec.kind.rawValue)\" id=\"\(e(id))\">\n"
        html += "<figcaption class=\"sg-head\">"
        html += "<span class=\"sg-title\">\(e(spec.title ?? "Chart"))</span>"
        if let subtitle = spec.subtitle { html += "<span class=\"sg-subtitle\">\(e(subtitle))</span>" }
        html += "</figcaption>\n"
        if let legend = legend(spec, data) { html += legend }
        for variant in [Variant.wide, Variant.compact] {
            let body = chartBody(spec, data: data, variant: variant, top: 0)
            let svgID = "\(id)-\(variant.narrow ? "n" : "w")"
            html += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sg-chart \(variant.narrow ? "sg-narrow" : "sg-wide")\" viewBox=\"0 0 \(SVGCanvas.n(variant.width)) \(SVGCanvas.n(body.height))\" role=\"img\" aria-labelledby=\"\(e(svgID))-t \(e(svgID))-d\">"
            html += "<title id=\"\(e(svgID))-t\">\(e(spec.title ?? "Chart"))</title><desc id=\"\(e(svgID))-d\">\(e(description))</desc>"
            if !variant.narrow { html += "<style>\(Palette.stylesheet)</style>" }
            html += body.svg + "</svg>\n"
        }
        var foot: [String] = []
        if let note = spec.note { foot.append("<p class=\"sg-note\">Note: \(e(note))</p>") }
        if let source = spec.source {
            let name = spec.sourceURL.map { "<a href=\"\(e($0))\">\(e(source))</a>" } ?? e(source)
            foot.append("<p class=\"sg-source\">Source: \(name)</p>")
        }
        if let byline = spec.byline { foot.append("<p class=\"sg-byline\">Chart: \(e(byline))</p>") }
        if !foot.isEmpty { html += "<footer class=\"sg-foot\">" + foot.joined() + "</footer>\n" }
        if spec.kind != .number || !spec.table.rows.isEmpty { html += dataTable(spec, id: id) }
        return html + "</figure>"
    }

    static func seriesData(_ spec: ChartSpec) throws(ChartError) -> SeriesData? {
        guard spec.kind != .number else { return nil }
        let data = try SeriesData(spec)
        if spec.kind == .pie || spec.kind == .donut, data.values[0].compactMap({ $0 }).reduce(0, +) <= 0 {
            throw ChartError("a pie needs at least one value above zero")
        }
        return data
    }

    /// The chart's marks and axes at one size, and the height they take.
    static func chartBody(_ spec: ChartSpec, data: SeriesData?, variant: Variant, top: Double) -> (svg: String, height: Double) {
        guard let data else {
            var canvas = SVGCanvas(width: variant.width, height: NumberCard.height)
            NumberCard.draw(spec, variant: variant, into: &canvas, top: top)
            return (canvas.body, NumberCard.height)
        }
        let height: Double
        switch spec.kind {
        case .bar: height = BarChart.height(data, variant: variant)
        case .pie, .donut: height = PieChart.height(data, variant: variant)
        case .line where spec.smallMultiples: height = SmallMultiples.height(data, variant: variant)
        default: height = variant.narrow ? 300 : 360
        }
        var canvas = SVGCanvas(width: variant.width, height: height)
        switch spec.kind {
        case .bar: BarChart.draw(data, variant: variant, into: &canvas, top: top)
        case .pie, .donut: PieChart.draw(data, variant: variant, into: &canvas, top: top)
        case .line where spec.smallMultiples: SmallMultiples.draw(data, variant: variant, into: &canvas, top: top)
        default: CartesianChart.draw(data, variant: variant, into: &canvas, top: top, height: height)
        }
        return (canvas.body, height)
    }

    /// An HTML legend when series are not labelled directly on the chart.
    static func legend(_ spec: ChartSpec, _ data: SeriesData?) -> String? {
        guard let data, data.names.count > 1 else { return nil }
        let direct = (spec.kind == .line && !spec.smallMultiples) || (spec.kind == .area && !spec.stacked)
        guard !direct, !spec.smallMultiples else { return nil }
        var html = "<ul class=\"sg-legend\">"
        for s in data.names.indices {
            let paint = data.paint(series: s)
            let color = paint.fillStyle.map { $0.replacingOccurrences(of: "fill:", with: "") } ?? (paint.fill == "fm" ? "var(--sg-muted)" : "var(--sg-c\(paint.fill.dropFirst()))")
            html += "<li><span class=\"sg-swatch\" style=\"background:\(SVGCanvas.escape(color))\"></span>\(SVGCanvas.escape(data.names[s]))</li>"
        }
        return html + "</ul>\n"
    }

    /// "Show the data": the table behind the chart and a CSV download.
    static func dataTable(_ spec: ChartSpec, id: String) -> String {
        let e = SVGCanvas.escape
        let table = spec.table
        var html = "<details class=\"sg-data\"><summary>Show the data</summary>\n<div class=\"table-wrap\"><table>\n<thead><tr>"
        let numeric = table.columns.indices.map(table.isNumeric)
        for (c, column) in table.columns.enumerated() { html += "<th scope=\"col\"\(numeric[c] ? " class=\"num\"" : "")>\(e(column))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows.prefix(1000) {
            html += "<tr>"
            for (c, cell) in row.enumerated() {
                if c == 0 && !numeric[0] {
                    html += "<th scope=\"row\">" + e(cell) + "</th>"
                } else {
                    html += (numeric[c] ? "<td class=\"num\">" : "<td>") + e(cell) + "</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody></table></div>\n"
        if table.rows.count > 1000 { html += "<p>The first 1,000 of \(table.rows.count) rows; the CSV has them all.</p>\n" }
        let csv = PercentEncoding.encode(table.csvText)
        html += "<p><a download=\"\(e(id)).csv\" href=\"data:text/csv;charset=utf-8,\(csv)\">Download the data (CSV)</a></p></details>\n"
        return html
    }
}
