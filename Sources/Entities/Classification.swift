// Decides what a candidate name is: the ordered rules, from what the site and the text already
// know to the gazetteers, cue words, and how an unknown name acts.

extension Recognizer {
    /// Decides what tokens `span` name. `title`: the words of a title right before them (see
    /// `titleInside`); `kind`: what the words around them already showed it is.
    mutating func classify(_ span: Span, block: Int, b: [UInt8], tokens: [Token], namesOnly: Bool, product: Bool,
                           title: [String] = [], kind known: EntityKind? = nil) {
        // The commonest call, answered before any of the work below.
        if span.end == span.first + 1 && !product && isRuledOutAlone(span.first, namesOnly: namesOnly, b: b, tokens: tokens) { return }
        guard var c = candidate(in: span, block: block, b: b, tokens: tokens, namesOnly: namesOnly, title: title) else { return }
        readSurroundings(of: &c, b: b, tokens: tokens)
        let mentionsBefore = table.mentions.count
        // The first rule that decides wins.
        if !isNotAName(c, b: b, tokens: tokens) && !resolveKnown(c, b: b, tokens: tokens) {
            c.words = c.count == 1 ? [Substring(c.form)] : Self.words(c.form)
            let decided = resolveByGazetteer(c, b: b, tokens: tokens, namesOnly: namesOnly, known: known)
                || resolveByCues(c, b: b, tokens: tokens, namesOnly: namesOnly, product: product)
                // In Title Case every word is capitalised, jobs too ("Maria Lindqvist, Pioneering Climate
                // Scientist, Dies at 81"): there only names the body or the lists gave count, decided above.
                || !namesOnly && resolvePerson(c, b: b, tokens: tokens)
                || !namesOnly && resolveUnknown(c, b: b, tokens: tokens)
            // "Pakistani Kashmir", "Russian Kursk": a nationality and a place that no rule took as one name are the
            // place. (Asked only here, of names nothing else decided: the lookups cost on every name of two words.)
            if !decided, c.count == 2, c.words.count == 2, knowledge.isDemonym(String(c.words[0])) {
                // "the Swiss Alps", "the Peruvian Andes": a range or river the lists hold, with the nation's part of it named.
                if WordLists.formClasses(String(c.words[1])).contains(.riverOrRegion) {
                    add(c, .place)
                } else if knowledge.isPlace(String(c.words[1])) {
                    classify(Span(first: c.end - 1, end: c.end), block: block, b: b, tokens: tokens, namesOnly: namesOnly, product: false)
                }
            }
        }
        // (A mention keeps its entity's kind: no lookup of the key.)
        if table.mentions.count > mentionsBefore, let last = table.mentions.last, last.kind == .person {
            let key = last.key
            if !c.roles.isEmpty { table.roles[key, default: []].formUnion(c.roles) }
            if c.end < tokens.count, tokens[c.end].isComma { acronymAfter(c.end, form: c.form, b: b, tokens: tokens, block: c.block, key: key) }
        }
    }

