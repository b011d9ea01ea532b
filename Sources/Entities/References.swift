// Names the text already gave, met again (surnames, first words of organisations, initials), and whether words look like a person.

extension Recognizer {
    /// A job word, singular or plural: "analyst", "economists".
    mutating func isRole(_ i: Int, _ b: [UInt8], _ tokens: [Token]) -> Bool {
        if wordClass(i, b, tokens).contains(.role) { return true }
        let word = lower(i, b, tokens)
        return word.hasSuffix("s") && WordLists.roleWords.contains(String(word.dropLast()))
    }

    func looksLikePerson(_ words: [Substring]) -> Bool {
        guard words.count >= 2 && words.count <= 5 else { return false }
        let firstName = String(words[0])
        let lastName = String(words[words.count - 1])
        // Each name asked about once: the gazetteer table and the cue words answer several questions.
        let first = knowledge.classes(of: firstName), last = knowledge.classes(of: lastName)
        let firstCues = WordLists.classes[firstName.lowercased()] ?? []
        if !first.isDisjoint(with: .place) && !first.contains(.givenName) { return false }
        // "Southern Water", "Northern Rail": a compass adjective opens a company's or a region's name.
        if WordLists.compassAdjectives.contains(firstName) { return false }
        // "Apple Music", "YouTube Music": a company's name opens a brand, not a person's.
        if (first.contains(.company) || WordLists.institutions.contains(firstName)) && !first.contains(.givenName) { return false }
        for word in words where WordLists.organizationSuffixes.contains(word.lowercased()) { return false }
        if isPairOfOrdinaryWords(words) { return false }
        // "Le Monde", "La Liga", "De Beers": a particle and one word is a title or a brand more often than a person.
        if words.count == 2 && firstCues.contains(.particle) { return false }
        // "Age UK", "Reform UK", "Amnesty USA": a name ends with no acronym (honours are cut off before).
        if lastName.utf8.count >= 2 && (lastName.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
            || !lastName.utf8.allSatisfy { $0 < 0x80 } && lastName.count >= 2 && lastName.allSatisfy { $0.isUppercase }) { return false }
        // (Split only when there is a hyphen: splitting by Character cost thousands of instructions a name.)
        let parts = lastName.utf8.contains(45) ? lastName.split(separator: "-") : [Substring(lastName)]
        // "Saint-Germain", "Santa-Cruz" are places (and the clubs named after them), not surnames.
        if parts.count == 2 && ["Saint", "San", "Santa", "Sankt", "St"].contains(String(parts[0])) { return false }
        // "Counter Terrorism Policing North West": with no given name first, an ordinary word inside that
        // is no one's name makes a body's name, not a person's.
        if !first.contains(.givenName), words.count >= 3,
           words.dropFirst().dropLast().contains(where: { knowledge.isEnglishWord(String($0)) && knowledge.classes(of: String($0)).isEmpty }) { return false }
        // "London Gatwick": a big city's name that is a given name of neither sex too, before a word no list
        // knows, names the city's airport or station (not "Sydney Sweeney": a surname; not "Victoria Azarenka":
        // a woman's name).
        if words.count == 2, first.contains(.city), first.contains(.givenName), first.isDisjoint(with: [.female, .male]), last.isEmpty,
           !knowledge.isEnglishWord(lastName.lowercased()) { return false }
        // A given name that is also one of the cue words ("General", "Bank") says nothing.
        if first.contains(.givenName) && firstCues.isEmpty { return true }
        // "Will Dunham", "Frank Lampard": a given name that is also a common word, before a surname.
        if words.count == 2, first.contains(.givenName), firstCues.contains(.commonCapitalized),
           firstCues.isDisjoint(with: [.honorific, .role, .particle, .connector, .organizationPrefix, .organizationSuffix, .placePrefix,
                                       .placeSuffix, .month, .calendarWord, .thingCue, .weatherEvent, .holiday]), last.contains(.surname),
           last.isDisjoint(with: .place), !knowledge.isEnglishWord(lastName.lowercased()) { return true }
        // "Mbeki-Ross": a double-barrelled surname, capitalised on both sides.
        let doubleBarrelled = parts.count == 2 && parts.allSatisfy { $0.first?.isUppercase == true && $0.count >= 2 }
        // "Sifan Hassan", "Denzel Washington": a surname that is also a town's, after a word nothing knows
        // (a given name the lists lack), is still a surname.
        let surnameLikeTown = words.count == 2 && last.contains(.surname) && !last.contains(.country) && first.isEmpty && firstCues.isEmpty
        return (last.contains(.surname) || Self.looksLikeSurname(lastName, knowledge) || doubleBarrelled)
            && !firstCues.contains(.commonCapitalized) && (last.isDisjoint(with: .place) || surnameLikeTown)
    }

