// Scales and "nice" ticks (1-2-5 steps, as d3 chooses them) for value axes.

import Foundation

/// Maps a numeric domain onto a pixel range.
public struct LinearScale: Sendable, Equatable {
    public var domain: (Double, Double)
    public var range: (Double, Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.1 - domain.0
        guard span != 0 else { return (range.0 + range.1) / 2 }
        return range.0 + (value - domain.0) / span * (range.1 - range.0)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}

/// Tick positions for a value axis.
public enum Ticks {
    /// The step d3 would choose: a power of ten times 1, 2 or 5, giving about `count` ticks.
    public static func step(from start: Double, to stop: Double, count: Int) -> Double {
        let span = abs(stop - start)
        guard span > 0, span.isFinite, count > 0 else { return 1 }
        let raw = span / Double(count)
        let power = pow(10, floor(log10(raw)))
        let error = raw / power
        let factor: Double = error >= sqrt(50) ? 10 : error >= sqrt(10) ? 5 : error >= sqrt(2) ? 2 : 1
        return factor * power
    }

    /// Extends `[low, high]` outwards to whole steps, so the axis starts and ends on a tick.
    /// - Parameter wholeNumbers: counts never get fractional ticks ("0.2 articles"), so the step is at least 1.
    public static func nice(_ low: Double, _ high: Double, count: Int, wholeNumbers: Bool = false) -> (low: Double, high: Double, step: Double) {
        var low = low, high = high
        if low == high {
            if low == 0 { return wholeNumbers ? (0, 1, 1) : (0, 1, 0.2) }
            let pad = abs(low) * 0.1
            low -= pad
            high += pad
        }
        var step = Self.step(from: low, to: high, count: count)
        for _ in 0..<3 {
            let niceLow = floor(low / step) * step
            let niceHigh = ceil(high / step) * step
            let next = Self.step(from: niceLow, to: niceHigh, count: count)
            low = niceLow
            high = niceHigh
            if next == step { break }
            step = next
        }
        if wholeNumbers, step < 1 { step = 1 }
        return (floor(low / step) * step, ceil(high / step) * step, step)
    }

    /// The tick values from `low` to `high` by `step`, computed by multiplication (no drift).
    public static func values(_ low: Double, _ high: Double, step: Double) -> [Double] {
        guard step > 0 else { return [low] }
        let first = Int((low / step).rounded(.up) - 0), last = Int((high / step + 1e-9).rounded(.down))
        guard last >= first, last - first < 1000 else { return [low, high] }
        return (first...last).map { Double($0) * step }.map { abs($0) < step * 1e-9 ? 0 : $0 }
    }

    /// How many ticks fit in `length` pixels with about `spacing` pixels between them.
    public static func count(for length: Double, spacing: Double) -> Int {
        max(2, min(10, Int(length / spacing)))
    }
}
