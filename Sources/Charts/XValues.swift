// The x values of a line, area or scatter chart: dates (with calendar ticks), numbers, or categories.

import CivilDate

/// How the x column reads.
enum XValues {
    case dates([Double], DateUnit)
    case numbers([Double])
    case categories([String])

    enum DateUnit: Int, Comparable {
        case day, month, quarter, year
        static func < (a: DateUnit, b: DateUnit) -> Bool { a.rawValue < b.rawValue }
    }

    /// Dates when every cell is `2024`, `2024-05`, `2024-Q2` or `2024-05-14`; numbers when every cell is a
    /// number; categories otherwise.
    static func read(_ cells: [String]) -> XValues {
        var days: [Double] = []
        var finest = DateUnit.year
        var allDates = !cells.isEmpty
        for cell in cells {
            guard let (day, unit) = parseDate(cell) else { allDates = false; break }
            days.append(Double(day))
            finest = min(finest, unit)
        }
        if allDates { return .dates(days, finest) }
        let numbers = cells.map { NumberParse.value($0) }
        if !cells.isEmpty, numbers.allSatisfy({ $0 != nil && $0!.isFinite }) { return .numbers(numbers.map { $0! }) }
        return .categories(cells)
    }

    /// Parses `2024`, `2024-05`, `2024-Q2` or `2024-05-14` from the bytes, without splitting strings.
    static func parseDate(_ text: String) -> (Int, DateUnit)? {
        var bytes = Array(Substring(text).trimmedSpaces.utf8)[...]
        func digits(_ count: Int) -> Int? {
            guard bytes.count >= count else { return nil }
            var value = 0
            for byte in bytes.prefix(count) {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            bytes = bytes.dropFirst(count)
            return value
        }
        func dash() -> Bool {
            guard bytes.first == UInt8(ascii: "-") else { return false }
            bytes = bytes.dropFirst()
            return true
        }
        guard let year = digits(4), year >= 1000 else { return nil }
        if bytes.isEmpty { return (CivilDate(year: year, month: 1, day: 1).daysSinceEpoch, .year) }
        guard dash() else { return nil }
        if let q = bytes.first, q == UInt8(ascii: "Q") || q == UInt8(ascii: "q") {
            bytes = bytes.dropFirst()
            guard let quarter = digits(1), (1...4).contains(quarter), bytes.isEmpty else { return nil }
            return (CivilDate(year: year, month: (quarter - 1) * 3 + 1, day: 1).daysSinceEpoch, .quarter)
        }
        guard let month = digits(2), (1...12).contains(month) else { return nil }
        if bytes.isEmpty { return (CivilDate(year: year, month: month, day: 1).daysSinceEpoch, .month) }
        guard dash(), let day = digits(2), bytes.isEmpty, (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return (CivilDate(year: year, month: month, day: day).daysSinceEpoch, .day)
    }

    /// Calendar ticks across `[low, high]` (days since 1970): at most `maxTicks`, the year printed once.
    static func dateTicks(low: Double, high: Double, unit: DateUnit, maxTicks: Int) -> [(Double, String)] {
        let start = CivilDate(daysSinceEpoch: Int(low.rounded(.down)))
        let end = CivilDate(daysSinceEpoch: Int(high.rounded(.up)))
        let spanYears = end.year - start.year
        for step in [1, 2, 5, 10, 20, 25, 50, 100] where unit == .year || spanYears >= 3 {
            let firstYear = start.month == 1 && start.day == 1 ? start.year : start.year + 1
            let alignedFirst = Int((Double(firstYear) / Double(step)).rounded(.up)) * step
            let years = stride(from: alignedFirst, through: end.year, by: step).map { $0 }
            if years.count <= maxTicks && !years.isEmpty {
                return years.map { (Double(CivilDate(year: $0, month: 1, day: 1).daysSinceEpoch), String($0)) }
            }
        }
        for step in [1, 3, 6] where unit <= .quarter || step >= 3 {
            var ticks: [(Double, String)] = []
            var year = start.year, month = start.month
            if start.day != 1 { month += 1; if month > 12 { month = 1; year += 1 } }
            while (month - 1) % step != 0 { month += 1; if month > 12 { month = 1; year += 1 } }
            var shownYear: Int?
            while CivilDate(year: year, month: month, day: 1) <= end {
                let label = shownYear != year ? "\(CivilDate.monthAbbreviations[month - 1]) \(year)" : CivilDate.monthAbbreviations[month - 1]
                shownYear = year
                ticks.append((Double(CivilDate(year: year, month: month, day: 1).daysSinceEpoch), label))
                month += step
                while month > 12 { month -= 12; year += 1 }
            }
            if ticks.count <= maxTicks && !ticks.isEmpty { return ticks }
        }
        let span = max(1, Int(high - low))
        let stepDays = [1, 2, 7, 14].first { span / $0 < maxTicks } ?? max(1, span / maxTicks)
        var ticks: [(Double, String)] = []
        var shownYear: Int?
        var day = Int(low.rounded(.up))
        while Double(day) <= high {
            let date = CivilDate(daysSinceEpoch: day)
            let label = "\(date.day) \(CivilDate.monthAbbreviations[date.month - 1])" + (shownYear != date.year ? " \(date.year)" : "")
            shownYear = date.year
            ticks.append((Double(day), label))
            day += stepDays
        }
        return ticks
    }

    /// A cell's label as an axis or tooltip would print it.
    static func label(days: Double, unit: DateUnit) -> String {
        let date = CivilDate(daysSinceEpoch: Int(days))
        switch unit {
        case .year: return String(date.year)
        case .quarter: return "Q\((date.month - 1) / 3 + 1) \(date.year)"
        case .month: return "\(CivilDate.monthAbbreviations[date.month - 1]) \(date.year)"
        case .day: return "\(date.day) \(CivilDate.monthAbbreviations[date.month - 1]) \(date.year)"
        }
    }
}

import Foundation
