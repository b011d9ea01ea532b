// Values templates can format with helpers: {{slug(title)}}, {{iso(date)}}, {{grouped(word_count)}}…

import Content
import Foundation
import Markdown
import Mustache

/// How the site's language writes dates and numbers, worked out once per build from Foundation's locale data.
/// A class: every text, date and number value handed to the templates holds one, and copying the
/// struct's arrays and strings into each was measurable on a 10,000-article build.
final class LocaleStyle: Sendable {
    let months: [String]
    let shortMonths: [String]
    /// A date pattern such as `d MMMM y` or `MMMM d, y`.
    let longPattern: String
    let monthPattern: String
    let groupingSeparator: String
    let decimalSeparator: String
    /// Scheme and host of the base URL, to make root-relative links absolute.
    let origin: String

    init(language: String, baseURL: String) {
        let locale = Locale(identifier: language)
        let formatter = DateFormatter()
        formatter.locale = locale
        months = formatter.monthSymbols
        shortMonths = formatter.shortMonthSymbols
        longPattern = DateFormatter.dateFormat(fromTemplate: "dMMMMy", options: 0, locale: locale) ?? "d MMMM y"
        monthPattern = DateFormatter.dateFormat(fromTemplate: "MMMMy", options: 0, locale: locale) ?? "MMMM y"
        let numbers = NumberFormatter()
        numbers.locale = locale
        groupingSeparator = numbers.groupingSeparator ?? ","
        decimalSeparator = numbers.decimalSeparator ?? "."
        if let url = URL(string: baseURL), let scheme = url.scheme, let host = url.host {
            origin = "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
        } else {
            origin = ""
        }
    }

    /// Formats with a subset of Unicode date patterns: d, dd, M, MM, MMM, MMMM, y, yyyy and 'quoted' text.
    func format(_ timestamp: Timestamp, pattern: String) -> String {
        let c = timestamp.civil
        var result = ""
        var chars = Array(pattern)[...]
        while let first = chars.first {
            if first == "'" {
                chars = chars.dropFirst()
                let literal = chars.prefix { $0 != "'" }
                result += String(literal)
                chars = chars.dropFirst(literal.count + 1)
                continue
            }
            let run = chars.prefix { $0 == first }
            chars = chars.dropFirst(run.count)
            switch (first, run.count) {
            case ("d", 1): result += String(c.day)
            case ("d", _): result += c.day < 10 ? "0\(c.day)" : String(c.day)
            case ("M", 1), ("L", 1): result += String(c.month)
            case ("M", 2), ("L", 2): result += c.month < 10 ? "0\(c.month)" : String(c.month)
            case ("M", 3), ("L", 3): result += shortMonths[c.month - 1]
            case ("M", _), ("L", _): result += months[c.month - 1]
            case ("y", 2): result += String(c.year % 100)
            case ("y", _): result += String(c.year)
            default: result += String(run)
            }
        }
        return result
    }

    func long(_ t: Timestamp) -> String { format(t, pattern: longPattern) }
    func month(_ t: Timestamp) -> String { format(t, pattern: monthPattern) }

    /// 1234567 → "1,234,567" with the locale's separator.
    func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result += groupingSeparator }
            result.append(ch)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// 1234567 → "1.2M", 15300 → "15.3K".
    func compact(_ value: Int) -> String {
        let magnitude = abs(Double(value))
        let (scaled, suffix): (Double, String) = magnitude >= 1e9 ? (magnitude / 1e9, "B") : magnitude >= 1e6 ? (magnitude / 1e6, "M") : magnitude >= 1e3 ? (magnitude / 1e3, "K") : (magnitude, "")
        var text = suffix.isEmpty ? String(Int(scaled)) : String(format: "%.1f", scaled)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return (value < 0 ? "-" : "") + text.replacingOccurrences(of: ".", with: decimalSeparator) + suffix
    }
}

/// Text with helpers: `slug`, `truncate` (160 characters), `short` (80), `absolute` (a link as an absolute URL),
/// plus swift-mustache's own `uppercased`, `lowercased`, `capitalized`.
struct TemplateText: MustacheTransformable, MustacheParent, CustomStringConvertible {
    let value: String
    let style: LocaleStyle

    var description: String { value }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? {
        switch name {
        case "slug": return Slug.make(value)
        case "truncate": return Summary.shorten(value, limit: 160)
        case "short": return Summary.shorten(value, limit: 80)
        case "absolute": return value.hasPrefix("/") ? style.origin + value : value
        default: return value.transform(name)
        }
    }
}

/// A date; prints in the site's language ("12 May 2025"). Helpers: `iso` (for `<time datetime>`),
/// `date` (2025-05-12), `long`, `month` ("May 2025"), `year`, `rfc822`.
struct TemplateDate: MustacheTransformable, MustacheParent, CustomStringConvertible {
    let timestamp: Timestamp
    let style: LocaleStyle

    var description: String { style.long(timestamp) }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? {
        switch name {
        case "iso": return timestamp.iso8601
        case "date": return timestamp.isoDate
        case "long": return style.long(timestamp)
        case "month": return style.month(timestamp)
        case "year": return String(timestamp.civil.year)
        case "rfc822": return timestamp.rfc822
        default: return nil
        }
    }
}

/// A whole number; prints grouped ("12,345"). Helpers: `grouped`, `compact` ("12.3K").
struct TemplateNumber: MustacheTransformable, MustacheParent, CustomStringConvertible {
    let value: Int
    let style: LocaleStyle

    var description: String { style.grouped(value) }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? {
        switch name {
        case "grouped": return style.grouped(value)
        case "compact": return style.compact(value)
        case "plusone": return style.grouped(value + 1)
        default: return nil
        }
    }
}

/// Text pushed as a section's context (`{{#url}}<a href="{{url}}">…{{/url}}`) has no named
/// children; without this, swift-mustache looks names up in a String by reflection.
extension String: @retroactive MustacheParent {
    public func child(named name: String) -> Any? { nil }
}

/// Text renders as itself. swift-mustache tries a chain of dynamic casts (template, renderable,
/// lambda, optional) before printing a value it knows nothing about; answering the second ends the
/// chain. With about 200 variables per article page, the casts were a large part of rendering.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension TemplateText: MustacheCustomRenderable {
    var renderText: String { value }
    /// Empty text is nothing to show: `{{#description}}…{{/description}}` skips it.
    var isNull: Bool { value.isEmpty }
}

extension TemplateDate: MustacheCustomRenderable {
    var renderText: String { description }
    var isNull: Bool { false }
}

extension TemplateNumber: MustacheCustomRenderable {
    var renderText: String { description }
    var isNull: Bool { false }
}
