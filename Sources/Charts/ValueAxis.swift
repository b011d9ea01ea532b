// The value axis: a nice domain (zero-based for bars), ticks that fit the space, formatted labels.

/// A value axis laid out for a plot of a given length.
struct ValueAxis {
    let scale: LinearScale
    let ticks: [Double]
    let step: Double
    let format: NumberFormat

    /// - Parameters:
    ///   - includeZero: bars, columns and areas always start at zero; lines need not.
    ///   - wholeNumbers: every value is an integer (counts), so ticks are too.
    init(extent: (Double, Double), spec: ChartSpec, includeZero: Bool, wholeNumbers: Bool,
         range: (Double, Double), spacing: Double) {
        var low = extent.0, high = extent.1
        if includeZero { low = min(low, 0); high = max(high, 0) }
        if let m = spec.minimum { low = includeZero ? min(m, 0) : m }
        if let m = spec.maximum { high = m }
        // Never truncate a bar: an override above zero still starts at zero.
        let count = Ticks.count(for: abs(range.1 - range.0), spacing: spacing)
        let nice = Ticks.nice(low, high, count: count, wholeNumbers: wholeNumbers)
        let domainLow = spec.minimum.map { includeZero ? min($0, 0) : $0 } ?? nice.low
        let domainHigh = spec.maximum ?? nice.high
        scale = LinearScale(domain: (domainLow, domainHigh), range: range)
        step = nice.step
        ticks = Ticks.values(domainLow, domainHigh, step: nice.step)
        format = spec.format
    }

    /// Tick labels carry the unit (suffix, percent sign) only on the top tick, as Datawrapper does;
    /// currency symbols stay on every tick.
    func label(_ value: Double) -> String {
        var plain = format
        if value != ticks.last {
            plain.suffix = ""
            if plain.style == .percent { plain.style = .number }
        }
        return plain.format(value, decimals: format.decimals ?? NumberFormat.decimals(forStep: step))
    }

    var maxLabelWidth: Double {
        ticks.map { TextMetrics.width(label($0)) }.max() ?? 0
    }
}
