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
    /// Languages ("Kannada", "Swahili"), which name no place, person or organisation.
    static let language = NameClass(rawValue: 1 << 10)
    /// Another name of a country ("USA", "Britain"), filed under the one `country-names.txt` gives it.
    static let otherCountryName = NameClass(rawValue: 1 << 11)
    static let place: NameClass = [.country, .city, .region, .otherPlace, .otherCountryName]
    /// What the lists know of people's names: a name only these say anything of may still be a place's.
    static let personName: NameClass = [.givenName, .surname, .male, .female]
}

/// Gazetteers (places, given names, surnames, demonyms, listed companies) and curated entities. Load once, share freely.
public struct Knowledge: Sendable {
    /// Every gazetteer name written in ASCII (nearly all of them) and what it is, in one table asked
    /// on bytes: the recognizer asks several questions about each candidate name, and one lookup
    /// answers them all, with no String hashed (String hashing was a large share of extraction).
    private var asciiLexicon = ByteTable<NameClass>()
    /// The same for the names with other letters ("Zürich", "Søren").
    var lexicon: [String: NameClass] = [:]
    /// Lower-case English words, asked with capitals folded: "Industry" in "Industry analyst Jane Doe"
    /// is a word. Kept apart from the names: a word may be a name too ("Rose", "Ford").
    private var englishWords = ByteTable<Bool>()
    /// Demonyms on their own, for "the Italian said".
    var demonyms: Set<String> = []
    /// Every place in lower case, for datelines written in capitals ("RIO DE JANEIRO —").
    var placesLowercased: [String: String] = [:]
    /// A country's other names ("US", "United States of America", "Britain") → the one the lists give it.
    /// (Asked of every place the text names: on the bytes, with no String hashed.)
    private var countryNames = ByteTable<String>()
    public var curated = CuratedEntities()

    public init() {}

    /// The gazetteers bundled with the library (see Gazetteers/SOURCES.md).
    public static let standard: Knowledge = {
        // Read as bytes into the table: making a String of each of the 170,000 lines, then a Set,
        // then a dictionary, then the byte table from it, took a quarter of a second per build.
        var knowledge = Knowledge()
        let files: [(name: String, kind: NameClass)] = [
            ("countries", .country), ("cities", .city), ("regions", .region), ("demonyms", .demonym),
            ("given-names", .givenName), ("surnames", .surname), ("companies", .company), ("female-names", .female), ("male-names", .male), ("languages", .language),
        ]
        let texts = files.map { list($0.name) }
        let extra = [(WordLists.extraPlaces, NameClass.otherPlace), (WordLists.demonymNouns, .demonym), (WordLists.regionalDemonyms, .demonym)]
        let countryText = list("country-names")
        var ascii = ByteTable<NameClass>(capacity: texts.reduce(0) { $0 + lineCount($1) } + extra.reduce(0) { $0 + $1.0.count } + lineCount(countryText))
        var places: [String] = []
        func add(_ line: UnsafeBufferPointer<UInt8>, _ kind: NameClass) {
            if line.allSatisfy({ $0 < 0x80 }) {
                ascii.insert(line, kind) { $0.union($1) }
            } else {
                knowledge.lexicon[String(decoding: line, as: UTF8.self), default: []].insert(kind)
            }
        }
        func add(_ name: String, _ kind: NameClass) {
            var name = name
            name.withUTF8 { add($0, kind) }
            if !kind.isDisjoint(with: .place) { places.append(name) }
        }
        for (file, text) in zip(files, texts) {
            text.withUnsafeBufferPointer { bytes in
                forEachLine(bytes) { line in
                    if file.kind.isDisjoint(with: .place) && file.kind != .demonym {
                        add(line, file.kind)
                        return
                    }
                    let name = String(decoding: line, as: UTF8.self)
                    add(name, file.kind)
                    if file.kind == .demonym { knowledge.demonyms.insert(name) }
                    // Accent-free spellings too: news copy often writes "Zurich" for Zürich, "Sao Paulo" for São Paulo.
                    if file.kind == .city, !line.allSatisfy({ $0 < 0x80 }) {
                        let folded = name.folding(options: .diacriticInsensitive, locale: nil)
                        if folded != name { add(folded, .city) }
                    }
                }
            }
        }
        for (names, kind) in extra {
            for name in names.sorted() { add(name, kind) }
            if kind == .demonym { knowledge.demonyms.formUnion(names) }
        }
        var countryNames: [String: String] = [:]
        countryText.withUnsafeBufferPointer { bytes in
            forEachLine(bytes) { line in
                guard let tab = line.firstIndex(of: 9) else { return }
                let form = String(decoding: line[..<tab], as: UTF8.self)
                countryNames[form] = String(decoding: line[(tab + 1)...], as: UTF8.self)
                add(form, .otherCountryName)
            }
        }
        knowledge.countryNames = ByteTable(countryNames)
        knowledge.asciiLexicon = ascii
        knowledge.englishWords = Self.wordTable(listed: "english-words")
        // Some places are listed twice, "Rio de Janeiro" and "Rio De Janeiro": one fixed choice, the
        // spelling with lower-case particles, so a dateline does not come out differently from run to run.
        for place in places {
            let lowered = place.lowercased()
            if let other = knowledge.placesLowercased[lowered], other == place || !Self.preferredSpelling(place, over: other) { continue }
            knowledge.placesLowercased[lowered] = place
        }
        return knowledge
    }()