    /// "MPs", "CEOs": two capitals or more, then a small "s" (asked of each name of one word: on the token's bytes).
    static func isPluralOfInitials(_ t: Token, in b: [UInt8]) -> Bool {
        guard t.end - t.start >= 3, b[t.end - 1] == 115, b[t.start + 1] >= 65, b[t.start + 1] <= 90 else { return false }
        return b[t.start..<(t.end - 1)].allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// The length of the ending that makes a place's name its people's ("ers" of "Londoners", "ians" of "Parisians").
    static func peopleSuffixLength(_ form: String) -> Int? {
        let bytes = Array(form.utf8.suffix(4))
        guard bytes.count == 4 else { return nil }
        if bytes[1] == 101 && bytes[2] == 114 { return 3 }                    // "ers"
        if bytes[0] == 105 && bytes[1] == 97 && bytes[2] == 110 { return 4 }   // "ians"
        return nil
    }

    /// Whether a list that goes on at `k` (", Fulton and Gwinnett") ends in the plural of a kind of place ("counties");
    /// or, at its last name, whether that name of one word comes after "and" and before the plural.
    mutating func isListedBeforePlaceKinds(after k: Int, b: [UInt8], tokens: [Token]) -> Bool {
        var k = k, items = 0
        while k < tokens.count && items <= 6 {
            guard tokens[k].isComma || isText(k, "and", b, tokens) else {
                return (items > 0 || isText(k - 2, "and", b, tokens)) && tokens[k].kind == .word
                    && WordLists.placeKindPlurals.contains(lower(k, b, tokens))
            }
            k += 1
            if isText(k, "and", b, tokens) { k += 1 }      // ", and": a serial comma
            let run = k
            while k < tokens.count, k - run < 3, tokens[k].kind == .word, tokens[k].capitalized { k += 1 }
            guard k > run else { return false }
            items += 1
        }
        return false
    }

    /// Whether the candidate is one of three names or more listed after "in", "across" or "near" ("in A, B and C"), of
    /// which another is a place: the gazetteers', the text's, or a town by its shape.
    mutating func isInListOfPlaces(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        func isSeparator(_ k: Int) -> Bool { k >= 0 && k < tokens.count && (tokens[k].isComma || isText(k, "and", b, tokens)) }
        /// The first token of the name that ends at `end` (one to three capitalised words), or nil.
        func nameStart(endingAt end: Int) -> Int? {
            var j = end - 1
            while j >= 0, end - j <= 3, tokens[j].kind == .word, tokens[j].capitalized, !tokens[j].sentenceStart { j -= 1 }
            return j + 1 < end ? j + 1 : nil
        }
        /// The end of the name that starts at `start`, or nil.
        func nameEnd(startingAt start: Int) -> Int? {
            var j = start
            while j < tokens.count, j - start < 3, tokens[j].kind == .word, tokens[j].capitalized, !Self.isPossessive(b, tokens[j]) { j += 1 }
            return j > start ? j : nil
        }
        // Back to the list's opening and on to its end, counting the names (no array: asked of most names in a list).
        var items = 1, sawAnd = false, listStart = c.first, listEnd = c.end
        var k = c.first - 1
        while isSeparator(k), items <= 8 {
            if isText(k, "and", b, tokens) { sawAnd = true }
            let end = isText(k, "and", b, tokens) && k >= 1 && tokens[k - 1].isComma ? k - 1 : k
            guard let start = nameStart(endingAt: end) else { return false }
            items += 1
            listStart = start
            k = start - 1
        }
        // ("from" and "at" open lists of companies as often: "analysts at A, B and C".)
        guard isText(k, "in", b, tokens) || isText(k, "across", b, tokens) || isText(k, "near", b, tokens) else { return false }
        k = c.end
        while isSeparator(k), items <= 8 {
            var start = k + 1
            if isText(k, "and", b, tokens) { sawAnd = true }
            if isText(start, "and", b, tokens) { sawAnd = true; start += 1 }
            guard let end = nameEnd(startingAt: start) else { break }
            items += 1
            listEnd = end
            k = end
        }
        guard items >= 3, sawAnd else { return false }
        // Then whether another name of the list is a place.
        var start = listStart
        while start < listEnd {
            guard let end = nameEnd(startingAt: start) else { start += 1; continue }
            if start != c.first {
                let form = String(decoding: b[tokens[start].start..<tokens[end - 1].end], as: UTF8.self)
                if table.aliasIndex[form]?.kind == .place || knowledge.isPlace(form)
                    || end - start == 1 && Self.isTownOnSomething(tokens[start], in: b) { return true }
            }
            start = end
        }
        return false
    }

    /// What comes before a court's "Circuit": an ordinal ("Ninth", "5th"), "Federal" or "D.C.".
    static func isCourtsCircuit(_ word: String) -> Bool {
        word.first?.isNumber == true || WordLists.courtsCircuits.contains(word)
    }

    /// "north", "south-east", "northwest": a direction from somewhere.
    static func isDirection(_ word: String) -> Bool {
        word.utf8.count <= 10 && ["north", "south", "east", "west"].contains { word.hasPrefix($0) }
    }

    /// Files the candidate as a `kind` (under `key` and `name` when given).
    mutating func add(_ c: Candidate, _ kind: EntityKind, key: EntityKey? = nil, name: String? = nil) {
        // "Alphabet Inc" and "Alphabet" are one company, whichever the text names first; so are
        // "Toyota Motor Corp" and "Toyota", "the European Commission" and "the Commission".
        if kind == .organization, key == nil,
           let known = table.organizationStems[Self.withoutLegalForm(c.form) ?? c.form]
               ?? (c.count == 1 ? firstWordReference(c.form) ?? table.organizationLastWords[c.form] : table.organizationTails[c.form])
               ?? (c.count == 2 ? organizationByFirstWordAndInitials(c.form) : nil),
           let record = table.records[known], record.kind == .organization,
           // (Not "Porsche SE" after "Porsche AG": two legal forms, two companies.)
           Self.withoutLegalForm(c.form) == nil || Self.withoutLegalForm(record.name) == nil || c.form == record.name {
            table.add(known, name: record.name, kind: .organization, form: c.form, block: c.block, start: c.start, end: c.stop)
            return
        }
        // "López Obrador" after "Andrés Manuel López Obrador": the last two names of someone already named.
        if kind == .person, key == nil || key?.name == c.form, c.words.count == 2, let known = surnameReference(c.form), known.kind == .person {
            add(c, referringTo: known, as: .person)
            return
        }
        // The site's own entries keep their names. (What the lists say of the candidate's form answers for
        // most places, with no lookup.)
        if kind == .place, !c.isCurated, let form = key?.name ?? Optional(c.form),
           let country = knowledge.countryName(ofForm: form, classes: form == c.form ? c.gazetteer : nil) {
            table.add(EntityKey(kind: .place, name: country), name: country, kind: .place, form: c.form, block: c.block, start: c.start, end: c.stop)
            return
        }
        table.add(key ?? EntityKey(kind: kind, name: c.form), name: name ?? c.form, kind: kind, form: c.form, block: c.block, start: c.start, end: c.stop,
                  words: name == nil && !c.words.isEmpty ? c.words : nil)
    }

    /// The organisation the text named whose first word `word` is, unless the rest of its name is a place:
    /// "the NHS" is not "NHS England", nor "Sport" "Sport England".
    func firstWordReference(_ word: String) -> EntityKey? {
        guard let key = table.organizationFirstWords[word] else { return nil }
        return knowledge.isPlace(String(key.name.dropFirst(word.count + 1))) ? nil : key
    }

    /// "Japan's biggest companies, including Toyota and Hitachi", "carriers including Hapag-Lloyd and
    /// CMA CGM": named in a list of organisations.
    mutating func isNamedAmongOrganizations(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        // Back over the list's earlier names and commas to "including" or "such as".
        var k = c.first - 1
        while k > 0 && c.first - k < 16 {
            if isText(k, "including", b, tokens) || isText(k, "as", b, tokens) && isText(k - 1, "such", b, tokens) {
                // A common noun of this sentence ("carriers", "companies"), not the end of a name ("… Networks SA.").
                var j = k - 1
                while j >= 0 && k - j <= 5 && !tokens[j].endsSentence {
                    if tokens[j].kind == .word, !tokens[j].capitalized || tokens[j].sentenceStart,
                       Self.isPluralOrganizationNoun(lower(j, b, tokens)) { return true }
                    j -= 1
                }
                return false
            }
            let inList = tokens[k].kind == .punctuation ? tokens[k].mark == 44 : tokens[k].capitalized || isText(k, "and", b, tokens) || tokens[k].kind == .number
            if !inList { return false }
            k -= 1
        }
        return false
    }

    /// "Lenders such as Nationwide, Barclays and Santander": a city's name (not a country's) in a list of organisations.
    mutating func isCityNamedAmongOrganizations(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        c.count == 1 && c.gazetteer.contains(.city) && c.gazetteer.isDisjoint(with: [.country, .region]) && !c.personCue
            && !c.isCurated && isNamedAmongOrganizations(c, b: b, tokens: tokens)
    }

    /// Whether the candidate is the next name of a list whose name before it was filed as an organisation:
    /// "A, B and C" with A an organisation (a comma then the name, with the list going on after it, or "and").
    mutating func followsOrganizationInList(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        guard c.first >= 2, let last = table.mentions.last, last.kind == .organization, last.block == c.block,
              last.end == tokens[c.first - 2].end else { return false }
        if tokens[c.first - 1].isComma {
            return c.end < tokens.count && (tokens[c.end].isComma || isText(c.end, "and", b, tokens))
        }
        return isText(c.first - 1, "and", b, tokens)
    }

    /// Whether the name after the candidate's comma or "and" ends like an organisation's ("…, Sequoia
    /// Capital and", "and Lightspeed Venture Partners"); not after "the", where "and" is inside one
    /// name ("the Natural Sciences and Engineering Research Council").
    mutating func precedesOrganizationInList(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        guard c.end + 1 < tokens.count, tokens[c.end].isComma
                || isText(c.end, "and", b, tokens) && c.previous != "the" && !(c.first > 0 && tokens[c.first - 1].sentenceStart && isText(c.first - 1, "the", b, tokens))
        else { return false }
        var k = c.end + 1
        while k < tokens.count && tokens[k].kind == .word && tokens[k].capitalized && k - c.end <= 4 && !Self.isPossessive(b, tokens[k]) { k += 1 }
        return k > c.end + 2 && wordClass(k - 1, b, tokens).contains(.organizationSuffix)
    }

    /// "GM" after "General Motors", "TSMC" after "Taiwan Semiconductor Manufacturing Co": files a one-word
    /// acronym as one more mention of the organisation whose initials it is, when the text named one.
    /// (Also with its "&": "M&S" after "Marks & Spencer", "P&G" after "Procter & Gamble".)
    mutating func addAsInitials(_ c: Candidate) -> Bool {
        // (The initials of a name kept no "&": "M&S" is looked up as "MS".)
        let ampersand = Self.isInitialsWithAmpersand(c.form)
        guard c.count == 1 && Self.isAllCaps(c.form) || ampersand,
              let key = initialsReference(ampersand ? c.form.replacingOccurrences(of: "&", with: "") : c.form) else { return false }
        add(c, referringTo: key, as: .organization)
        return true
    }

    /// Files the candidate as one more mention of the entity already filed under `key` (a surname, an
    /// acronym, the short form of an organisation's name).
    mutating func add(_ c: Candidate, referringTo key: EntityKey, as kind: EntityKind) {
        table.add(key, name: table.records[key]!.name, kind: kind, form: c.form, block: c.block, start: c.start, end: c.stop)
    }

    /// "an Air India Boeing 787", "the Airbus A320": a product whose name opens with a listed company's names
    /// that company too, read as any name of one word is.
    mutating func addMaker(of c: Candidate, b: [UInt8], tokens: [Token]) {
        // (Not letters in capitals, which name product lines as often: Nvidia's "RTX 5090" is no RTX Corp's.)
        guard c.count >= 2, !tokens[c.first].allCaps, let first = c.words.first, knowledge.isCompany(String(first)) else { return }
        classify(Span(first: c.first, end: c.first + 1), block: c.block, b: b, tokens: tokens, namesOnly: false, product: false)
    }

    /// "… chief executive Jennie Daly", "… analyst Ed Ross": a job in lower case after the candidate, then a name.
    mutating func isEmployerBeforeItsEmployee(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        var k = c.end
        while k < tokens.count, k - c.end < 3, tokens[k].kind == .word, !tokens[k].capitalized, wordClass(k, b, tokens).contains(.employerRole) { k += 1 }
        return k > c.end && k + 1 < tokens.count && tokens[k].kind == .word && tokens[k].capitalized && tokens[k + 1].kind == .word && tokens[k + 1].capitalized
    }

    /// Whether a one-word candidate is an ordinary word after all ("Prosecutors", "Separately", "January"),
    /// or a name the site denies.
    mutating func isNotAName(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        // "remote First Nations communities": peoples are no one's topic page.
        if c.listed.contains(.peoples) { return true }
        if c.count == 1 {
            // "Barcelona's B team", "Plan B": one letter names nothing.
            if c.form.utf8.count == 1 && !c.listed.contains(.institution) { return true }
            // "With God's help": no person or organisation a topic page could gather; nor is "the Covid-19 pandemic".
            if c.form == "God" || c.form == "Allah" || c.listed.contains(.disease) { return true }
            // "with Republican votes", "Democratic senators": America's parties' adjectives before what they describe.
            if let initial = c.form.utf8.first, initial == UInt8(ascii: "R") || initial == UInt8(ascii: "D"), c.end < tokens.count, tokens[c.end].kind == .word,
               !tokens[c.end].capitalized, WordLists.americanPartyAdjectives.contains(c.form) { return true }
            // "the Diet" is Japan's parliament; "Diet drinks" are none.
            if c.listed.contains(.institution), c.form == "Diet", c.previous != "the" { return true }
            // "MPs will debate", "the MEPs said": the plural of a title's initials names nobody.
            if Self.isPluralOfInitials(tokens[c.first], in: b), !c.isCurated,
               !WordLists.classes(of: c.form.dropLast().lowercased()[...]).isDisjoint(with: [.honorific, .role]) { return true }
            // "Prosecutors had sought …", "Dealers will replace …": a plural job or agent opening a sentence names nobody.
            // ("Tariffs will raise costs": so does any plural of an English word that no list holds.)
            if tokens[c.first].sentenceStart, !c.isCurated, c.gazetteer.isEmpty, table.aliasIndex[c.form] == nil,
               lower(c.first).hasSuffix("s") && isRole(c.first, b, tokens) || Self.isPluralAgentNoun(lower(c.first))
                || Self.isPluralOrganizationNoun(lower(c.first))
                || c.listed.isEmpty && !tokens[c.first].allCaps && Self.isPluralOfEnglishWord(lower(c.first), knowledge) { return true }
            // The lists the form is in. (A possessive's token holds its "'s": there the token's word
            // class is not the form's.)
            var formClasses: WordClass { WordLists.classes(of: c.form[...]) }
            // "the health of Londoners", "New Yorkers are tired": a city's people.
            // (Its last byte is asked first: most names end otherwise, and String's suffix test is slow.)
            if c.form.utf8.last == 115, !c.isCurated, !tokens[c.first].allCaps, let people = Self.peopleSuffixLength(c.form),
               knowledge.isPlace(String(c.form.utf8.dropLast(people))!) { return true }
            // "49.9% of Argentines": a people, not an organisation.
            if c.form.utf8.last == 115, !tokens[c.first].allCaps, c.gazetteer.isDisjoint(with: .place), !c.isCurated,
               knowledge.isDemonym(String(c.form.dropLast())) || WordLists.demonymNouns.contains(String(c.form.dropLast())) { return true }
            // "the first book written in Kannada": a language, which the lists know as nothing else.
            if c.gazetteer == .language, !c.isCurated { return true }
            // "a lawyer of Mixtec descent": a people, named for where someone's family is from.
            if c.previous == "of", isText(c.end, "descent", b, tokens) || isText(c.end, "origin", b, tokens) || isText(c.end, "heritage", b, tokens)
                || isText(c.end, "ancestry", b, tokens), !c.isCurated { return true }
            // (…nor are honours: "stripped of her CBE".)
            if !c.listed.isDisjoint(with: [.nonEntityAcronym, .postNominal]) || (c.possessive ? formClasses : wordClass(c.first, b, tokens)).contains(.month) { return true }
            if (c.possessive ? formClasses : wordClass(c.first, b, tokens)).contains(.commonCapitalized) && !c.isCurated
                && !(Self.isAllCaps(c.form) && isInitialsOfNamedOrganisation(c.form)) { return true }
            // "Northern and Eastern Europe", "Central and Eastern Europe": the first of two compass words that share a place.
            if wordClass(c.first, b, tokens).contains(.compassPoint), isText(c.end, "and", b, tokens), c.end + 1 < tokens.count,
               tokens[c.end + 1].capitalized, wordClass(c.end + 1, b, tokens).contains(.compassPoint) { return true }
            // "the Act", "the Treaty": a thing the text named before, not an organisation.
            if (c.possessive ? formClasses : wordClass(c.first, b, tokens)).contains(.thingCue) && !c.isCurated && table.aliasIndex[c.form] == nil { return true }
            // "Separately, the regulator…": an adverb opening a sentence, not a name.
            if tokens[c.first].sentenceStart, c.gazetteer.isEmpty, !c.isCurated, c.end < tokens.count, tokens[c.end].isComma,
               c.form.lowercased().hasSuffix("ly"), table.aliasIndex[c.form] == nil {
                return true
            }
        }
        // "East German officials", "West African leaders": a people, with its compass point.
        if c.count == 2, !c.isCurated, c.gazetteer.isEmpty, wordClass(c.first, b, tokens).contains(.compassPoint),
           knowledge.isDemonym(String(decoding: b[tokens[c.first + 1].start..<tokens[c.first + 1].end], as: UTF8.self)) { return true }
        // "Hurricane Milton", "Storm Ciarán": a storm, named like a person; and the storm again by its name alone.
        // ("Tropical" only before what a storm is: "Tropical Storm Alberto", not "the Tropical Forest Forever Facility".)
        if c.count >= 2 && !c.isCurated && wordClass(c.first, b, tokens).contains(.weatherEvent)
            && (!isText(c.first, "tropical", b, tokens) || wordClass(c.first + 1, b, tokens).contains(.weatherEvent) || isText(c.first + 1, "depression", b, tokens)) {
            stormNames.insert(String(decoding: b[tokens[c.first + 1].start..<tokens[c.end - 1].end], as: UTF8.self))
            return true
        }
        if !stormNames.isEmpty, !c.isCurated, stormNames.contains(c.form) { return true }
        if !knowledge.curated.denied.isEmpty && knowledge.curated.denied.contains(c.form) { return true }
        return false
    }

    /// 1–2. The site's curated entities, then names the text has already introduced, then institutions
    /// known by their own name.
    mutating func resolveKnown(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        // 1. The site's curated entities win.
        if let curated = c.curated {
            add(c, curated.kind, key: EntityKey(kind: curated.kind, name: curated.name), name: curated.name)
            return true
        }
        // 2. Names the text has already introduced.
        if let key = table.aliasIndex[c.form] {
            // "two points clear of Liverpool", then "Liverpool, who drew 1-1": the club all along.
            if key.kind == .place, c.count == 1, table.records[key] != nil, isCityClub(c, b: b, tokens: tokens) {
                // ("VfB Stuttgart", then "Stuttgart coach …": the club the text named in full.)
                let club = clubNamed(byCity: c.form) ?? EntityKey(kind: .organization, name: c.form)
                add(c, .organization, key: club)
                table.merge(key, into: club)
                return true
            }
            // "Barratt Redrow and Taylor Wimpey reported …", then "Taylor Wimpey chief executive Jennie Daly": a
            // company that its given name made a person of, until a job it employs someone in, and that someone, follow it.
            if key.kind == .person, c.count >= 2, let record = table.records[key], isEmployerBeforeItsEmployee(c, b: b, tokens: tokens) {
                let company = EntityKey(kind: .organization, name: record.name)
                add(c, .organization, key: company, name: record.name)
                table.merge(key, into: company)
                return true
            }
            // "Fans in Liverpool cheered" after "Liverpool manager Arne Slot": after "in", the city the club is named for
            // (not what money is put in: "a stake in Liverpool").
            let placeAfterIn = key.kind == .organization && c.count == 1 && c.previous == "in" && !c.gazetteer.isDisjoint(with: [.city, .region])
                && c.first >= 2 && !Self.heldOrMovedIn.contains(lower(c.first - 2))
            if !placeAfterIn, table.addRepeatedMention(of: key, form: c.form, block: c.block, start: c.start, end: c.stop) { return true }
        }
        // A surname or given name of someone already named comes before the gazetteers ("Bello said").
        // "Le Pen said" after "Marine Le Pen": a surname with its particle.
        // ("Corrêa do Lago said" after "André Corrêa do Lago": a surname of two names joined by a particle.)
        let particleSurname = c.count == 2 && wordClass(c.first, b, tokens).contains(.particle)
            || c.count == 3 && WordLists.surnameParticles.contains(lower(c.first + 1))
        if c.count == 1 || particleSurname, !c.personCue, let key = surnameReference(c.form) {
            add(c, referringTo: key, as: .person)
            return true
        }
        // "M&S" after "Marks & Spencer", "P&G" after "Procter & Gamble": initials with their "&".
        if Self.isInitialsWithAmpersand(c.form), addAsInitials(c) { return true }
        // "the Fed": the Federal Reserve, "Man City" Manchester City, whether or not the text names them in full.
        if c.count <= 2, !c.personCue, c.listed.contains(.shortForm), let full = shortForm(c.form) {
            add(c, .organization, key: full.key, name: full.name)
            return true
        }
        // "the Met" after "the Metropolitan Police" (or "the Metropolitan Museum of Art"): the first word clipped.
        if c.count == 1, c.previous == "the", let word = WordLists.clippedFirstWords[c.form],
           let known = table.organizationFirstWords[word], let record = table.records[known] {
            add(c, .organization, key: known, name: record.name)
            return true
        }
        // Institutions known by their own name: "the Kremlin", "Congress", "the White House".
        // (An armed service opening a sentence may be any country's: "Army chief General Asim Munir".)
        if c.listed.contains(.institution) && !c.personCue
            && !(c.count == 1 && tokens[c.first].sentenceStart && (appearsInLowerCase(lower(c.first)) || WordLists.armedServices.contains(c.form))) {
            if addAsInitials(c) { return true }
            add(c, .organization)
            return true
        }
        return false
    }

    /// 3. Places from the gazetteers and by their shape, and listed companies. `known`: what the
    /// words around the name already showed it is.
    mutating func resolveByGazetteer(_ c: Candidate, b: [UInt8], tokens: [Token], namesOnly: Bool, known: EntityKind?) -> Bool {
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        // "ORCHARD PARK, N.Y. (AP)", "Lakeland, Fla., police said": a US state as wire copy abbreviates it, after a
        // town and its comma and before its own full stop.
        if c.count == 1, c.first >= 2, tokens[c.first - 1].isComma, tokens[c.first - 2].capitalized, c.end < tokens.count,
           tokens[c.end].kind == .punctuation, tokens[c.end].mark == 46, let state = WordLists.stateAbbreviations[c.form] {
            add(c, .place, key: EntityKey(kind: .place, name: state), name: state)
            return true
        }
        // 3. Places from the gazetteers (a country "says" or "are second": still a place), datelines in capitals too.
        let bare = c.form.hasPrefix("the ") ? String(c.form.dropFirst(4)) : c.form
        // "U.S.", "U.K.": the gazetteers write them without the dots.
        let undotted = c.count == 1 && tokens[c.first].allCaps && bare.contains(".") ? bare.replacingOccurrences(of: ".", with: "") : bare
        let placeName = tokens[c.first].allCaps ? (knowledge.placesLowercased[undotted.lowercased()] ?? undotted) : bare
        // "Gold hit a record", "Reading the report…": at a sentence's start these are words, not the towns.
        let ordinaryOpening = c.count == 1 && (tokens[c.first].sentenceStart || namesOnly) && c.listed.contains(.ordinaryWordPlace)
        // "In Seoul, South Korea's acting president …": after "in" a known place stays one, whatever follows.
        let placePreposition = Self.isPlacePreposition(c.previous)
        // "Rival lender Halifax", "carmaker Toyota", "private equity firm Silver Lake": a town's name right after
        // a word for what a company is.
        let afterCompanyNoun = c.count <= 3 && !c.gazetteer.contains(.country) && isKindOfOrganization(c.first - 1, b: b, tokens: tokens)
        // "Toyota shares", "Toyota spokesperson Emma Suzuki": a city that is also a listed company, where the
        // words after it are a company's or the text has named the company ("Toyota Motor Corp").
        // ("Lenders such as Nationwide, Barclays and Santander": a city's name in a list of organisations.)
        let companyContext = c.count == 1 && c.gazetteer.contains(.company) && (organizationOpened(by: c.form) != nil
            || isNamedAmongOrganizations(c, b: b, tokens: tokens)
            || c.end < tokens.count && !tokens[c.end].capitalized
                && !wordClass(c.end, b, tokens).isDisjoint(with: [.employerRole, .companyWord]))
            || isCityNamedAmongOrganizations(c, b: b, tokens: tokens)
            // "Delta Chief Executive Ed Bastian" after "Delta Air Lines": the short name of the text's company, before its title.
            || known == .organization && c.count == 1 && organizationOpened(by: c.form) != nil
            || afterCompanyNoun
        // (The company, whatever else its name looks like: "firm Silver Lake" is no person either.)
        if afterCompanyNoun, !c.personCue, !c.gazetteer.isDisjoint(with: .place) {
            add(c, .organization)
            return true
        }
        // "signed from Crystal Palace", "on loan from Barcelona": where a player came from is a club, whatever
        // place shares its name (a country's team stays the country).
        if isText(c.first - 1, "from", b, tokens), c.count <= 3, c.first >= 2, !c.personCue, !c.gazetteer.contains(.country),
           WordLists.transfers.contains(lower(c.first - 2)) {
            add(c, .organization)
            return true
        }
        if (placeName == c.form ? !c.gazetteer.isDisjoint(with: .place) : knowledge.isPlace(placeName)) && !c.personCue && !companyContext
            && (c.appositive != .person || c.whoClause || placePreposition) && !c.possessedByOrganization && !ordinaryOpening
            // "Morena, Sheinbaum's party, holds …", "supporters of Morena, the ruling party,": a name described
            // as an organisation, whatever town shares its name (not a dateline's, a country's or a region's; not
            // after "in", where the town is meant).
            && !(c.appositive == .organization && !tokens[c.first].allCaps && c.gazetteer.isDisjoint(with: [.country, .region])
                 && (tokens[c.first].sentenceStart || !placePreposition && ["the", "a", "an"].contains(lower(c.end + 1)))) {
            if isCityClub(c, b: b, tokens: tokens) {
                if let club = clubNamed(byCity: c.form) { add(c, .organization, key: club) } else { add(c, .organization) }
                return true
            }
            // "Oxford's Jenner Institute" after "the University of Oxford": the university, by its town (not "Oxford's mayor").
            if c.possessive, c.count == 1, c.end < tokens.count, tokens[c.end].capitalized, let key = table.aliasIndex["University of " + c.form], let record = table.records[key],
               record.kind == .organization {
                add(c, .organization, key: key, name: record.name)
                return true
            }
            // One place, one name in a document: "BRASILIA —" then "Brasília" is the place the dateline named.
            let key = table.placeWithAccents(placeName) ?? table.state(shortName: placeName) ?? EntityKey(kind: .place, name: placeName)
            add(c, .place, key: key, name: table.records[key]?.name ?? placeName)
            return true
        }
        if c.gazetteer.contains(.demonym) || c.listed.contains(.nationalityNoun) { return true }
        // "in St Albans", "St Ives, Cornwall": a saint's name is a town's (news calls no one "St").
        if c.count >= 2, c.count <= 3, isText(c.first, "st", b, tokens) || isText(c.first, "saint", b, tokens), !c.isCurated, !c.personCue,
           c.gazetteer.isEmpty, !isA(c.end - 1, .organizationSuffix) {
            add(c, .place)
            return true
        }
        // "Los Gatos, California", "Cambridge, Massachusetts": a town, then its state or country.
        // (After "in", a town may share a given name: "based in Troy, Michigan".)
        if c.count <= 3, !c.personCue, !c.isCurated,
           c.gazetteer.isEmpty || placePreposition && c.gazetteer.isSubset(of: NameClass.personName),
           Self.isFollowedByComma(c.end, tokens), isStateOrCountry(after: c.end + 1, b: b, tokens: tokens) {
            // A dateline's town in capitals ("CUPERTINO, California —") is the "Cupertino" of the story.
            if tokens[c.first].allCaps, c.form.count > 3 {
                let name = c.form.lowercased().capitalized
                let key = EntityKey(kind: .place, name: name)
                add(c, .place, key: key, name: name)
                table.addAlias(name, for: key)
            } else {
                add(c, .place)
            }
            return true
        }
        // "In Enerhodar, the town where …": a name described as a kind of place.
        if c.appositive == .place, c.count <= 3, !c.personCue, !c.isCurated, c.gazetteer.isSubset(of: NameClass.personName) {
            add(c, .place)
            return true
        }
        // "In Mai Mahiu, north-west of the capital,": a name, then where it lies, is a place's. So is "near Sagaing, close
        // to Mandalay" after a place's preposition.
        if c.count <= 3, !c.personCue, !c.isCurated, c.gazetteer.isSubset(of: NameClass.personName),
           Self.isFollowedByComma(c.end, tokens), c.end + 2 < tokens.count, tokens[c.end + 1].kind == .word,
           isText(c.end + 2, "of", b, tokens) && Self.isDirection(lower(c.end + 1))
               && (Self.isPlacePreposition(c.previous) || !(c.count >= 2 && knowledge.isGivenName(String(c.words[0]))))
            || Self.isPlacePreposition(c.previous) && isText(c.end + 1, "close", b, tokens) && isText(c.end + 2, "to", b, tokens)
               && c.end + 3 < tokens.count && knowledge.isPlace(tokens[c.end + 3], in: b) {
            add(c, .place)
            return true
        }
        // "the MP for Hemsworth": a seat is a place. "Darren Whitlock, 42, of Smethwick", "a former sub-postmaster
        // from Bridlington": where someone lives.
        if !c.personCue, c.previous == "for" && c.first >= 2 && WordLists.seatHolders.contains(lower(c.first - 2))
            || c.first >= 3 && tokens[c.first - 2].isComma && tokens[c.first - 3].kind == .number
                && (c.previous == "of" || c.previous == "from")
            || c.previous == "from" && c.count <= 2 && c.first >= 2 && tokens[c.first - 2].kind == .word && !tokens[c.first - 2].capitalized
                && WordLists.residents.contains(lower(c.first - 2)) && !isA(c.end - 1, .organizationSuffix) && c.gazetteer.isSubset(of: NameClass.personName) {
            add(c, .place)
            return true
        }
        // Places by their shape: "Downing Street", "Tiananmen Square", "Lake Victoria", "Gulf of Mexico"
        // (not after what a firm is: "property research firm Green Street").
        // "Barrow-in-Furness", "Stoke-on-Trent": a town by its shape.
        if c.count == 1, !c.personCue, c.gazetteer.isEmpty, Self.isTownOnSomething(tokens[c.first], in: b) {
            add(c, .place)
            return true
        }
        // "the Yas Marina Circuit", "Silverstone Circuit": a racing circuit (not a court's: "the Ninth Circuit",
        // "the Federal Circuit", "the Court of Appeals for the Fifth Circuit").
        if c.count >= 2, c.count <= 4, !c.personCue, isText(c.end - 1, "circuit", b, tokens), !isA(c.first, .organizationPrefix),
           // (The word before, past an abbreviation's full stop: "the D.C. Circuit".)
           !Self.isCourtsCircuit(lower(tokens[c.end - 2].kind == .punctuation ? c.end - 3 : c.end - 2)) {
            add(c, .place)
            return true
        }
        // (Nor a government's body "of" what it oversees: "the Office of Rail and Road"; "Bank of America Plaza" is a place.)
        if c.count >= 2, !c.personCue, !isA(c.end - 1, .organizationSuffix), Self.endsLikePlace(c) || isA(c.first, .placePrefix),
           !(c.count >= 3 && isText(c.first + 1, "of", b, tokens)
             && (isText(c.first, "office", b, tokens) || isText(c.first, "department", b, tokens) || isText(c.first, "ministry", b, tokens))),
           !(c.first > 0 && tokens[c.first - 1].kind == .word && WordLists.firmNouns.contains(lower(c.first - 1))) {
            add(c, .place)
            return true
        }
        // "Borno state", "the Kherson region", "the Lötschental valley", "Temple Meads station": a place that says what
        // kind it is (not "the BJP's state president", "the BJP state unit": an organisation's branch; nor a
        // company's filling station; nor a cloud's "US-EAST-1 region", named with a number; nor a party's "Republican
        // state Sen. …").
        if c.count <= 2, !c.personCue, !c.possessive, c.end < tokens.count, !tokens[c.end].capitalized, isA(c.end, .placeKind),
           !tokens[c.end - 1].hasDigit, !WordLists.partyAdjectives.contains(c.form),
           !isA(c.end - 1, .organizationSuffix), initialsReference(c.form) == nil,
           !(c.gazetteer.contains(.company) && isText(c.end, "station", b, tokens)) {
            add(c, .place)
            return true
        }
        // "Staff in Carlisle, Barrow-in-Furness and Kendal": unknown names in a list of places after "in".
        if c.count <= 2, c.first > 0, tokens[c.first - 1].isComma || c.end < tokens.count && tokens[c.end].isComma
            || isText(c.first - 1, "and", b, tokens) || isText(c.end, "and", b, tokens),
           !c.personCue, !c.possessive, !c.isCurated, c.gazetteer.isSubset(of: NameClass.personName), !isA(c.end - 1, .organizationSuffix),
           table.aliasIndex[c.form] == nil, isInListOfPlaces(c, b: b, tokens: tokens) {
            add(c, .place)
            return true
        }
        // "Cobb, Fulton and Gwinnett counties": names listed before the plural of a kind of place.
        if c.count <= 2, !c.personCue, !c.possessive, !c.isCurated, c.gazetteer.isSubset(of: NameClass.personName),
           !isA(c.end - 1, .organizationSuffix), isListedBeforePlaceKinds(after: c.end, b: b, tokens: tokens) {
            add(c, .place)
            return true
        }
        // "the river Lonza", "the canton Valais": what kind of place, before it in lower case (British style). The river
        // may share a company's name.
        if c.count <= 2, !c.personCue, c.first >= 2, !tokens[c.first - 1].capitalized, c.previous == "river" || c.previous == "canton",
           isText(c.first - 2, "the", b, tokens) {
            add(c, .place)
            return true
        }
        // "the village of Kibera", "the city of Mariupol".
        if c.previous == "of", c.first >= 2, !c.personCue, WordLists.placeNouns.contains(lower(c.first - 2)), !isA(c.end - 1, .organizationSuffix) {
            add(c, .place)
            return true
        }
        if known == .organization && !c.personCue {
            if addAsInitials(c) { return true }      // "UAW President …" after "the United Auto Workers union"
            add(c, .organization)
            return true
        }
        // "the Amazon rainforest", "the Nile delta": a river or region by what it is.
        if c.count == 1, c.listed.contains(.riverOrRegion), c.end < tokens.count, tokens[c.end].kind == .word,
           ["rainforest", "basin", "river", "delta", "region", "forest", "jungle", "valley"].contains(lower(c.end)) {
            add(c, .place)
            return true
        }
        // "the Amazon", "the Congo": rivers and regions that share a company's or country's name; so is
        // "Brazil's Amazon", a country's.
        if c.count == 1, c.listed.contains(.riverOrRegion), c.previous == "the"
            || c.first > 0 && Self.isPossessive(b, tokens[c.first - 1]) && knowledge.isCountry(Self.bareWord(tokens[c.first - 1], in: b)) {
            add(c, .place)
            return true
        }
        // 3b. Listed companies ("Microsoft", "Morgan Stanley"), unless the words around make it a person;
        // a one-word name only where it is not an ordinary word ("Block by block…", "apple pie").
        if c.gazetteer.contains(.company), !c.personCue, c.appositive != .person,
           c.count > 1 || !isA(c.first, .commonCapitalized) && !appearsInLowerCase(lower(c.first)) {
            if addAsInitials(c) { return true }
            add(c, .organization)
            acronymAfter(c.end, form: c.form, b: b, tokens: tokens, block: c.block)
            return true
        }
        return false
    }
}
