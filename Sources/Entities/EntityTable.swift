// The entities of one document as the recognizer finds them: records, aliases, mentions, back-reference indexes.

import Foundation

/// What the table files an entity under: its kind and the name it was first found by. A pair, not
/// a "kind:name" string, so that no string is built for each mention.
struct EntityKey: Hashable, IndexKey {
    var kind: EntityKind
    var name: String

    func indexHash(from basis: UInt64) -> UInt64 {
        let kindCode: UInt64 = switch kind {
        case .person: 1
        case .organization: 2
        case .place: 3
        case .product: 4
        }
        return name.indexHash(from: (basis ^ kindCode) &* 0x100_0000_01b3)
    }
}

/// One mention of an entity, for quote attribution.
struct Mention {
    var block: Int
    var start: Int
    var end: Int
    var key: EntityKey
    /// The entity's kind, kept with each mention: quote attribution asks it of every mention near a quotation.
    var kind: EntityKind
}

/// The entities of one document as they are found, with aliases merged.
struct EntityTable {
    struct Record {
        var name: String
        var kind: EntityKind
        var aliases: [String]
        var mentions: Int
        var firstBlock: Int
        var firstOffset: Int
        /// How many entities the table had when this one came: the order among entities first
        /// named at one place.
        var sequence: Int

        /// One more mention, by `form`.
        mutating func count(_ form: String) {
            mentions += 1
            if !aliases.contains(form) { aliases.append(form) }
        }
    }

    // Sized for a long article up front: growing rehashes every key, and a table started empty
    // grew five or six times per article (news copy names some fifty entities).
    var records = HashIndex<EntityKey, Record>(minimumCapacity: 96)
    /// Entities added so far, merged ones too.
    private var added = 0
    var mentions: [Mention] = { var mentions: [Mention] = []; mentions.reserveCapacity(128); return mentions }()
    /// Alias → canonical key, for back-references.
    var aliasIndex = NameIndex<EntityKey>(minimumCapacity: 128)
    /// The titles and job words the text gives each person ("chancellor", "executive").
    var roles: [EntityKey: Set<String>] = [:]
    /// A person's given name and surname → the person (the first named keeps a surname, the first a given name), for "Ready said".
    var nameParts = NameIndex<EntityKey>(minimumCapacity: 64)
    /// Places by their name without accents, for `placeWithAccents`.
    var placesByFoldedName = NameIndex<EntityKey>()
    /// A state's short name after its long one ("Congo" after "Democratic Republic of Congo") → the state.
    private var statesByShortName = NameIndex<EntityKey>()
    /// Everyone named with each surname, in order, for "Ms Silva" after "Lula da Silva" and "Marina Silva".
    var surnameHolders = NameIndex<[EntityKey]>(minimumCapacity: 24)
    /// The first word of a multi-word organisation → the organisation, for "Northwind's".
    var organizationFirstWords = NameIndex<EntityKey>(minimumCapacity: 32)
    /// The last word of a multi-word organisation → the organisation, for "the Commission said".
    var organizationLastWords = NameIndex<EntityKey>(minimumCapacity: 32)
    /// The last words of a long organisation's name, two or more with no "of" among them ("Fifth Circuit" of
    /// the "Court of Appeals for the Fifth Circuit") → the organisation, for a shorter mention later.
    var organizationTails = NameIndex<EntityKey>()
    /// An organisation's name without its legal form ("Alphabet" for "Alphabet Inc"), and the
    /// organisation's own name, → the organisation: the text may use either first.
    var organizationStems = NameIndex<EntityKey>(minimumCapacity: 32)
    /// Organisations named with a legal form, and their names without it ("Novartis AG", "Novartis"), in the order
    /// first named: what `Extraction.dropLegalForms` renames, with no name of the text asked again.
    var legalForms: [(name: String, stem: String)] = []
    /// The initials of each organisation ("ECB" for European Central Bank) → the first one named with them.
    var organizationInitials = NameIndex<EntityKey>(minimumCapacity: 32)