    /// "Game Pass", "Fifth Circuit": two ordinary English words, the first nobody's name in the lists, name
    /// a thing or a body, not a person (a first word the lists give as a name may still open one: "Tiger Woods").
    func isPairOfOrdinaryWords(_ words: [Substring]) -> Bool {
        words.count == 2 && knowledge.classes(of: String(words[0])).isEmpty && knowledge.isEnglishWord(String(words[0]))
            && knowledge.isEnglishWord(String(words[1]))
    }

    /// A person introduced earlier whose surname (or given name) is `word`.
    func surnameReference(_ word: String) -> EntityKey? {
        table.nameParts[word].flatMap { table.records[$0] != nil ? $0 : nil }
    }

    /// The same, when a title says the person's sex ("Ms Silva", "Mr Lindqvist"): the first person with
    /// that surname whose given name is that sex's, else the first whose given name is not the other's.
    func surnameReference(_ word: String, titles: [String]) -> EntityKey? {
        let sex: NameClass? = titles.contains { WordLists.femaleTitles.contains($0) } ? .female
            : titles.contains { WordLists.maleTitles.contains($0) } ? .male : nil
        guard let sex, let holders = table.surnameHolders[word], holders.count > 1 else { return surnameReference(word) }
        let opposite: NameClass = sex == .female ? .male : .female
        func sexes(_ key: EntityKey) -> NameClass? { table.records[key].map { knowledge.sex(ofPerson: $0.name) } }
        return holders.first { sexes($0) == sex } ?? holders.first { sexes($0).map { !$0.contains(opposite) } ?? false } ?? surnameReference(word)
    }

    /// An organisation introduced earlier whose first word is `word` ("Northwind" for Northwind Logistics).
    func organizationPrefixReference(_ word: String) -> EntityKey? {
        guard let key = table.organizationFirstWords[word], table.records[key] != nil else { return nil }
        guard !WordLists.commonCapitalized.contains(word.lowercased()), !knowledge.isPlace(word) else { return nil }
        return key
    }

    /// The organisation the text named whose first word is `word` ("Toyota" of "Toyota Motor Corp"), unless
    /// it is a body of the place of that name ("Phoenix City Council"): then the word alone is the place.
    func organizationOpened(by word: String) -> EntityKey? {
        guard let key = table.organizationFirstWords[word] else { return nil }
        let next = key.name.utf8.dropFirst(word.utf8.count + 1).prefix { $0 != 32 }
        return WordLists.localBodyWords.contains(String(decoding: next, as: UTF8.self)) ? nil : key
    }

