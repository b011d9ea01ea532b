// "More like this": related articles ranked by shared features (tags now), weighted by rarity,
// through an inverted index that looks only at a window of each feature's postings.

import Foundation

/// Finds related articles in linear time: each article looks at most `window` neighbours (by date)
/// on each side in the posting list of each of its features, never at all pairs.
struct RelatedIndex: Sendable {
    /// Features of each document, e.g. `tag:ai`; documents are in date order, newest first.
    let features: [[String]]
    /// The group of each document (its section), for the fallback when nothing is shared.
    let groups: [String]
    let window: Int
    private let postings: [String: [Int]]
    private let weights: [String: Double]

    init(features: [[String]], groups: [String], window: Int = 64) {
        self.features = features
        self.groups = groups
        self.window = window
        var postings: [String: [Int]] = [:]
        for (document, list) in features.enumerated() {
            for feature in Set(list) { postings[feature, default: []].append(document) }
        }
        self.postings = postings
        let count = Double(max(1, features.count))
        weights = postings.mapValues { log(1 + count / Double($0.count)) }
    }

    /// Up to `limit` documents related to `document`, best first; ties go to the nearest in date.
    func related(to document: Int, limit: Int) -> [Int] {
        var scores: [Int: Double] = [:]
        // Sized for the windows up front: growing the table step by step was most of this function.
        scores.reserveCapacity(min(features.count, features[document].count * (2 * window + 1)))
        // In a fixed order: a Set's order changes from run to run, and adding the same weights in
        // another order can change a sum's last bit, and so break a tie the other way.
        for feature in Set(features[document]).sorted() {
            guard let list = postings[feature], let weight = weights[feature] else { continue }
            let position = Self.lowerBound(list, document)
            let lower = max(0, position - window), upper = min(list.count, position + window + 1)
            for other in list[lower..<upper] where other != document { scores[other, default: 0] += weight }
        }
        func better(_ a: (key: Int, value: Double), _ b: (key: Int, value: Double)) -> Bool {
            if a.value != b.value { return a.value > b.value }
            let da = abs(a.key - document), db = abs(b.key - document)
            return da != db ? da < db : a.key < b.key
        }
        var ranked = scores.best(limit, by: better).map(\.key)
        if ranked.count < limit {
            // Never empty while the section has other articles: fill with the nearest ones in it.
            var distance = 1
            while ranked.count < limit && (document - distance >= 0 || document + distance < groups.count) {
                for other in [document - distance, document + distance] where other >= 0 && other < groups.count {
                    if ranked.count < limit && groups[other] == groups[document] && !ranked.contains(other) { ranked.append(other) }
                }
                distance += 1
                if distance > window * 4 { break }
            }
        }
        return ranked
    }

    static func lowerBound(_ list: [Int], _ value: Int) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
