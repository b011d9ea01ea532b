// The later rules of classification: products and organisations by cue words, people, acronyms,
// and unknown names by how they act.

extension Recognizer {
    /// 4–5. Products and organisations by the cue words in and around the name. `product`: the
    /// words after the name already showed it is one.
    mutating func resolveByCues(_ c: Candidate, b: [UInt8], tokens: [Token], namesOnly: Bool, product: Bool) -> Bool {
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isText(_ i: Int, _ word: StaticString) -> Bool { self.isText(i, word, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        let firstWord = lower(c.first)
        // "the Trump family", "the Porsche and Piëch families": a family, no product ("the Galaxy family" is one).
        if c.count == 1, c.gazetteer.contains(.surname) || c.previous == "and", !c.isCurated, c.end < tokens.count,
           ["family", "families"].contains(lower(c.end)) { return true }
        // Named in a list of organisations ("carriers including Hapag-Lloyd and CMA CGM").
        if !c.personCue, !c.isCurated, c.gazetteer.isDisjoint(with: .place) && isNamedAmongOrganizations(c, b: b, tokens: tokens)
            || isCityNamedAmongOrganizations(c, b: b, tokens: tokens) {
            add(c, .organization)
            return true
        }
        // "Aston Villa beat Arsenal 2-0", "lost 2-1 to Eintracht Frankfurt": the sides of a match result are
        // teams; not a player, whose full name starts with a given name ("Jannik Sinner beat Carlos Alcaraz
        // 6-4"). A given name alone is no player's ("Arsenal beat Chelsea 3-1").
        if !c.personCue, !c.isCurated, c.gazetteer.isDisjoint(with: .place), !tokens[c.first].allCaps,
           isSideOfResult(c, b: b, tokens: tokens), c.count == 1 || !knowledge.isGivenName(String(c.words[0])) {
            add(c, .organization)
            return true
        }
        // "investors Lightspeed Venture Partners, Andreessen Horowitz and Nvidia": the next name in a list
        // that an organisation opens is one too, unless it starts with a given name ("Nvidia and Jensen Huang").
        // "Investors include Andreessen Horowitz, Sequoia Capital and …": the first, when the next is an
        // organisation by its shape.
        if !c.personCue, !c.isCurated, c.gazetteer.isDisjoint(with: .place),
           followsOrganizationInList(c, b: b, tokens: tokens) || precedesOrganizationInList(c, b: b, tokens: tokens),
           !opensWithGivenName(c, b: b, tokens: tokens), c.count > 1 || !appearsInLowerCase(lower(c.first)) {
            add(c, .organization)
            return true
        }
        // "Janata Dal (United)": a name with a faction in brackets is a party's (see `Recognizer.read`).
        if !c.isCurated, Self.endsWithFaction(tokens, first: c.first, end: c.end) {
            add(c, .organization)
            return true
        }
        // "state-owned Codelco", "state-run Petrobras", "Kremlin-controlled Gazprom": who owns or runs it makes it an
        // organisation (not a place, "Russian-held Melitopol", nor a person, "US-backed Juan Guaidó").
        if !c.personCue, !c.isCurated, c.count <= 3, c.gazetteer.isDisjoint(with: .place), c.previous.utf8.contains(0x2D),
           ["-owned", "-run", "-controlled", "-backed", "-funded"].contains(where: c.previous.hasSuffix), !c.previous.hasPrefix("long-"),
           !c.previous.hasPrefix("short-"), !opensWithGivenName(c, b: b, tokens: tokens) {
            add(c, .organization)
            return true
        }
        // "Chile's copper commission, Cochilco, expects …", "The union, Sindicato Uno, which …": a name set off by commas
        // after what it is.
        if !c.personCue, !c.isCurated, c.count <= 3, c.first >= 2, tokens[c.first - 1].isComma, tokens[c.first - 2].kind == .word,
           !tokens[c.first - 2].capitalized, isA(c.first - 2, .organizationNoun) || isA(c.first - 2, .organizationSuffix), !isRole(c.first - 2, b, tokens),
           c.end < tokens.count, tokens[c.end].isComma, c.gazetteer.isDisjoint(with: .place), !knowledge.isGivenName(tokens[c.first], in: b) {
            add(c, .organization)
            return true
        }
        // "Atlético Madrid", "Sporting Lisbon", "Real Madrid": a club by its kind and its city.
        if c.count == 2, !c.personCue, !c.isCurated, isClubName(first: c.first, end: c.end, b: b, tokens: tokens) {
            add(c, .organization)
            return true
        }
        // "North Wales", "West London": a compass point and a place is a place.
        if c.count == 2, !c.personCue, !c.isCurated, isA(c.first, .compassPoint), knowledge.isPlace(String(c.words[1])) {
            add(c, .place)
            return true
        }
        // "told France Inter radio", "on Fox television": a broadcaster, not the presenter of a show ("the Jeremy Vine radio show").
        if !c.personCue, !c.isCurated, c.end + 1 < tokens.count, !tokens[c.end].capitalized,
           WordLists.outlets.contains(lower(c.end)), !WordLists.programmeWords.contains(lower(c.end + 1)) {
            add(c, .organization)
            return true
        }
        // "His Christian Democrats", "the Social Democrats": a party by what its members are called.
        if c.count >= 2, !c.personCue, !c.isCurated, isA(c.end - 1, .partyMember) {
            add(c, .organization)
            return true
        }
        // "a former head of Rockwell Collins", "the chief executive of Acme": what someone heads is an organisation.
        if c.previous == "of", c.first >= 2, Self.headsOf.contains(lower(c.first - 2)), !c.personCue, !c.isCurated, !tokens[c.first].allCaps,
           c.gazetteer.isDisjoint(with: .place), table.aliasIndex[c.form] == nil {
            add(c, .organization)
            return true
        }
        // "a school in Nea Makri where evacuees sheltered": a name after "in" or "near" that "where" follows is a place.
        if c.count <= 3, !c.personCue, !c.isCurated, !c.possessive, c.previous == "in" || c.previous == "near",
           !c.gazetteer.contains(.company), !isA(c.end - 1, .organizationSuffix), table.aliasIndex[c.form] == nil,
           isText(c.end, "where") || Self.isFollowedByComma(c.end, tokens) && isText(c.end + 1, "where") {
            add(c, .place)
            return true
        }
        // "the ChatGPT maker said", "the Ozempic maker Novo Nordisk": what a company makes, named for the company.
        if c.count <= 2, !c.personCue, !c.isCurated, c.previous == "the", c.end < tokens.count, isText(c.end, "maker"),
           c.gazetteer.isDisjoint(with: NameClass.place.union(.company)) {
            add(c, .product)
            return true
        }
        // "the Federal Circuit", "the Ninth Circuit": an appeals court by its circuit (not a racing circuit, "Silverstone Circuit").
        if c.words.count == 2, !c.isCurated, c.words[1] == "Circuit", WordLists.courtCircuits.contains(String(c.words[0])) {
            add(c, .organization)
            return true
        }
        // A stage race, by the country it tours, is an event: "the Tour de France", "the Giro d'Italia", "the Vuelta a España".
        if c.words.count >= 2, !c.isCurated, c.words[0] == "Tour" || c.words[0] == "Giro" || c.words[0] == "Vuelta",
           c.words[1].first.map({ $0.isLowercase }) ?? false { return true }
        // "Natural Resources Wales", "Historic England", "NHS England": a public body named for what it
        // does in a country, not a place ("mainland China", "North Wales") or a person ("Kevin Ireland").
        if c.count >= 2, !c.personCue, !c.isCurated, c.gazetteer.isEmpty,
           !knowledge.classes(of: String(c.words[c.words.count - 1])).isDisjoint(with: [.country, .otherPlace]),      // ("England" is a nation, not a state)
           !isA(c.first, .compassPoint), !isA(c.first, .placeQualifier),
           knowledge.isEnglishWord(firstWord) || tokens[c.first].allCaps && c.words[0].count >= 2,      // "NHS England", "BBC Scotland"
           !knowledge.isGivenName(String(c.words[0])) {
            add(c, .organization)
            return true
        }
        // "Bristol Myers Squibb's Cobenfy": a name of its own that an organisation just named owns is its product
        // (not a person it employs: "Apple's Tim Cook").
        if c.count <= 2, !c.personCue, !c.isCurated, c.gazetteer.isEmpty, c.first > 0, Self.isPossessive(b, tokens[c.first - 1]),
           !opensWithGivenName(c, b: b, tokens: tokens), !(c.count == 2 && looksLikePerson(c.words)), !isA(c.end - 1, .organizationSuffix),
           let owner = table.mentions.last, owner.kind == .organization, owner.block == c.block,
           owner.end > tokens[c.first - 1].start, owner.end <= tokens[c.first - 1].end {
            add(c, .product)
            return true
        }
        // "the far-right National Rally", "the ruling Morena": a party, by where it stands.
        // (Not a person by their politics, with no "the": "populist Franco Parisi", where "the hard-left France Unbowed" is a party.)
        if c.first > 0, isA(c.first - 1, .partyStance), !c.personCue, !c.isCurated, c.gazetteer.isDisjoint(with: .place),
           !(c.count == 2 && !isText(c.first - 2, "the") && looksLikePerson(c.words)) {
            add(c, .organization)
            return true
        }
        // "the maker of KitKat and Nescafé", "sales of Wegovy": brands, named by what is made and sold of them.
        // (The words before the name are read before the name is looked up three times.)
        // (Not a person who owns one: "sales of Elon Musk's company"; a brand may be: "Hellmann's mayonnaise".)
        if !c.personCue, !c.isCurated, !(c.possessive && c.count == 2), c.count <= 2, c.gazetteer.isSubset(of: [.givenName, .surname, .female, .male]),
           isMadeOrSold(c, b: b, tokens: tokens), table.aliasIndex[c.form] == nil,
           table.organizationFirstWords[c.form] == nil, table.organizationLastWords[c.form] == nil {      // ("Lilly" after "Eli Lilly")
            add(c, .product)
            return true
        }
        // 4. Products: version numbers, or a product word after the name.
        if c.count == 1, Self.isSmallIProduct(c.form), !c.isCurated {
            add(c, .product)      // "iPhone", "iOS"
            return true
        }
        if c.count == 1, tokens[c.first].hasDigit, Self.hasLetter(c.form), !c.personCue,
           !(c.first > 0 && isA(c.first - 1, .organizationNoun)) {      // "the pension fund AP7"
            add(c, .product)      // "GPT-4", "Qwen2.5"
            return true
        }
        // "BBC Radio 4", "Channel 4": a broadcaster's channel, not a product's version.
        // (So is "Sky Sports F1" after "told".)
        if product, c.count >= 2, WordLists.broadcastWords.contains(lower(c.end - 2)) && tokens[c.end - 1].kind == .number || isBroadcasterTold(c),
           !c.personCue {
            add(c, .organization)
            return true
        }
        let initialWord = tokens[c.first].sentenceStart && c.count == 1 && appearsInLowerCase(firstWord)
        if initialWord && !isA(c.end, .organizationVerb) { return true }
        if product || c.describedAsProduct && !c.isCurated && c.gazetteer.isEmpty
            || isA(c.end, .productCue) && !c.possessive && c.count <= 3 && !isA(c.end - 1, .organizationSuffix)
            && !tokens[c.first].sentenceStart
            // "the TerraUSD and Luna cryptocurrencies": the first of two unknown names before what they are.
            || isText(c.end, "and") && c.end + 2 < tokens.count && tokens[c.end + 1].kind == .word && tokens[c.end + 1].capitalized
            && !tokens[c.end + 2].capitalized && isA(c.end + 2, .productCue) && c.count <= 2 && !c.possessive && c.gazetteer.isEmpty
            && !tokens[c.first].sentenceStart && !isA(c.end - 1, .organizationSuffix) {
            if !c.personCue {
                add(c, .product)
                addMaker(of: c, b: b, tokens: tokens)
                return true
            }
        }
        // An organisation named after what it is: "the journal Nature", "the broadcaster RTL", "group
        // companies Daihatsu and …" (not "investor Warren Buffett": a job is a person's).
        if c.count <= 4, !c.personCue, c.first > 0, tokens[c.first - 1].kind == .word, !tokens[c.first - 1].capitalized,
           isA(c.first - 1, .organizationNoun) || Self.isPluralOrganizationNoun(lower(c.first - 1)),
           !isRole(c.first - 1, b, tokens) || isNamedAfterItsKind(first: c.first, end: c.end, b: b, tokens: tokens)      // "the regulator Ofwat"
               // "the obesity drug developer Metsera": what a company makes before the job.
               || c.count == 1 && c.gazetteer.isEmpty && isWhatACompanyMakes(c.first - 2, b, tokens),
           !c.isCurated, c.gazetteer.isDisjoint(with: .place) {
            add(c, .organization)
            return true
        }
        // "The Unite union", "the Wagner group", "the United Auto Workers union": a name before what kind of
        // organisation it is.
        // (Not a word opening the text after a dateline's dash: "RIO DE JANEIRO — Mining giant Vale".)
        if c.count <= 3, !c.personCue, !c.possessive, !namesOnly, !tokens[c.first].sentenceStart, c.end < tokens.count, tokens[c.end].kind == .word, !tokens[c.end].capitalized,
           !(c.first > 0 && tokens[c.first - 1].kind == .punctuation && [Tokenizer.emDash, Tokenizer.enDash, 45].contains(tokens[c.first - 1].mark)),
           isA(c.end, .organizationNoun), !isRole(c.end, b, tokens), !c.isCurated, c.gazetteer.isDisjoint(with: [.country, .city, .region, .otherPlace, .demonym]),
           !["a", "an"].contains(c.previous),      // "a European lab", "a Nordic bank"
           !(c.count == 1 && c.form.hasSuffix("ist")) {      // "the Peronist coalition", "the Islamist group"
            if addAsInitials(c) { return true }      // "the UN agency" after "the United Nations"
            add(c, .organization)
            return true
        }
        // "A gang calling itself Qilin": a group's name for itself.
        if c.count <= 3, !c.personCue, isText(c.first - 1, "itself"), c.first >= 2, ["calling", "calls", "called"].contains(lower(c.first - 2)),
           !c.isCurated, c.gazetteer.isDisjoint(with: .place) {
            add(c, .organization)
            return true
        }
        // A news agency after a dateline: "LONDON (Reuters) -", "MAIDUGURI, Nigeria (AP) —".
        if c.count == 1, c.first >= 2, c.first <= 6, tokens[c.first - 1].kind == .punctuation, tokens[c.first - 1].mark == 40,
           c.end < tokens.count, tokens[c.end].kind == .punctuation, tokens[c.end].mark == 41, tokens[0].allCaps {
            add(c, .organization)
            return true
        }
        // A product named after what it is: "the weight-loss drug Wegovy", "the chatbot ChatGPT".
        if c.count <= 3, !c.personCue, c.first > 0, tokens[c.first - 1].kind == .word, !tokens[c.first - 1].capitalized, isA(c.first - 1, .productCue),
           !isA(c.end - 1, .organizationSuffix), !c.isCurated, c.gazetteer.isEmpty {
            add(c, .product)
            return true
        }
        // An event: "Taylor Swift's Eras Tour", "the Women's World Cup" (a curated or listed name still counts).
        if c.count >= 2, !c.personCue, !c.isCurated, c.gazetteer.isEmpty, isA(c.end - 1, .eventEnding) { return true }
        // A tournament of so many nations: "the Six Nations", "the Four Nations" (not "the United Nations").
        if c.words.count == 2, !c.isCurated, c.words[1] == "Nations", WordLists.nationCounts.contains(String(c.words[0])) { return true }
        // A thing named as one: "James Webb Space Telescope", "Perseverance Rover".
        if c.count >= 2, !c.personCue, isA(c.end - 1, .thingNameEnding) {
            add(c, .product)
            return true
        }
        // …or before what it is, in lower case: "the BepiColombo spacecraft", "the Perseverance rover"
        // (not a maker the lists know: "the Boeing capsule").
        if c.end < tokens.count, tokens[c.end].kind == .word, !tokens[c.end].capitalized, isA(c.end, .thingNameEnding),
           c.count <= 2, !c.personCue, !c.isCurated, c.gazetteer.isEmpty, c.listed.isDisjoint(with: [.institution, .shortForm]),
           c.previous == "the" || c.previous == "a" || c.previous == "its" || c.previous == "their" {
            add(c, .product)
            return true
        }
        // 5. Organisations by their shape ("… plc", "Bank of …", "Royal College of Nursing") or apposition.
        // (The last token of "Harbour Bank's" holds the possessive: the name's own last word is asked too.)
        let organizationShape = c.count >= 2 && (isA(c.end - 1, .organizationSuffix) || firstWord == "real"
            // "the Philippine Red Cross", "the Turkish Red Crescent": a nation's society of the movement.
            || c.count >= 3 && isText(c.end - 2, "red") && (isText(c.end - 1, "cross") || isText(c.end - 1, "crescent"))
            || c.possessive && c.words.last.map { WordLists.classes(of: $0).contains(.organizationSuffix) } == true
            || isA(c.first, .foreignOrganizationOpening)
            // "the PGA of America": initials of a country's body.
            || c.count == 3 && tokens[c.first].allCaps && c.form.utf8.count > 8 && isText(c.first + 1, "of")
                && (knowledge.isPlace(String(c.words[2])) || c.words[2] == "America")
            || zip(c.words, c.words.dropFirst()).contains { pair in
                // "Bank of England", "Institute for Fiscal Studies", "Commission on Human Rights".
                // (Most pairs are two names: the second word is asked first, with no list lookup.)
                let of = pair.1 == "of"
                guard of || pair.1 == "for" || pair.1 == "on" else { return false }
                let classes = WordLists.classes(of: pair.0)
                return classes.contains(.organizationPrefix) && of || classes.contains(.organizationSuffix)
            })
        // Where people work: "analysts at Morgan Stanley"; whom they lead: "Tesla boss Elon Musk".
        // ("head of UK residential research at Knight Frank": a job of a field, then where it is done.)
        let employer = c.previous == "at" && c.first >= 2 && (isRole(c.first - 2, b, tokens) || isJobOfAField(before: c.first - 1, b: b, tokens: tokens))
            || c.ownerOfBrand
            || c.end < tokens.count && !tokens[c.end].capitalized && isA(c.end, .employerRole) && !c.possessive
                && !opensWithOrdinaryWord(c, tokens: tokens)
            // "Novo Nordisk shares jumped": a name whose shares move is a company's.
            // (Not an ordinary word opening a sentence: "Property shares jumped".)
            || ["shares", "stock"].contains(lower(c.end)) && WordLists.marketMoves.contains(lower(c.end + 1))
                && !(c.count == 1 && tokens[c.first].sentenceStart && appearsInLowerCase(lower(c.first)))
        if !c.personCue && (organizationShape || employer || c.appositive == .organization || c.possessedByOrganization && !namesOnly || Self.isCamelCase(c.form) && c.count == 1) {
            // "Alibaba" after "Alibaba Group"; "GM's plant" after "General Motors".
            if c.count == 1, let key = organizationPrefixReference(c.form) {
                add(c, referringTo: key, as: .organization)
                return true
            }
            if addAsInitials(c) { return true }
            add(c, .organization)
            acronymAfter(c.end, form: c.form, b: b, tokens: tokens, block: c.block)
            return true
        }
        // "Ben & Jerry's", "Marks & Spencer": an ampersand joins the names of a firm, not of a person
        // (not initials: "A&E", "R&D").
        if !c.personCue, c.count >= 3, (c.first..<c.end).contains(where: { tokens[$0].kind == .punctuation && tokens[$0].mark == 38 }),
           (c.first..<c.end).allSatisfy({ tokens[$0].kind != .word || tokens[$0].end - tokens[$0].start >= 2 }) {
            add(c, .organization)
            return true
        }
        return false
    }

    /// 6. People: a cue before the name, apposition, a name particle, speech, or a known given name or surname.
    mutating func resolvePerson(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isText(_ i: Int, _ word: StaticString) -> Bool { self.isText(i, word, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        // 6. People: a cue before the name, apposition, a name particle, or a known given name or surname.
        // A particle ("van", "bin") or an initial ("P.") inside the name marks a person.
        // (Not after a kind of organisation: "the newspaper Folha de S.Paulo".)
        let particle = c.words.count >= 3 && c.words.dropFirst().dropLast().contains {
            WordLists.nameParticles.contains($0.lowercased()) || ($0.count == 2 && $0.hasSuffix(".") && $0.first!.isUppercase)
        } && !isKindOfOrganization(c.first - 1, b: b, tokens: tokens)
        // "said Adaeze Okafor" or "Adaeze Okafor said"; not "told Le Monde", whose name is the listener.
        // "According to Wanjiru Dragomir, “…”": the source of a quotation.
        let quotedSource = c.first >= 2 && isText(c.first - 1, "to") && isText(c.first - 2, "according") && Self.isFollowedByComma(c.end, tokens)
            && c.end + 1 < tokens.count && tokens[c.end + 1].kind == .punctuation && (tokens[c.end + 1].mark == Tokenizer.openDouble || tokens[c.end + 1].mark == 34)
        // "said Adaeze Okafor", "said Ortega of the Madrid consultancy"; not "said Red Bull had no answer",
        // where the name opens what was said.
        let saidBefore = isA(c.first - 1, .speechVerb) && !["told", "tells", "asked", "asks", "urged", "urges"].contains(lower(c.first - 1))
            && !(c.end < tokens.count && tokens[c.end].kind == .word && !tokens[c.end].capitalized && !["of", "at", "from"].contains(lower(c.end)))
        // "Tanaka Hiroshi of Toyota Motor said": where the speaker works comes between the name and the verb.
        var afterAffiliation = c.end + 1
        if isText(c.end, "of") {
            if isText(afterAffiliation, "the") { afterAffiliation += 1 }
            let start = afterAffiliation
            while afterAffiliation < tokens.count, afterAffiliation - start < 5, tokens[afterAffiliation].kind == .word,
                  tokens[afterAffiliation].capitalized { afterAffiliation += 1 }
            if afterAffiliation == start { afterAffiliation = tokens.count }
        }
        let speaksAfterAffiliation = isText(c.end, "of") && isA(afterAffiliation, .speechVerb)
        // "Aryna Sabalenka of Belarus will play …": a name, then the country a player or a delegate is from.
        let ofCountry = isText(c.end, "of") && c.end + 1 < tokens.count && tokens[c.end + 1].kind == .word && tokens[c.end + 1].capitalized
            && !(c.end + 2 < tokens.count && tokens[c.end + 2].kind == .word && tokens[c.end + 2].capitalized)
            && knowledge.classes(of: String(decoding: b[tokens[c.end + 1].start..<tokens[c.end + 1].end], as: UTF8.self)).contains(.country)
        let speechNear = quotedSource || isA(c.end, .speechVerb) || saidBefore || speaksAfterAffiliation || ofCountry
        // Two or three plain capitalised words that speak ("Adaeze Okafor said") are a person: organisations
        // that speak mostly carry a cue word, which was checked above.
        let speakingName = c.count >= 2 && c.count <= 3 && speechNear && !tokens[c.first].allCaps
            && c.words.allSatisfy { !WordLists.commonCapitalized.contains($0.lowercased()) && !knowledge.isPlace(String($0)) }
            && !isPairOfOrdinaryWords(c.words)
        // "Hatzius said", "said Ortega of …" (not "said Congress should"): a surname that speaks is a person.
        let quotedSurname = c.count == 1 && (isA(c.end, .speechVerb) || saidBefore) && Self.looksLikeSurname(c.form, knowledge) && !knowledge.isGivenName(c.form)
        // "because Do Kwon lied" after "Kwon, the founder": a capitalised word inside a sentence, before the
        // surname of someone the text named, is that person's given name, whatever else the word is.
        // (Asked last: most names of two words look like a person's without it.)
        func givenNameOfKnown() -> Bool {
            c.count == 2 && c.words.count == 2 && !tokens[c.first].sentenceStart && table.aliasIndex[String(c.words[1])]?.kind == .person
        }
        // "the Dutch Grand Prix at Zandvoort", "the match at Anfield": where an event is held is a place,
        // whatever name it looks like ("the Ryder Cup at Bethpage Black").
        if c.previous == "at", c.first >= 2, c.count <= 3, !c.personCue, !c.isCurated, c.gazetteer.isSubset(of: .place),
           isA(c.first - 2, .eventEnding) || WordLists.heldEvents.contains(lower(c.first - 2)) {
            add(c, .place)
            return true
        }
        // "Remco Evenepoel of Soudal Quick-Step": after a person just named and "of", where they work (a place was
        // taken above: "Iga Swiatek of Poland"), unless it is someone's name by both lists ("the wife of John Smith").
        if c.previous == "of", c.first >= 2, !c.personCue, !c.isCurated, c.count <= 3, let last = table.mentions.last, last.kind == .person,
           last.end == tokens[c.first - 2].end, c.gazetteer.isDisjoint(with: .place),
           !(c.words.count >= 2 && knowledge.isGivenName(String(c.words[0])) && knowledge.isSurname(String(c.words[c.words.count - 1]))) {
            add(c, .organization)
            return true
        }
        // Names that look like a person's, unless "the" comes before ("the Red Bull driver") or they open
        // like an organisation the text named ("Mistral Large" after "Mistral AI"), or a club's ("Inter Milan").
        if c.personCue || c.appositive == .person || particle || quotedSurname || speakingName || (c.previous == "the" || c.whichClause || c.count > 1 && table.organizationFirstWords[String(c.words[0])] != nil && !knowledge.isGivenName(String(c.words[0]))
            || c.count == 2 && isClubName(first: c.first, end: c.end, b: b, tokens: tokens) || isBroadcasterTold(c) ? false : looksLikePerson(c.words)) || givenNameOfKnown() {
            if c.words.count == 1 {
                if let key = surnameReference(c.form, titles: c.roles) {
                    add(c, referringTo: key, as: .person)
                } else {
                    add(c, .person)
                }
            } else {
                let key = EntityKey(kind: .person, name: c.form)
                add(c, .person, key: key)
                // A surname seen alone before the full name joins it.
                if let last = c.words.last, let earlier = table.aliasIndex[String(last)], table.records[earlier]?.kind == .person,
                   table.records[earlier]?.aliases.count == 1, earlier != key {
                    table.merge(earlier, into: key)
                }
            }
            return true
        }
        return false
    }

    /// Whether token `i` is a verb in the past tense: a lower-case English word in "-ed", or a common irregular one.
    mutating func isPastVerb(_ i: Int, b: [UInt8], tokens: [Token]) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word, !tokens[i].capitalized else { return false }
        let word = lower(i, b, tokens)
        return Self.irregularPastVerbs.contains(word) || word.hasSuffix("ed") && knowledge.isEnglishWord(word)
    }

    static let irregularPastVerbs: Set<String> = ["made", "took", "won", "lost", "hit", "ran", "wrote", "gave", "came", "went", "became",
                                                  "began", "left", "met", "kept", "held", "led", "got", "struck", "threw", "caught",
                                                  "drew", "beat", "fell", "rose", "spent", "sent", "built", "paid", "told", "said",
                                                  "broke", "set"]

    /// Whether the name is what "the maker of", "sales of" speak of, alone or further on in a list
    /// ("the maker of KitKat and Nescafé").
    mutating func isMadeOrSold(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        var k = c.first - 1
        while k >= 1 && c.first - k <= 6 {
            let word = lower(k, b, tokens)
            if word == "of" { return ["maker", "makers", "manufacturer", "sales"].contains(lower(k - 1, b, tokens)) }
            // (Over the names before it and what they are: "the maker of Dove soap and Hellmann's mayonnaise".)
            guard tokens[k].isComma || word == "and" || tokens[k].kind == .word && tokens[k].capitalized && !tokens[k].sentenceStart
                    || tokens[k].kind == .word && tokens[k - 1].kind == .word && tokens[k - 1].capitalized && !word.hasSuffix("ed") && !word.hasSuffix("ing")
            else { return false }
            k -= 1
        }
        return false
    }

    /// "Industry analyst Jane Doe", "Political scientist …": a sentence opened by an ordinary word
    /// nothing else names, not by the firm an analyst works for ("Jefferies analyst …").
    func opensWithOrdinaryWord(_ c: Candidate, tokens: [Token]) -> Bool {
        c.count == 1 && tokens[c.first].sentenceStart && c.gazetteer.isSubset(of: [.givenName, .surname, .female, .male]) && !c.isCurated
            && table.aliasIndex[c.form] == nil && knowledge.isEnglishWord(c.form)
    }

    /// Words for whoever runs an organisation, before "of" and its name.
    static let headsOf: Set<String> = ["head", "chief", "president", "chairman", "chairwoman", "chair", "director", "founder",
                                       "co-founder", "cofounder", "boss", "owner", "executive", "ceo"]

    /// Words before "in" and a company's name: what is held in it, what moves in it, who works in it.
    static let heldOrMovedIn: Set<String> = [
        "stake", "stakes", "share", "shares", "investment", "investments", "invested", "invest", "investing", "interest", "holding",
        "holdings", "position", "positions", "role", "job", "jobs", "career", "confidence", "faith", "trust", "partner", "unit",
        "division", "subsidiary", "business", "cuts", "layoffs", "changes", "involved", "join", "joined", "work", "works", "worked",
        "working", "employed", "staff", "rise", "fall", "drop", "surge", "jump", "rally", "decline", "slump", "gain", "gains", "losses",
    ]

    /// 7–8. Acronyms, and unknown names by how they act ("Meta said", "at Harbour").
    mutating func resolveUnknown(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        // 7. Acronyms: a country code, the initials of a known organisation, or an organisation.
        // ("the ECB's board": the token holds the possessive; the name is what counts.)
        // (Two joined by a hyphen may be longer: "SAG-AFTRA".)
        // (Not a model's letters after its number: "the 737 MAX".)
        if c.count == 1, tokens[c.first].allCaps || c.possessive && Self.isAllCaps(c.form),
           c.form.count <= 6 || c.form.count <= 12 && c.form.contains("-"), !c.listed.contains(.nonEntityAcronym) {
            if c.first > 0, tokens[c.first - 1].kind == .number, table.aliasIndex[c.form] == nil { return true }
            // "NT$673.5 billion", "HK$": a currency's prefix.
            if c.stop < b.count && b[c.stop] == UInt8(ascii: "$") { return true }
            if knowledge.isCountry(c.form) { add(c, .place, key: EntityKey(kind: .place, name: c.form)); return true }
            // "U.N." for the United Nations named before.
            let undotted = c.form.contains(".") ? c.form.replacingOccurrences(of: ".", with: "") : c.form
            if let key = initialsReference(undotted) ?? initialsReferenceInsideWords(undotted) {
                add(c, referringTo: key, as: .organization)
                return true
            }
            // "U.N." after "UN", "UN" after "U.N.": one acronym, with or without its full stops.
            if undotted.utf8.count <= 4, let key = table.aliasIndex[undotted != c.form ? undotted : undotted.map(String.init).joined(separator: ".")],
               table.records[key]?.kind == .organization {
                add(c, referringTo: key, as: .organization)
                return true
            }
            // Opening a sentence, an acronym of three letters or more is still an organisation ("NASA and
            // the European Space Agency…"), unless a comma follows, as after a dateline's town.
            // ("UNRWA, the U.N. agency for …": a comma, then a description, is no dateline's.)
            let described = Self.isFollowedByComma(c.end, tokens) && ["the", "a", "an"].contains(lower(c.end + 1))
            let opensSentence = tokens[c.first].sentenceStart && !(c.form.count >= 3 && (!Self.isFollowedByComma(c.end, tokens) || described) && !isA(c.first, .role))
            if c.form.count >= 2 && !opensSentence || isA(c.end, .organizationVerb) { add(c, .organization); return true }
            return true
        }
        // 8. Unknown names acting like organisations: "Meta said", "Alibaba's", "at Harbour".
        if c.count == 1, let key = organizationPrefixReference(c.form) {
            add(c, referringTo: key, as: .organization)
            return true
        }
        // ("Inspection reports from the department found …": an ordinary word opening a sentence before a
        // verb that is also a plural noun names nothing.)
        let verb = isA(c.end, .organizationVerb)
            && !(c.count == 1 && tokens[c.first].sentenceStart && Self.pluralNounVerbs.contains(lower(c.end)) && c.gazetteer.isEmpty
                 && table.aliasIndex[c.form] == nil && knowledge.isEnglishWord(lower(c.first)))
        // "Nouriel Roubini has spent …": two words that are no English words the text uses in lower
        // case, and nothing the lists know, are more often a person they lack than an organisation.
        // So is "Sifan Hassan won": a surname that is also a town's name ("Hassan", "Milan") after such a word.
        // So is "Yashasvi Jaiswal made 84" (a verb in the past), and "a spell from Jasprit Bumrah" when neither word
        // is English at all.
        // So is an owner of two such words, neither of them English: "after Ravindra Jadeja's unbeaten 61".
        let object = ["from", "with", "by"].contains(c.previous) || c.possessive
        let unknownPair = c.words.count == 2 && !tokens[c.first].allCaps && (verb || object || isPastVerb(c.end, b: b, tokens: tokens))
            && !isPairOfOrdinaryWords(c.words) && c.words.indices.allSatisfy { k in
                let word = c.words[k], classes = knowledge.classes(of: String(word))
                return (classes.isEmpty || k == 1 && classes.contains(.surname) && !classes.contains(.country))
                    && WordLists.classes[word.lowercased()] == nil && !appearsInLowerCase(word.lowercased())
                    && !(object && knowledge.isEnglishWord(word.lowercased()))
            }
        if unknownPair {
            add(c, .person)
            return true
        }
        // "SK Hynix", "LG Display": a short acronym, then a word nothing knows as a place or a surname, is a
        // company's name ("JJ Abrams" is a person's).
        if c.words.count == 2, tokens[c.first].allCaps, (2...4).contains(c.words[0].count), !tokens[c.first + 1].allCaps,
           !c.listed.contains(.nonEntityAcronym), !WordLists.nonEntityAcronyms.contains(String(c.words[0])),
           knowledge.classes(of: String(c.words[1])).isDisjoint(with: NameClass.place.union(.surname).union(.givenName)),
           WordLists.classes[c.words[1].lowercased()] == nil {
            add(c, .organization)
            return true
        }
        // "Anant Ambani" after "Mukesh Ambani": a word nothing knows before the surname of someone the text
        // named is a relative's given name.
        if c.words.count == 2, !tokens[c.first].allCaps, table.surnameHolders[String(c.words[1])] != nil,
           WordLists.classes[c.words[0].lowercased()] == nil, !appearsInLowerCase(c.words[0].lowercased()),
           knowledge.classes(of: String(c.words[0])).isDisjoint(with: NameClass.place.union(.company).union(.demonym)) {
            add(c, .person)
            return true
        }
        // "a film starring Renate Reinsve, which was shot in Oslo": whom a film or a show stars is a person.
        if c.previous == "starring" || c.previous == "co-starring", c.count >= 2, c.count <= 3, !c.isCurated,
           !isA(c.end - 1, .organizationSuffix), c.gazetteer.isDisjoint(with: NameClass.place.union(.company)) {
            add(c, .person)
            return true
        }
        // "senior players including Vinícius Júnior": named among people.
        if c.previous == "including", c.count >= 2, c.count <= 3, c.first >= 2, !c.isCurated, !isA(c.end - 1, .organizationSuffix),
           WordLists.peoplePlurals.contains(lower(c.first - 2)), c.gazetteer.isDisjoint(with: NameClass.place.union(.company)) {
            add(c, .person)
            return true
        }
        // "founded in China by Xu Yangtian": companies are founded by people.
        if c.previous == "by", c.count >= 2, c.count <= 3, !isA(c.end - 1, .organizationSuffix), c.first >= 2,
           (c.first - 4..<c.first - 1).contains(where: { ["founded", "co-founded", "cofounded"].contains(lower($0)) }) {
            add(c, .person)
            return true
        }
        // "launched from Kourou in French Guiana": a name nothing knows, then the state or country it is in.
        if c.previous == "from" || c.previous == "to" || c.previous == "near", isText(c.end, "in", b, tokens), c.count <= 2, !c.personCue,
           !c.isCurated, !c.possessive, c.gazetteer.isSubset(of: NameClass.personName),
           isStateOrCountry(after: isText(c.end + 1, "the", b, tokens) || isA(c.end + 1, .compassPoint) ? c.end + 2 : c.end + 1, b: b, tokens: tokens),
           !opensWithGivenName(c, b: b, tokens: tokens) {
            add(c, .place)
            return true
        }
        // ("told Le Monde": a listener of two words or more that is nobody's name is a newspaper or broadcaster.)
        // ("told the Guardian", "according to the Telegraph", "published in the Lancet": a paper of one word.)
        let acts = verb || c.possessive || c.whichClause || ["at", "from", "by", "with", "of", "for"].contains(c.previous)
            || c.count >= 2 && c.previous == "told"
            || c.count == 1 && c.previous == "the" && c.first >= 3 && (isText(c.first - 2, "told", b, tokens)
                || isText(c.first - 2, "to", b, tokens) && isText(c.first - 3, "according", b, tokens)
                || isText(c.first - 2, "in", b, tokens) && (isText(c.first - 3, "published", b, tokens) || isText(c.first - 3, "writing", b, tokens)))
        // ("led by General Catalyst", "Global Witness said": a common word may open a longer name; not
        // after "at", where it is more often a ground: "2-1 at Old Trafford".)
        // (Four words opened by a listed company's name are a division of it: "led by Airbus Defence and Space".)
        // (So are four opened by a broadcaster's initials after "told": "told BBC Test Match Special".)
        if acts && (!tokens[c.first].sentenceStart || verb || c.whichClause)
            && (c.count <= 3 || c.count == 4 && (knowledge.isCompany(String(c.words[0])) || c.previous == "told" && tokens[c.first].allCaps))
            && !(isA(c.first, .commonCapitalized) && (c.count == 1 || isA(c.end - 1, .commonCapitalized) || ["at", "from"].contains(c.previous)))
            && (!opensWithGivenName(c, b: b, tokens: tokens) || isBroadcasterTold(c))
            && !(tokens[c.first].sentenceStart && appearsInLowerCase(lower(c.first)))
            // ("Webb's operations" after "the James Webb Space Telescope": a word of a product's name, short for it.)
            && !(c.count == 1 && c.possessive && isWordOfNamedProduct(c.form)) {
            add(c, .organization)
            acronymAfter(c.end, form: c.form, b: b, tokens: tokens, block: c.block)
            return true
        }
        // "Manchester City host Newcastle", "Los Angeles Lakers": a name that opens with a city or
        // country, goes on with a word that is no place, and is nobody's name is a club, a paper or a company.
        // (A state's name opens a team's before a plural that is nobody's name: "the Indiana Pacers".)
        if (2...3).contains(c.words.count), !c.personCue, !tokens[c.first].allCaps,
           Self.isCityOrCountry(String(c.words[0]), knowledge) || c.words.count == 3 && Self.isCityOrCountry(c.words[0] + " " + c.words[1], knowledge)
            || c.words.count == 2 && c.words[1].hasSuffix("s") && knowledge.classes(of: String(c.words[0])).contains(.region)
                && knowledge.classes(of: String(c.words[1])).isDisjoint(with: [.surname, .givenName]),
           !knowledge.isPlace(String(c.words[c.words.count - 1])), !knowledge.isDemonym(String(c.words[c.words.count - 1])),
           !WordLists.commonCapitalized.contains(c.words[c.words.count - 1].lowercased()) {
            add(c, .organization)
            return true
        }
        // "Werder Bremen", "Inter Milan", "Bayern Munich": a word that is no English word, nobody's name and
        // no place, then a city, is a club or a company ("Greater Manchester", "East Jerusalem" open with words).
        if c.words.count == 2, !c.personCue, !tokens[c.first].allCaps, !isA(c.first, .commonCapitalized),
           knowledge.classes(of: String(c.words[1])).contains(.city), knowledge.classes(of: String(c.words[0])).isEmpty,
           WordLists.classes[c.words[0].lowercased()] == nil, !appearsInLowerCase(c.words[0].lowercased()) {
            add(c, .organization)
            return true
        }
        // "Councillors in Redhill", "a holiday in Crete": after "in", one word nothing knows, no English word and
        // never written in lower case here, is a place; not what money or work is in ("a stake in Anthropic",
        // "a rally in Tesla").
        // (Two such words too, the second joined by a particle: "talks in Sharm el-Sheikh".) So is where people flee
        // to: "tens of thousands have fled to Tawila".
        if c.count == 1 || c.count == 2 && Self.isJoinedParticle(b, tokens[c.first + 1]),
           c.previous == "in" || c.previous == "to" && c.first >= 2 && WordLists.fleeing.contains(lower(c.first - 2)), c.first >= 2, !c.personCue, !c.possessive, !c.isCurated, c.gazetteer.isSubset(of: .surname),
           !tokens[c.first].allCaps, !tokens[c.first].sentenceStart, !Self.isCamelCase(c.form), !Self.heldOrMovedIn.contains(lower(c.first - 2)),
           !knowledge.isEnglishWord(String(c.words[0])), !appearsInLowerCase(lower(c.first)), table.aliasIndex[c.form] == nil {
            add(c, .place)
            return true
        }
        if c.count >= 2 && c.count <= 4 && isA(c.end, .organizationVerb) {
            add(c, .organization)
        }
        return false
    }

    /// Whether the name opens with a given name; not one that is also a cue word the gazetteers
    /// happen to list as a name ("General Catalyst", "Le Monde").
    /// (Inside a sentence, a common word that is also a given name opens a person's name before a surname: "by Will Dunham".)
    /// "told France Télévisions": after "told", a country that is also a given name, before no surname, opens a broadcaster's name.
    func isBroadcasterTold(_ c: Candidate) -> Bool {
        c.previous == "told" && c.words.count >= 2
            && (c.words.count == 2 && knowledge.isCountry(String(c.words[0])) && !knowledge.isSurname(String(c.words[1]))
                // "told Sky Sport Italia", "told Fox News Radio": a broadcaster's word after its first.
                || c.words.dropFirst().contains { WordLists.broadcasterWords.contains($0) })
    }

    /// Whether `word` is a word of a product's name the text has named ("Webb" of "James Webb Space Telescope").
    /// (Asked only of an owner of one word: an article names few products.)
    func isWordOfNamedProduct(_ word: String) -> Bool {
        table.records.allValues.contains { $0.kind == .product && $0.name.split(separator: " ").contains { $0 == word } }
    }

    mutating func opensWithGivenName(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        knowledge.isGivenName(String(c.words[0])) && (c.count == 1 || wordClass(c.first, b, tokens).isEmpty
            || c.count == 2 && !tokens[c.first].sentenceStart && tokens[c.first].kind == .word && knowledge.isSurname(String(c.words[1])))
    }

    /// Verbs after a name that are also plural nouns ("reports", "plans").
    static let pluralNounVerbs: Set<String> = ["reports", "plans", "cuts", "shares", "raises", "releases", "launches", "sells", "buys", "invests"]

    /// Whether the words before token `at` are a job "of" a field: "head of research", "director of
    /// policy", "head of UK residential research" (up to four words after "of", and no punctuation).
    mutating func isJobOfAField(before at: Int, b: [UInt8], tokens: [Token]) -> Bool {
        var k = at - 1
        while k >= 1, at - k <= 4, tokens[k].kind == .word {
            if isText(k, "of", b, tokens) { return k < at - 1 && isRole(k - 1, b, tokens) }
            k -= 1
        }
        return false
    }
}
