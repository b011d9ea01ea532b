// How chart values are written: percent, currency, thousands separators, compact (1.2M), decimals.

/// The number style of a chart's values and value axis.
public struct NumberFormat: Sendable, Equatable {
    public enum Style: String, Sendable { case number, percent, currency }

    public var style: Style = .number
    /// Currency symbol or code for `.currency`: `$`, `€`, `£`, `USD`.
    public var currency = "$"
    /// Fixed decimals; nil picks what the values need (up to 2).
    public var decimals: Int?
    /// 1,200,000 → 1.2M.
    public var compact = false
    public var prefix = ""
    public var suffix = ""
    public var thousandsSeparator = ","
    public var decimalSeparator = "."

    public init() {}

    /// A value as a label: `$1.2M`, `12.5%`, `3,400 t`.
    public func format(_ value: Double, decimals override: Int? = nil) -> String {
        guard value.isFinite else { return "–" }
        var v = value
        var unit = ""
        if compact {
            let magnitude = abs(v)
            for (threshold, letter) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")] where magnitude >= threshold {
                v /= threshold
                unit = letter
                break
            }
        }
        let places = override ?? decimals ?? Self.decimalsNeeded(v, compact: !unit.isEmpty)
        var text = Self.fixed(abs(v), places: places, thousands: thousandsSeparator, decimal: decimalSeparator) + unit
        switch style {
        case .number: break
        case .percent: text += "%"
        case .currency: text = currency.count == 1 || currency.unicodeScalars.first!.properties.isAlphabetic == false ? currency + text : text + " " + currency
        }
        let sign = v < 0 && Self.fixed(abs(v), places: places, thousands: "", decimal: ".") != Self.fixed(0, places: places, thousands: "", decimal: ".") ? "−" : ""
        return sign + prefix + text + suffix
    }

    /// The decimals that show a value without noise: 0 for whole numbers, else 1 or 2.
    static func decimalsNeeded(_ v: Double, compact: Bool) -> Int {
        if v == v.rounded() { return 0 }
        if compact { return 1 }
        return abs(v * 10 - (v * 10).rounded()) < 1e-9 ? 1 : 2
    }

    /// Decimals that keep tick labels distinct for a given step: 0.25 → 2, 5 → 0.
    static func decimals(forStep step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var places = 0
        var scaled = step
        while places < 6 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            places += 1
        }
        return places
    }

    /// Fixed-point text with grouping, without Foundation formatters (byte-stable and fast).
    static func fixed(_ value: Double, places: Int, thousands: String, decimal: String) -> String {
        let factor = pow10(places)
        let scaled = (value * factor).rounded()
        let integerPart = (scaled / factor).rounded(.towardZero)
        let fraction = Int((scaled - integerPart * factor).rounded())
        var digits = integerPart >= 1e18 ? String(format18: integerPart) : String(Int64(integerPart))
        if !thousands.isEmpty && digits.count > 3 {
            var grouped = ""
            for (i, ch) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped += thousands }
                grouped.append(ch)
            }
            digits = grouped
        }
        guard places > 0 else { return digits }
        let fractionText = String(fraction)
        return digits + decimal + String(repeating: "0", count: max(0, places - fractionText.count)) + fractionText
    }

    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}

extension String {
    /// Very large numbers (≥ 1e18) without overflowing Int64.
    init(format18 value: Double) {
        var digits = ""
        var v = value
        while v >= 1 {
            let d = v.truncatingRemainder(dividingBy: 10)
            digits = String(Int(d)) + digits
            v = (v / 10).rounded(.towardZero)
        }
        self = digits.isEmpty ? "0" : digits
    }
}