    /// `words`: the name's words, when the caller has split it already (slices of `name`).
    mutating func add(_ key: EntityKey, name: String, kind: EntityKind, form: String, block: Int, start: Int, end: Int, words: [Substring]? = nil) {
        // One hash of the key for the lookup, the insertion and the update together.
        let (isNew, recordKind) = records.update(key, default: Record(name: name, kind: kind, aliases: [], mentions: 0, firstBlock: block, firstOffset: start, sequence: added)) { record in
            let isNew = record.mentions == 0
            record.count(form)
            return (isNew, record.kind)
        }
        if isNew {
            added += 1
            // (Most names are one word: nothing below needs splitting them.)
            let parts = words ?? (Recognizer.hasSpace(name) ? Recognizer.words(name) : [])
            if parts.count > 1 {
                if kind == .person {
                    // The first person named with a surname keeps it: in "David Ferrant … his daughter, Claire
                    // Ferrant … Ferrant studied", the article's subject is meant.
                    let surname = String(parts[parts.count - 1])
                    nameParts.insertIfMissing(surname, key)
                    surnameHolders.update(surname, default: []) { $0.append(key) }
                    nameParts.insertIfMissing(String(parts[0]), key)
                    // The middle names of a long name, which may be the one used: "Luiz Inácio Lula da
                    // Silva" then "Lula said" (not particles: "da").
                    for part in parts.dropFirst().dropLast() where Recognizer.startsWithCapital(part) {
                        nameParts.insertIfMissing(String(part), key)
                    }
                    // "Andrés Manuel López Obrador" is "López Obrador" later: the last two names of a long one.
                    if parts.count >= 3, Recognizer.startsWithCapital(parts[parts.count - 2]) {
                        nameParts.insertIfMissing(String(name[parts[parts.count - 2].startIndex...]), key)
                    }
                    // "Marine Le Pen" is "Le Pen" later, "Ursula von der Leyen" "von der Leyen".
                    if parts.count >= 3, WordLists.surnameParticles.contains(parts[parts.count - 2].lowercased()) {
                        var start = parts.count - 2
                        while start > 1, WordLists.surnameParticles.contains(parts[start - 1].lowercased()) { start -= 1 }
                        nameParts.insertIfMissing(parts[start...].joined(separator: " "), key)
                        // "André Corrêa do Lago" is "Corrêa do Lago", "Luiz Inácio Lula da Silva" "Lula da Silva".
                        if start >= 2, Recognizer.startsWithCapital(parts[start - 1]) {
                            nameParts.insertIfMissing(parts[(start - 1)...].joined(separator: " "), key)
                        }
                    }
                } else if kind == .organization {
                    // (Not a country's initials: "US" after "the US Justice Department" is the country.)
                    if parts[0].utf8.count > 4 || !WordLists.countryPrefixes.contains(parts[0]) { organizationFirstWords.insertIfMissing(String(parts[0]), key) }
                    let last = parts[parts.count - 1]
                    organizationLastWords.insertIfMissing(String(last), key)
                    // "Maersk" for "A.P. Moller-Maersk": the last name of a double-barrelled one.
                    if let hyphen = last.utf8.lastIndex(of: 0x2D), last.utf8.index(after: hyphen) != last.utf8.endIndex {
                        organizationLastWords.insertIfMissing(String(last[last.utf8.index(after: hyphen)...]), key)
                    }
                    // ("Bank of Scotland" is not the "Royal Bank of Scotland": no tail with "of".)
                    // (Each tail is the name from a word on: the words are slices of it, one space apart.)
                    var k = parts.count - 2
                    while k >= 1, Recognizer.startsWithCapital(parts[k]) {
                        organizationTails.insertIfMissing(String(name[parts[k].startIndex...]), key)
                        k -= 1
                    }
                }
            }
            // "the Democratic Republic of Congo", then "eastern Congo"; "the Kingdom of Saudi Arabia", then "Saudi Arabia".
            if kind == .place, parts.count >= 3, let of = parts.firstIndex(of: "of"), of >= 1, ["Republic", "Kingdom"].contains(parts[of - 1]) {
                let rest = parts[(of + 1)...].drop { $0 == "the" }
                if let first = rest.first { statesByShortName.insertIfMissing(String(name[first.startIndex...]), key) }
            }
            if kind == .organization {
                let withoutForm = Recognizer.withoutLegalForm(name)
                if let withoutForm { legalForms.append((name, withoutForm)) }
                let stem = withoutForm ?? name
                organizationStems.insertIfMissing(stem, key)
                // "the Social Democrats" and "the SPD": a party's initials in its own language, before or after.
                if let initials = WordLists.partyInitials[name] {
                    organizationInitials.insertIfMissing(initials, key)
                    mergeEarlier(initials, into: key)
                }
                // "ECB"; also with "of" ("BOJ" for the Bank of Japan, "DOJ"), without a country before the name
                // ("SEC" for the US Securities and Exchange Commission), and with the capitals after a hyphen
                // ("PSG" for Paris Saint-Germain). (The other forms are made only for names that have an "of"
                // or a hyphen: making them for every new organisation cost 3% of extraction.)
                let initials = Self.initials(of: parts), letters = initials.count, hasOf = parts.contains("of")
                let hyphen = name.utf8.contains(0x2D)
                if letters >= 2 || hyphen {
                    func spelled(withOf: Bool, hyphenated: Bool) -> String {
                        var result = ""
                        for part in parts {
                            if WordLists.classes(of: part).contains(.connector) {
                                if withOf && part == "of" { result.append("O") }
                                continue
                            }
                            result.append(part.first!)
                            guard hyphenated else { continue }
                            for (previous, byte) in zip(part.utf8, part.utf8.dropFirst()) where previous == 0x2D && byte >= 65 && byte <= 90 {
                                result.append(Character(Unicode.Scalar(byte)))
                            }
                        }
                        return result.uppercased()
                    }
                    if letters >= 2 { organizationInitials.insertIfMissing(initials.uppercased(), key) }
                    // "Volker Türk, the UN high commissioner … Tom Fletcher, the United Nations aid chief": the initials,
                    // named first, join the full name (when every word is capitalised and none is a connector).
                    if letters >= 2, letters == parts.count, !hyphen { mergeEarlier(initials, into: key) }
                    if hasOf && letters >= 2 { organizationInitials.insertIfMissing(spelled(withOf: true, hyphenated: false), key) }
                    if hyphen {
                        let hyphenated = spelled(withOf: false, hyphenated: true)
                        if hyphenated.count >= 3 && hyphenated.count > letters { organizationInitials.insertIfMissing(hyphenated, key) }
                    }
                    if letters >= 3, parts[0].utf8.count <= 4, WordLists.countryPrefixes.contains(parts[0]) {
                        organizationInitials.insertIfMissing(String(initials.dropFirst()).uppercased(), key)
                    }
                }
                // "the Department of Justice" is "the Justice Department" too, and the other way round.
                func isOffice(_ word: Substring) -> Bool { word == "Department" || word == "Ministry" }
                if parts.count == 3, parts[1] == "of", isOffice(parts[0]) {
                    organizationStems.insertIfMissing(parts[2] + " " + parts[0], key)
                } else if parts.count == 2, isOffice(parts[1]) {
                    organizationStems.insertIfMissing(parts[1] + " of " + parts[0], key)
                }
            }
        }
        // (Set whether or not the alias is known: one hash either way.)
        aliasIndex[form] = key
        mentions.append(Mention(block: block, start: start, end: end, key: key, kind: recordKind))
    }

