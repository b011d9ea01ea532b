// What the extractor knows before it reads: gazetteers of places and names, and the site's curated entities.

import Foundation

/// Gazetteers (places, given names, surnames, demonyms, listed companies) and curated entities. Load once, share freely.
public struct Knowledge: Sendable {
    var countries: Set<String> = []
    var cities: Set<String> = []
    var regions: Set<String> = []
    var demonyms: Set<String> = []
    var givenNames: Set<String> = []
    /// Every place in lower case, for datelines written in capitals ("RIO DE JANEIRO —").
    var placesLowercased: [String: String] = [:]
    var surnames: Set<String> = []
    /// Companies in the major stock indices, as listed and in the short form news copy uses.
    var companies: Set<String> = []
    public var curated = CuratedEntities()

    public init() {}

    /// The gazetteers bundled with the library (see Gazetteers/SOURCES.md).
    public static let standard: Knowledge = {
        var knowledge = Knowledge()
        func list(_ name: String) -> Set<String> {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Gazetteers"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
            return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
        }
        knowledge.countries = list("countries")
        knowledge.cities = list("cities")
        knowledge.regions = list("regions")
        knowledge.demonyms = list("demonyms")
        knowledge.givenNames = list("given-names")
        knowledge.surnames = list("surnames")
        knowledge.companies = list("companies")
        // Accent-free spellings too: news copy often writes "Zurich" for Zürich, "Sao Paulo" for São Paulo.
        for city in knowledge.cities {
            let folded = city.folding(options: .diacriticInsensitive, locale: nil)
            if folded != city { knowledge.cities.insert(folded) }
        }
        // Some places are listed twice, "Rio de Janeiro" and "Rio De Janeiro": one fixed choice, the
        // spelling with lower-case particles, so a dateline does not come out differently from run to run.
        for place in knowledge.countries.union(knowledge.cities).union(knowledge.regions).union(WordLists.extraPlaces) {
            let lowered = place.lowercased()
            if let other = knowledge.placesLowercased[lowered], !Self.preferredSpelling(place, over: other) { continue }
            knowledge.placesLowercased[lowered] = place
        }
        return knowledge
    }()

    /// Of two spellings of one place, the one with more lower-case letters ("Dar es Salaam"), then the first in byte order.
    static func preferredSpelling(_ a: String, over b: String) -> Bool {
        func lowercaseCount(_ s: String) -> Int { s.unicodeScalars.filter(\.properties.isLowercase).count }
        let (la, lb) = (lowercaseCount(a), lowercaseCount(b))
        return la != lb ? la > lb : Array(a.utf8).lexicographicallyPrecedes(b.utf8)
    }

    /// The standard gazetteers with a site's curated entities on top.
    public func with(_ curated: CuratedEntities) -> Knowledge {
        var copy = self
        copy.curated = curated
        return copy
    }

    func isPlace(_ name: String) -> Bool {
        countries.contains(name) || cities.contains(name) || regions.contains(name) || WordLists.extraPlaces.contains(name)
    }
}
