// Writes SVG elements with every text and attribute escaped and every number at a fixed precision.

/// An SVG document under construction. Coordinates print with at most one decimal, so output is byte-stable.
struct SVGCanvas {
    private(set) var body = ""
    let width: Double
    let height: Double

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
        body.reserveCapacity(4096)
    }

    /// A coordinate with at most one decimal, built from integers (String(format:) was most of a chart's cost).
    static func n(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let tenths = Int((value * 10).rounded())
        if tenths == 0 { return "0" }
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        let sign = tenths < 0 ? "-" : ""
        return fraction == 0 ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
    }

    static func escape(_ text: String) -> String {
        // Most labels and cells need no escaping at all.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 38 && $0 != 60 && $0 != 62 && $0 != 34 && $0 != 39 && $0 < 0xEF }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                if (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    mutating func raw(_ text: String) {
        body += text
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, cls: String, style: String? = nil) {
        body += "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" class=\"\(cls)\"\(style.map { " style=\"\(Self.escape($0))\"" } ?? "")/>"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, cls: String) {
        body += "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" class=\"\(cls)\"/>"
    }

    mutating func path(_ d: String, cls: String, fill: Bool = false, width: Double = 2, style: String? = nil) {
        let paint = fill ? "" : " fill=\"none\" stroke-width=\"\(Self.n(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\""
        body += "<path d=\"\(d)\" class=\"\(cls)\"\(paint)\(style.map { " style=\"\(Self.escape($0))\"" } ?? "")/>"
    }

    mutating func circle(x: Double, y: Double, r: Double, cls: String, style: String? = nil) {
        body += "<circle cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"\(Self.n(r))\" class=\"\(cls)\"\(style.map { " style=\"\(Self.escape($0))\"" } ?? "")/>"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ text: String, x: Double, y: Double, anchor: Anchor = .start, cls: String = "lbl", bold: Bool = false) {
        body += "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\"\(anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\"") class=\"\(cls)\"\(bold ? " font-weight=\"700\"" : "")>\(Self.escape(text))</text>"
    }

    /// Several lines of text, one `<tspan>` each.
    mutating func lines(_ lines: [String], x: Double, y: Double, lineHeight: Double = 14, anchor: Anchor = .start, cls: String = "lbl") {
        guard lines.count > 1 else {
            text(lines.first ?? "", x: x, y: y, anchor: anchor, cls: cls)
            return
        }
        body += "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\"\(anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\"") class=\"\(cls)\">"
        for (i, line) in lines.enumerated() {
            body += "<tspan x=\"\(Self.n(x))\" dy=\"\(i == 0 ? "0" : Self.n(lineHeight))\">\(Self.escape(line))</tspan>"
        }
        body += "</text>"
    }
}

/// Rough text metrics for layout without a font engine: good enough to reserve space and wrap labels.
enum TextMetrics {
    static func width(_ text: String, size: Double = 13) -> Double {
        Double(text.count) * size * 0.56
    }

    /// Wraps `text` into lines of at most `width` pixels, at most `maxLines`, with `…` when cut.
    static func wrap(_ text: String, width: Double, maxLines: Int = 2, size: Double = 13) -> [String] {
        let limit = max(4, Int(width / (size * 0.56)))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            if word.count > limit { word = String(word.prefix(limit - 1)) + "…" }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = word
                if lines.count == maxLines { break }
            }
        }
        if lines.count < maxLines && !current.isEmpty { lines.append(current) }
        if lines.count == maxLines {
            let used = lines.joined(separator: " ").count
            if used < text.count {
                var last = lines[maxLines - 1]
                if last.count >= limit { last = String(last.prefix(limit - 1)) }
                lines[maxLines - 1] = last + "…"
            }
        }
        return lines.isEmpty ? [""] : lines
    }
}

import Foundation
