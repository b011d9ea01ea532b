// A point in time as written in front matter, parsed and printed without Foundation's date formatters.

import CivilDate

/// A date and time with the UTC offset it was written in. Comparable by instant.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Int64
    /// The offset from UTC the author wrote, in minutes; kept so output shows the author's wall-clock time.
    public var utcOffsetMinutes: Int

    public init(secondsSinceEpoch: Int64, utcOffsetMinutes: Int = 0) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Accepts `2025-03-14`, `2025-03-14T09:30`, `2025-03-14T09:30:00Z`, `2025-03-14 09:30:00+01:00`
    /// (fractions of a second are ignored). Date-only values mean midnight UTC.
    public init?(parsing text: String) {
        let s = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= s.count else { return nil }
            var value = 0
            for k in i..<(i + digits) {
                guard s[k] >= 48 && s[k] <= 57 else { return nil }
                value = value * 10 + Int(s[k] - 48)
            }
            i += digits
            return value
        }
        func expect(_ c: Character) -> Bool {
            guard i < s.count, s[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        if i < s.count {
            guard s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: "t") || s[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            guard let h = number(2), expect(":"), let m = number(2), h < 24, m < 60 else { return nil }
            hour = h
            minute = m
            if expect(":") {
                guard let sec = number(2), sec < 61 else { return nil }
                second = min(sec, 59)
                if expect(".") { while i < s.count, s[i] >= 48 && s[i] <= 57 { i += 1 } }
            }
            while i < s.count, s[i] == UInt8(ascii: " ") { i += 1 }
            if i < s.count {
                if s[i] == UInt8(ascii: "Z") || s[i] == UInt8(ascii: "z") {
                    i += 1
                } else if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
                    let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
                    i += 1
                    guard let oh = number(2) else { return nil }
                    _ = expect(":")
                    guard let om = number(2), oh < 24, om < 60 else { return nil }
                    offset = sign * (oh * 60 + om)
                } else {
                    return nil
                }
            }
            guard i == s.count else { return nil }
        }
        let days = CivilDate(year: year, month: month, day: day).daysSinceEpoch
        let local = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(secondsSinceEpoch: local - Int64(offset * 60), utcOffsetMinutes: offset)
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        a.secondsSinceEpoch < b.secondsSinceEpoch
    }

    /// The wall-clock date and time in the author's offset.
    public var civil: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let local = secondsSinceEpoch + Int64(utcOffsetMinutes * 60)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondsOfDay = Int(local - Int64(days) * 86_400)
        let date = CivilDate(daysSinceEpoch: days)
        return (date.year, date.month, date.day, secondsOfDay / 3600, secondsOfDay % 3600 / 60, secondsOfDay % 60)
    }

    /// RFC 3339 / ISO 8601, e.g. `2025-03-14T09:30:00+01:00` (`Z` for UTC): for `<time datetime>`, Atom, sitemaps.
    public var iso8601: String {
        let c = civil
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))" + offsetText(separator: ":", utc: "Z")
    }

    /// `2025-03-14`.
    public var isoDate: String {
        let c = civil
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))"
    }

    /// RFC 822, for RSS: `Fri, 14 Mar 2025 09:30:00 +0100`.
    public var rfc822: String {
        let c = civil
        let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][CivilDate(year: c.year, month: c.month, day: c.day).weekday]
        let month = CivilDate.monthAbbreviations[c.month - 1]
        return "\(weekday), \(pad(c.day)) \(month) \(pad(c.year, 4)) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)) " + offsetText(separator: "", utc: "+0000")
    }

    /// Year and month, for archives: `2025-03`.
    public var yearMonth: String {
        let c = civil
        return Self.yearMonth(year: c.year, month: c.month)
    }

    /// `2025-03` for year 2025, month 3 (String(format:) was a tenth of building the topic index).
    public static func yearMonth(year: Int, month: Int) -> String {
        let y = String(year), m = String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0" : "-") + m
    }

    private func offsetText(separator: String, utc: String) -> String {
        guard utcOffsetMinutes != 0 else { return utc }
        let sign = utcOffsetMinutes < 0 ? "-" : "+"
        let total = abs(utcOffsetMinutes)
        return sign + pad(total / 60) + separator + pad(total % 60)
    }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