    /// A gazetteer file's bytes (none when the bundle lacks it).
    static func list(_ name: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Gazetteers"),
              let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return [UInt8](data)
    }

    /// Each line of a list, without the comment lines and empty ones.
    static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            if end > start, bytes[start] != UInt8(ascii: "#") { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            start = end + 1
        }
    }

    /// At least as many as the list's names: the table is sized by it before it is filled.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.lazy.filter { $0 == 10 }.count + 1
    }

    /// A list of lower-case words as a table asked with capitals folded.
    static func wordTable(listed name: String) -> ByteTable<Bool> {
        let text = list(name)
        var table = ByteTable<Bool>(capacity: lineCount(text))
        text.withUnsafeBufferPointer { bytes in forEachLine(bytes) { table.insert($0, true) { a, _ in a } } }
        return table
    }

    /// Whether `word` is an ordinary English word, in any case ("Industry", "industry"), in British spelling too
    /// ("Neighbouring", "favourite": the list spells them the American way).
    func isEnglishWord(_ word: String) -> Bool {
        if let found = englishWords.value(word, foldingCase: true) { return found }
        guard let american = Self.americanSpelling(word) else { return false }
        return englishWords.value(american, foldingCase: true) ?? false
    }

    /// `word` with its first "our" after the first letter written "or" ("neighbouring" → "neighboring"), or nil when it has none.
    static func americanSpelling(_ word: String) -> String? {
        // (Asked of every word the list lacks, names above all: no copy is made of one without "our".)
        let utf8 = word.utf8
        guard utf8.count >= 5 else { return nil }
        var previous: (UInt8, UInt8) = (0, 0), index = 0
        for byte in utf8 {
            if index >= 3, previous == (0x6F, 0x75), byte == 0x72 {
                var bytes = Array(utf8)
                bytes.remove(at: index - 1)
                return String(decoding: bytes, as: UTF8.self)
            }
            previous = (previous.1, byte)
            index += 1
        }
        // "defence", "licence", "offence": the ending Americans write "ense".
        if utf8.count >= 7, word.hasSuffix("ence") {
            return String(word.dropLast(3)) + "nse"
        }
        return nil
    }

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
        if let found = lookup(name) { return found }
        // The lists write apostrophes straight; text set with smart punctuation curls them ("Moody’s").
        guard name.utf8.contains(0xE2), let straight = Self.straightened(name) else { return [] }
        return lookup(straight) ?? []
    }

    /// `name` with each ’ (E2 80 99) written ', or nil when it has none. (Byte by byte: Foundation's
    /// `replacingOccurrences` cost half a percent of extraction here.)
    static func straightened(_ name: String) -> String? {
        let bytes = Array(name.utf8)
        var result: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                if result.isEmpty { result.reserveCapacity(bytes.count); result.append(contentsOf: bytes[..<i]) }
                result.append(0x27)
                i += 3
            } else {
                if !result.isEmpty { result.append(bytes[i]) }
                i += 1
            }
        }
        return result.isEmpty ? nil : String(decoding: result, as: UTF8.self)
    }

    /// What the tables hold for `name` written exactly so: the byte table for ASCII names (byte equality
    /// is String equality only for ASCII), the String table for the others.
    private func lookup(_ name: String) -> NameClass? {
        var name = name
        if let found = name.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiLexicon.value(bytes) ?? [] : nil }) { return found }
        return lexicon[name]
    }

    /// "the United States", "the US" and "the USA" are one country: the name the lists give the country
    /// that `form` names another way ("United States" for "USA"), so that every article's mentions meet on
    /// one topic page; nil for a form that is no other name of a country. `classes`: what the lists say of
    /// `form`, when the caller has it (most places are no other name of a country, and that answers them).
    func countryName(ofForm form: String, classes: NameClass? = nil) -> String? {
        (classes ?? self.classes(of: form)).contains(.otherCountryName) ? countryNames.value(form) : nil
    }

    /// What the lists say of token `t` of `b`: `classes(of:)` of its text, without making a String of
    /// an ASCII word (the candidate rules ask it of single words several times a name).
    func classes(of t: Token, in b: [UInt8]) -> NameClass {
        let ascii = b.withUnsafeBufferPointer { all -> NameClass? in
            let bytes = UnsafeBufferPointer(rebasing: all[t.start..<t.end])
            return bytes.allSatisfy { $0 < 0x80 } ? asciiLexicon.value(bytes) ?? [] : nil
        }
        return ascii ?? classes(of: String(decoding: b[t.start..<t.end], as: UTF8.self))
    }

    func isPlace(_ t: Token, in b: [UInt8]) -> Bool { !classes(of: t, in: b).isDisjoint(with: .place) }
    func isCountry(_ t: Token, in b: [UInt8]) -> Bool { classes(of: t, in: b).contains(.country) }
    func isGivenName(_ t: Token, in b: [UInt8]) -> Bool { classes(of: t, in: b).contains(.givenName) }
    func isSurname(_ t: Token, in b: [UInt8]) -> Bool { classes(of: t, in: b).contains(.surname) }
    func isCompany(_ t: Token, in b: [UInt8]) -> Bool { classes(of: t, in: b).contains(.company) }
    func isDemonym(_ t: Token, in b: [UInt8]) -> Bool { classes(of: t, in: b).contains(.demonym) }

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