    /// The first letters of a name's words, connectors left out: "ECB" for "European Central Bank" (as written:
    /// "EcB" for "European central Bank").
    static func initials(of words: some Sequence<Substring>) -> String {
        var initials = ""
        for word in words where !WordLists.classes(of: word).contains(.connector) { initials.append(word.first!) }
        return initials
    }

    /// One more mention of the entity filed under `key`, by `form`, an alias the index already gives it
    /// (the commonest case: one lookup, where `add` makes several). False when there is no such entity.
    mutating func addRepeatedMention(of key: EntityKey, form: String, block: Int, start: Int, end: Int) -> Bool {
        let kind = records.updateIfPresent(key) { record in
            // An acronym the index learnt from "(ECB)" becomes an alias when the text first uses it.
            record.count(form)
            return record.kind
        }
        guard let kind else { return false }
        mentions.append(Mention(block: block, start: start, end: end, key: key, kind: kind))
        return true
    }

    /// Whether `name`, as the text writes it or as an entity is called, is a person's.
    func isPerson(_ name: String) -> Bool {
        if let key = aliasIndex[name] { return key.kind == .person }
        return records[EntityKey(kind: .person, name: name)] != nil
    }

    /// Makes `form` find `key` when the text writes it, with no mention counted.
    mutating func addAlias(_ form: String, for key: EntityKey) {
        guard aliasIndex[form] == nil else { return }
        aliasIndex[form] = key
        records.updateIfPresent(key) { if !$0.aliases.contains(form) { $0.aliases.append(form) } }
    }

