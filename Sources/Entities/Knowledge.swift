// What the extractor knows before it reads: gazetteers of places and names, and the site's curated entities.

import Foundation

/// What the gazetteers say a name is. A name can be several things: "Jordan" is a country and a
/// given name, "Ford" a surname and a company.
struct NameClass: OptionSet, Sendable {
    let rawValue: UInt16
    static let country = NameClass(rawValue: 1 << 0)
    static let city = NameClass(rawValue: 1 << 1)
    static let region = NameClass(rawValue: 1 << 2)
    /// Nations within states and regions news names often (`WordLists.extraPlaces`).
    static let otherPlace = NameClass(rawValue: 1 << 3)
    static let demonym = NameClass(rawValue: 1 << 4)
    static let givenName = NameClass(rawValue: 1 << 5)
    static let surname = NameClass(rawValue: 1 << 6)
    static let company = NameClass(rawValue: 1 << 7)
    /// Given names of one sex only, so that "she said" is not read as a man's words.
    static let female = NameClass(rawValue: 1 << 8)
    static let male = NameClass(rawValue: 1 << 9)
    static let place: NameClass = [.country, .city, .region, .otherPlace]
}

/// Gazetteers (places, given names, surnames, demonyms, listed companies) and curated entities. Load once, share freely.
public struct Knowledge: Sendable {
    /// Every gazetteer name and what it is, in one table: the recognizer asks several questions about
    /// each candidate name, and one lookup answers them all.
    var lexicon: [String: NameClass] = [:]
    /// The same table asked on bytes, for names written in ASCII (nearly all of them): String
    /// hashing was a large share of extraction. Made once the lexicon is complete.
    private var asciiLexicon = ByteTable<NameClass>()
    /// Demonyms on their own, for "the Italian said".
    var demonyms: Set<String> = []
    /// Every place in lower case, for datelines written in capitals ("RIO DE JANEIRO —").
    var placesLowercased: [String: String] = [:]
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
        func add(_ names: Set<String>, _ kind: NameClass) {
            for name in names { knowledge.lexicon[name, default: []].insert(kind) }
        }
        var cities = list("cities")
        // Accent-free spellings too: news copy often writes "Zurich" for Zürich, "Sao Paulo" for São Paulo.
        for city in cities {
            let folded = city.folding(options: .diacriticInsensitive, locale: nil)
            if folded != city { cities.insert(folded) }
        }
        add(list("countries"), .country)
        add(cities, .city)
        add(list("regions"), .region)
        add(WordLists.extraPlaces, .otherPlace)
        knowledge.demonyms = list("demonyms").union(WordLists.demonymNouns).union(WordLists.regionalDemonyms)
        add(knowledge.demonyms, .demonym)
        add(list("given-names"), .givenName)
        add(list("surnames"), .surname)
        add(list("companies"), .company)
        add(list("female-names"), .female)
        add(list("male-names"), .male)
        // Some places are listed twice, "Rio de Janeiro" and "Rio De Janeiro": one fixed choice, the
        // spelling with lower-case particles, so a dateline does not come out differently from run to run.
        for (place, kind) in knowledge.lexicon where !kind.isDisjoint(with: .place) {
            let lowered = place.lowercased()
            if let other = knowledge.placesLowercased[lowered], !Self.preferredSpelling(place, over: other) { continue }
            knowledge.placesLowercased[lowered] = place
        }
        knowledge.asciiLexicon = ByteTable(knowledge.lexicon.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } })
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

    /// What the gazetteers say `name` is (nothing when they do not know it).
    func classes(of name: String) -> NameClass {
        var name = name
        // Byte equality is String equality only for ASCII; other names go through String's rules.
        if let found = name.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiLexicon.value(bytes) ?? [] : nil }) { return found }
        if let found = lexicon[name] { return found }
        // The lists write apostrophes straight; text set with smart punctuation curls them ("Moody’s").
        guard name.utf8.contains(0xE2) else { return [] }
        return lexicon[name.replacingOccurrences(of: "’", with: "'")] ?? []
    }

    func isPlace(_ name: String) -> Bool { !classes(of: name).isDisjoint(with: .place) }
    func isCountry(_ name: String) -> Bool { classes(of: name).contains(.country) }
    func isGivenName(_ name: String) -> Bool { classes(of: name).contains(.givenName) }
    func isSurname(_ name: String) -> Bool { classes(of: name).contains(.surname) }
    func isCompany(_ name: String) -> Bool { classes(of: name).contains(.company) }
    func isDemonym(_ name: String) -> Bool { classes(of: name).contains(.demonym) }

    /// The sex a person's name shows by its first word, when the given-name lists agree on one.
    func sex(ofPerson name: String) -> NameClass {
        let first = name.prefix { $0 != " " }
        return classes(of: String(first)).intersection([.female, .male])
    }
}
