// Scores extraction against annotated texts: precision, recall and F1 per type, and speaker accuracy.

/// A text's expected entities and quote speakers.
public struct GoldAnnotation: Sendable {
    public var entities: [EntityKind: [String]]
    /// The first words of each quotation and who said it (nil: the text does not say).
    public var quotes: [(starts: String, speaker: String?)]

    public init(entities: [EntityKind: [String]], quotes: [(starts: String, speaker: String?)]) {
        self.entities = entities
        self.quotes = quotes
    }
}

/// Totals over a set of texts.
public struct EvaluationScore: Sendable {
    public struct Counts: Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        public var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var counts: [EntityKind: Counts] = [:]
    public var quotesTotal = 0
    public var speakersCorrect = 0
    /// What went wrong, for tuning: "03-x.md organization missed: Station F".
    public var mistakes: [String] = []

    public var speakerAccuracy: Double { Double(speakersCorrect) / Double(max(1, quotesTotal)) }

    public init() {}

    /// Adds one text's result.
    public mutating func add(_ extraction: Extraction, gold: GoldAnnotation, name: String) {
        for kind in [EntityKind.person, .organization, .place] {
            let expected = Set((gold.entities[kind] ?? []).map(Self.normalize))
            let predicted = extraction.entities(of: kind)
            var counts = self.counts[kind] ?? Counts()
            var found = Set<String>()
            for entity in predicted {
                // (In the entity's own order, so that one matching two expected names scores the same every run.)
                let forms = ([entity.name] + entity.aliases).map(Self.normalize)
                if let match = forms.first(where: expected.contains) {
                    if found.insert(match).inserted { counts.truePositives += 1 }
                } else {
                    counts.falsePositives += 1
                    mistakes.append("\(name) \(kind.rawValue) wrong: \(entity.name)")
                }
            }
            for missing in expected.subtracting(found) {
                counts.falseNegatives += 1
                mistakes.append("\(name) \(kind.rawValue) missed: \(missing)")
            }
            self.counts[kind] = counts
        }
        for quote in gold.quotes {
            quotesTotal += 1
            let start = Self.normalize(quote.starts)
            let predicted = extraction.quotes.first { Self.normalize($0.text).hasPrefix(start) }
            let speaker = predicted?.speaker.map(Self.normalize)
            if predicted != nil && speaker == quote.speaker.map(Self.normalize) {
                speakersCorrect += 1
            } else {
                mistakes.append("\(name) quote \"\(quote.starts)\": expected \(quote.speaker ?? "no speaker"), got \(predicted == nil ? "no quote" : predicted!.speaker ?? "no speaker")")
            }
        }
    }

    static func normalize(_ text: String) -> String {
        var s = text.lowercased().replacingOccurrences(of: "’", with: "'")
        if s.hasPrefix("the ") { s.removeFirst(4) }
        while s.hasSuffix(".") { s.removeLast() }
        // "U.S." and "US" are one name written two ways.
        if s.utf8.count <= 8, s.contains("."), s.split(separator: ".").allSatisfy({ $0.count == 1 }) { s.removeAll { $0 == "." } }
        return s
    }

    /// The table `sitegen entities --evaluate` prints.
    public var table: String {
        var lines = ["type          precision  recall     F1"]
        for kind in [EntityKind.person, .organization, .place] {
            let c = counts[kind] ?? Counts()
            lines.append(kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                         + Self.percent(c.precision).padding(toLength: 11, withPad: " ", startingAt: 0)
                         + Self.percent(c.recall).padding(toLength: 11, withPad: " ", startingAt: 0) + Self.percent(c.f1))
        }
        lines.append("speakers      \(speakersCorrect)/\(quotesTotal) correct = \(Self.percent(speakerAccuracy))")
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

import Foundation

extension GoldAnnotation {
    /// Reads `people:`, `organizations:`, `places:` and `quotes:` from an evaluation file's front matter.
    public static func parse(yaml: String) -> GoldAnnotation? {
        guard let root = try? Yams.compose(yaml: yaml, .basic, .default, .utf8), case .mapping(let fields) = root else { return nil }
        var entities: [EntityKind: [String]] = [:]
        var quotes: [(starts: String, speaker: String?)] = []
        for (key, value) in fields {
            let names: [String]
            if case .sequence(let list) = value { names = list.compactMap(\.string) } else { names = [] }
            switch key.string {
            case "people": entities[.person] = names
            case "organizations": entities[.organization] = names
            case "places": entities[.place] = names
            case "quotes":
                guard case .sequence(let list) = value else { continue }
                for item in list {
                    guard case .mapping(let quote) = item else { continue }
                    var starts = "", speaker: String?
                    for (k, v) in quote {
                        if k.string == "starts" { starts = v.string ?? "" }
                        if k.string == "speaker", let s = v.string, s != "null", s != "~" { speaker = s }
                    }
                    quotes.append((starts, speaker))
                }
            default: continue
            }
        }
        return GoldAnnotation(entities: entities, quotes: quotes)
    }
}

import Yams