    /// A place already named in this document with the same letters but other accents ("Brasilia", "Brasília").
    /// Most names are ASCII and most texts name no place with accents: they cost one check.
    mutating func placeWithAccents(_ name: String) -> EntityKey? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return placesByFoldedName.isEmpty ? nil : placesByFoldedName[name]
        }
        let folded = name.folding(options: .diacriticInsensitive, locale: nil)
        if let known = placesByFoldedName[folded] { return known }
        let plain = EntityKey(kind: .place, name: folded)
        if records[plain] != nil { return plain }      // the ASCII spelling came first
        placesByFoldedName[folded] = EntityKey(kind: .place, name: name)
        return nil
    }

    /// The state named in full whose short name is `name` ("Congo" after "the Democratic Republic of Congo").
    func state(shortName name: String) -> EntityKey? {
        statesByShortName.isEmpty ? nil : statesByShortName[name]
    }

    /// Folds `from` into `into` (a surname seen before the full name, say).
    /// Files an organisation named earlier by `initials` under the full name `key` the text has just named.
    mutating func mergeEarlier(_ initials: String, into key: EntityKey) {
        let acronym = EntityKey(kind: .organization, name: initials)
        if acronym != key, records[acronym] != nil { merge(acronym, into: key) }
    }

    mutating func merge(_ from: EntityKey, into: EntityKey) {
        guard from != into, let source = records[from],
              let kind = records.updateIfPresent(into, { target -> EntityKind in
                  target.mentions += source.mentions
                  for alias in source.aliases where !target.aliases.contains(alias) { target.aliases.append(alias) }
                  if (source.firstBlock, source.firstOffset) < (target.firstBlock, target.firstOffset) {
                      target.firstBlock = source.firstBlock
                      target.firstOffset = source.firstOffset
                  }
                  return target.kind
              }) else { return }
        records[from] = nil
        aliasIndex.replaceValues(where: { $0 == from }, with: into)
        nameParts.replaceValues(where: { $0 == from }, with: into)
        // (A place can turn out to be a club: the mentions take the kind they are filed under.)
        for i in mentions.indices where mentions[i].key == from {
            mentions[i].key = into
            mentions[i].kind = kind
        }
        if let moved = roles.removeValue(forKey: from) { roles[into, default: []].formUnion(moved) }
    }

    func entities() -> [Entity] {
        // (Positions are sorted, not the records: moving a record moved its strings too.)
        let found = records.allValues
        func position(_ i: Int) -> (Int, Int, Int) { (found[i].firstBlock, found[i].firstOffset, found[i].sequence) }
        return found.indices.sorted { position($0) < position($1) }.map { i in
            let r = found[i]
            return Entity(name: r.name, kind: r.kind, aliases: r.aliases, mentions: r.mentions, firstBlock: r.firstBlock, firstOffset: r.firstOffset)
        }
    }
}