    /// "Africa CDC" after "the Africa Centres for Disease Control and Prevention": the first word of an
    /// organisation the text named, then the initials of the words after it (or of the first of them).
    func organizationByFirstWordAndInitials(_ form: String) -> EntityKey? {
        // (Asked of every new organisation of two words: most end in a word that is not in capitals.)
        guard let last = form.utf8.last, last >= 65, last <= 90 else { return nil }
        let parts = form.split(separator: " ")
        guard parts.count == 2, parts[1].utf8.count >= 2, parts[1].utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }),
              let key = table.organizationFirstWords[String(parts[0])] else { return nil }
        return EntityTable.initials(of: key.name.split(separator: " ").dropFirst()).uppercased().hasPrefix(parts[1]) ? key : nil
    }

    /// An organisation introduced earlier whose initials are `acronym` ("ECB" for European Central Bank).
    /// Looked up in an index the table keeps: scanning every organisation for each acronym made a
    /// long document full of acronyms quadratic.
    func initialsReference(_ acronym: String) -> EntityKey? {
        table.organizationInitials[acronym]
    }

    /// "JAXA" after "the Japan Aerospace Exploration Agency": initials of the same number of words, one of
    /// them taken from inside its word. Asked only when the initials index has no answer, of the few
    /// organisations one text names.
    func initialsReferenceInsideWords(_ acronym: String) -> EntityKey? {
        let letters = Array(acronym.lowercased())
        guard letters.count >= 3, letters.count <= 6, let initial = acronym.utf8.first else { return nil }
        // (The first letters compared on the bytes before any name is split.)
        for record in table.records.allValues where record.kind == .organization && record.name.utf8.first == initial {
            let words = Recognizer.words(record.name).filter { !WordLists.classes(of: $0).contains(.connector) }.map { $0.lowercased() }
            guard words.count == letters.count, words[0].first == letters[0] else { continue }
            let initials = zip(words, letters).filter { $0.0.first == $0.1 }.count
            guard initials == letters.count - 1, zip(words, letters).allSatisfy({ $0.0.dropFirst().contains($0.1) || $0.0.first == $0.1 }) else { continue }
            let key = EntityKey(kind: .organization, name: record.name)
            if table.records[key] != nil { return key }
        }
        return nil
    }

    /// Whether a word in capitals is the initials of an organisation the text has named: "the WHO's
    /// regional director" after "the World Health Organization" is that organisation, whatever "who"
    /// means in lower case.
    func isInitialsOfNamedOrganisation(_ word: String) -> Bool {
        word.utf8.count >= 2 && initialsReference(word) != nil
    }

    /// The organisation a short form stands for ("the Fed", "Man City"): where the text filed it, else
    /// under its full name.
    func shortForm(_ form: String) -> (key: EntityKey, name: String)? {
        guard let full = WordLists.shortForms[form] else { return nil }
        let key = table.aliasIndex[full] ?? EntityKey(kind: .organization, name: full)
        return (key, table.records[key]?.name ?? full)
    }

    /// Whether a possessive's owner is a name nothing knows yet ("Alzheimer's Association"), not a
    /// company, place or name already read ("Apple's Services revenue").
    func isUnknownOwner(_ t: Token, b: [UInt8]) -> Bool {
        let owner = Self.bareWord(t, in: b)
        return knowledge.classes(of: owner).isEmpty && table.aliasIndex[owner] == nil && knowledge.curated.lookup(owner) == nil
    }

    /// "Birmingham-based", "London-listed": the place before the hyphen, when the gazetteers know it.
    mutating func placeBefore(lowercaseTail t: Token, block: Int, b: [UInt8]) {
        guard let dash = b[t.start..<t.end].lastIndex(of: 0x2D), dash > t.start else { return }
        let head = String(decoding: b[t.start..<dash], as: UTF8.self)
        guard knowledge.isPlace(head), !knowledge.curated.denied.contains(head) else { return }
        // ("US-based": the country under its one name, as wherever else the text names it.)
        let key = table.aliasIndex[head] ?? EntityKey(kind: .place, name: knowledge.countryName(ofForm: head) ?? head)
        guard let kind = table.records[key]?.kind ?? (key.kind == .place ? .place : nil), kind == .place else { return }
        table.add(key, name: table.records[key]?.name ?? key.name, kind: .place, form: head, block: block, start: t.start, end: dash)
    }

    /// "European Central Bank (ECB)", "Taiwan Semiconductor Manufacturing Co., known as TSMC,": the
    /// acronym becomes an alias; so does a person's ("Changpeng Zhao, widely known as CZ,"), filed under `key`.
    /// Whether `word` (three letters or more) spells, in order, initials of `name`'s words (connectors aside), starting
    /// with the first: "Nice" for "National Institute for Health and Care Excellence".
    static func isWordFromInitials(_ word: String, of name: String) -> Bool {
        let initials = Array(EntityTable.initials(of: name.split(separator: " ")).uppercased())
        let letters = Array(word.uppercased())
        guard letters.count >= 3, letters.count <= initials.count, letters.first == initials.first else { return false }
        var k = 0
        for initial in initials where k < letters.count && initial == letters[k] { k += 1 }
        return k == letters.count
    }

    mutating func acronymAfter(_ end: Int, form: String, b: [UInt8], tokens: [Token], block: Int, key: EntityKey? = nil) {
        var end = end
        // The full stop of "Co." before the comma.
        if end + 1 < tokens.count, tokens[end].endsSentence, tokens[end].mark == 46, tokens[end + 1].isComma { end += 1 }
        guard end + 2 < tokens.count, tokens[end].kind == .punctuation else { return }
        var at = end + 1
        if tokens[end].mark == 40 {
            guard tokens[end + 2].kind == .punctuation, tokens[end + 2].mark == 41 else { return }      // "(TSMC)"
        } else if tokens[end].isComma {
            // ", known as TSMC,", ", widely known as CZ,"
            var k = end + 1
            if ["widely", "better", "also", "commonly", "popularly", "simply"].contains(lower(k, b, tokens)) { k += 1 }
            guard k + 3 < tokens.count, isText(k, "known", b, tokens), isText(k + 1, "as", b, tokens) else { return }
            at = k + 2
            guard tokens[at + 1].kind == .punctuation else { return }
        } else {
            return
        }
        guard tokens[at].kind == .word, tokens[at].capitalized else { return }
        let acronym = String(decoding: b[tokens[at].start..<tokens[at].end], as: UTF8.self)
        // British style writes a pronounced acronym as a word: "(Nice)", "(Defra)", its letters among the name's initials.
        guard tokens[at].allCaps || tokens[end].mark == 40 && Self.isWordFromInitials(acronym, of: form) else { return }
        // Only the alias is recorded here; reading on, the acronym itself is counted as a mention.
        table.aliasIndex[acronym] = key ?? EntityKey(kind: .organization, name: form)
    }
}
