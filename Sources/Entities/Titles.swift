// Titles inside runs of capitalised words ("ECB President Christine Lagarde"): where the title is, and what it is of.

extension Recognizer {
    /// Capitalised titles that can stand between an organisation or place and a person's name.
    static let titlesInNames: Set<String> = WordLists.honorifics.union(WordLists.corporateTitles)
        .union(["leader", "premier", "speaker", "whip", "spokesman", "spokeswoman", "spokesperson", "director", "manager", "head",
                // "Hennepin County Attorney Mary Moriarty", "Transport Commissioner …".
                "attorney", "commissioner", "councillor", "councilman", "councilwoman", "auditor", "treasurer", "comptroller", "administrator"])

    /// The capitalised title inside a run of capitalised words, as tokens `first..<end`: "Governor" in
    /// "Bank of England Governor Andrew Bailey", "Chief Executive" in "Nvidia Chief Executive Jensen
    /// Huang". Nil when the run does not continue as a name after it, or the title belongs to an
    /// organisation's own name ("Royal College of General Practitioners", "Chief Executive Office").
    mutating func titleInside(_ span: Span, b: [UInt8], tokens: [Token]) -> (first: Int, end: Int, corporate: Bool)? {
        guard span.end - span.first >= 3 else { return nil }
        var t = span.end - 2
        while t >= span.first {
            defer { t -= 1 }
            guard tokens[t + 1].kind == .word, tokens[t + 1].capitalized else { continue }
            // "Chief Financial Officer Jean-Jacques Guiony", "General Counsel Kent Walker": a title of several words;
            // else one or more title words ("Governor", "Chief Executive").
            var title: (first: Int, corporate: Bool)?
            if let start = compoundTitleStart(endingAt: t, from: span.first, b: b, tokens: tokens) {
                title = (start, true)
            } else if t > span.first, tokens[t].kind == .word, tokens[t].capitalized, wordClass(t, b, tokens).contains(.titleInName),
                      !wordClass(t - 1, b, tokens).contains(.connector), !isSurnameSen(t, b: b, tokens: tokens) {
                var first = t
                while first > span.first, tokens[first - 1].capitalized, wordClass(first - 1, b, tokens).contains(.titleInName) { first -= 1 }
                title = (first, (first...t).contains { WordLists.corporateTitles.contains(lower($0, b, tokens)) })
            }
            guard let title else { continue }
            guard !wordClass(span.end - 1, b, tokens).contains(.organizationSuffix),
                  span.end - (t + 1) >= 2 || isKnownNamePart(t + 1, b: b, tokens: tokens) else { return nil }
            return (title.first, t + 1, title.corporate)
        }
        return nil
    }

    /// "Gaura Sen Gupta": "Sen" with no full stop after a name's word is a surname, not a senator's title (which
    /// follows a party, a state or another title: "Vermont Sen Bernie Sanders").
    mutating func isSurnameSen(_ t: Int, b: [UInt8], tokens: [Token]) -> Bool {
        guard isText(t, "sen", b, tokens), t > 0, tokens[t - 1].kind == .word, tokens[t - 1].capitalized, !tokens[t - 1].allCaps,
              wordClass(t - 1, b, tokens).isEmpty else { return false }
        return knowledge.classes(of: tokens[t - 1], in: b).isSubset(of: NameClass.personName)
    }

    /// Kinds of court before a judge's title: "US District Judge", "Bankruptcy Judge".
    static let courtKinds: Set<String> = ["district", "circuit", "bankruptcy", "magistrate"]

    /// Last words of company titles that name no title alone: "Officer", "Economist" (a newspaper too), "Counsel".
    static let compoundTitleEnds: Set<String> = ["officer", "economist", "strategist", "scientist", "counsel", "engineer", "architect", "editor"]
    /// Ranks before such a title: "Group Chief Financial Officer", "Deputy Chief Economist".
    static let titleRanks: Set<String> = ["group", "deputy", "acting", "interim", "global"]

    /// The first token of a company title of several words that ends at token `t`: "Chief Financial
    /// Officer", "Chief Information Security Officer", "Chief Economist", "General Counsel". Nil when
    /// `t` ends no such title. The words between the opening and the last word describe the job and
    /// are never a given name ("Chief Anna Smith Officer" is no title).
    mutating func compoundTitleStart(endingAt t: Int, from lowest: Int, b: [UInt8], tokens: [Token]) -> Int? {
        guard tokens[t].kind == .word, tokens[t].capitalized, !tokens[t].allCaps, wordClass(t, b, tokens).contains(.compoundTitleEnd) else { return nil }
        var k = t - 1
        while k >= lowest, t - k <= 4, tokens[k].kind == .word, tokens[k].capitalized, !tokens[k].allCaps {
            if isText(k, "chief", b, tokens) || t - k == 1 && isText(k, "general", b, tokens) && isText(t, "counsel", b, tokens) {
                // "Group Chief Financial Officer", "Deputy Chief Economist": a rank before it belongs to the title.
                while k > lowest, tokens[k - 1].kind == .word, tokens[k - 1].capitalized, Self.titleRanks.contains(lower(k - 1, b, tokens)) { k -= 1 }
                return k
            }
            if knowledge.isGivenName(String(decoding: b[tokens[k].start..<tokens[k].end], as: UTF8.self)) { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether the words from token `i` name a region or country ("California", "New York", "California-based").
    func isStateOrCountry(after i: Int, b: [UInt8], tokens: [Token]) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].capitalized else { return false }
        // Nations within states count too: "PORT TALBOT, Wales".
        func isRegion(_ name: String) -> Bool { !knowledge.classes(of: name).isDisjoint(with: [.region, .country, .otherPlace]) }
        var word = String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self)
        if Self.hasLowercaseTail(b, tokens[i]), let dash = word.lastIndex(of: "-") { word = String(word[..<dash]) }
        if isRegion(word) { return true }
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized else { return false }
        return isRegion(word + " " + String(decoding: b[tokens[i + 1].start..<tokens[i + 1].end], as: UTF8.self))
    }

    /// Whether `span` is, with any capitalised words before it, all of a quotation: the title of a work
    /// ("“The Long Winter” won…"), not a name.
    mutating func isQuotedTitle(_ span: Span, b: [UInt8], tokens: [Token]) -> Bool {
        func isQuote(_ i: Int) -> Bool {
            i >= 0 && i < tokens.count && tokens[i].kind == .punctuation
                && [Tokenizer.openDouble, Tokenizer.closeDouble, UInt8(ascii: "\"")].contains(tokens[i].mark)
        }
        var before = span.first - 1
        while before >= 0, tokens[before].kind == .word, tokens[before].capitalized || wordClass(before, b, tokens).contains(.connector) { before -= 1 }
        var after = span.end
        if after < tokens.count, tokens[after].kind == .punctuation, tokens[after].mark == 44 || tokens[after].mark == 46 { after += 1 }
        return isQuote(before) && isQuote(after)
    }

    /// Whether the first word of `span`, a common word, begins an organisation's name: "General
    /// Motors" (two words, the second a company word), "Bank of England", "National Grid" (listed).
    mutating func opensOrganization(_ span: Span, b: [UInt8], tokens: [Token]) -> Bool {
        let count = span.end - span.first
        if count == 2 && wordClass(span.end - 1, b, tokens).contains(.organizationSuffix) { return true }
        // "National Grid, which runs …": a listed company's whole name.
        if count >= 2, tokens[span.end - 1].kind == .word,
           knowledge.isCompany(String(decoding: b[tokens[span.first].start..<tokens[span.end - 1].end], as: UTF8.self)) { return true }
        if count >= 3 && wordClass(span.first, b, tokens).contains(.organizationPrefix) && isText(span.first + 1, "of", b, tokens) { return true }
        // "International Monetary Fund managing director …", "National Health Service figures": an adjective that
        // opens bodies' names, before capitalised words that end like one (not "Despite Acme Corp").
        return count >= 3 && count <= 5 && Self.bodyAdjectives.contains(lower(span.first, b, tokens))
            && wordClass(span.end - 1, b, tokens).contains(.organizationSuffix)
            && (span.first + 1..<span.end).allSatisfy { tokens[$0].kind == .word && tokens[$0].capitalized }
    }

    /// Adjectives that open bodies' names at the start of a sentence, where they are otherwise ordinary words.
    static let bodyAdjectives: Set<String> = ["international", "national", "federal", "royal", "central", "global", "european", "american",
                                              "british", "general", "world"]

    /// Whether `span` is a place the gazetteers know as a whole: "NEW YORK", "The Hague" (so that its
    /// first word, a common one, stays).
    func isKnownPlace(_ span: Span, b: [UInt8], tokens: [Token]) -> Bool {
        guard span.end - span.first >= 2, tokens[span.end - 1].kind == .word else { return false }
        let form = String(decoding: b[tokens[span.first].start..<tokens[span.end - 1].end], as: UTF8.self)
        return knowledge.isPlace(form) || tokens[span.first].allCaps && knowledge.placesLowercased[form.lowercased()] != nil
    }

    /// A single word the text or the gazetteers know as part of a person's name ("ECB President Lagarde").
    mutating func isKnownNamePart(_ i: Int, b: [UInt8], tokens: [Token]) -> Bool {
        let word = String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self)
        return knowledge.isSurname(word) || knowledge.isGivenName(word) || table.nameParts[word] != nil
    }

    /// What comes before a title, when it names something, and what the title shows it is: "Nvidia"
    /// before "Chief Executive" or "ECB" before "President" (an organisation, unless a place: "US
    /// President"), "Bank of England" before "Governor" (left to its shape). Words that only qualify
    /// the title ("Foreign Secretary", "Vice President", "Attorney General") name nothing.
    mutating func titleHolder(_ span: Span, corporate: Bool, b: [UInt8], tokens: [Token]) -> (span: Span, kind: EntityKind?)? {
        var span = span
        while span.first < span.end, tokens[span.first].sentenceStart, wordClass(span.first, b, tokens).contains(.commonCapitalized),
              !opensOrganization(span, b: b, tokens: tokens) { span.first += 1 }
        guard span.first < span.end, tokens[span.end - 1].kind == .word else { return nil }
        // "US District Judge …", "U.S. Circuit Judge …": the court's kind is no part of what the title is of.
        if span.end - span.first >= 2, Self.courtKinds.contains(lower(span.end - 1, b, tokens)) { span.end -= 1 }
        // ("Police Chief Brian O'Hara": a kind of body alone names none.)
        if span.end - span.first == 1, wordClass(span.first, b, tokens).contains(.organizationSuffix), !tokens[span.first].allCaps { return nil }
        // ("Fire Chief Kristin Crowley", "Finance Chief …": nor does a field alone; but "Labour MP …" is the party's.)
        if span.end - span.first == 1, WordLists.policyFields.contains(lower(span.first, b, tokens)),
           !WordLists.formClasses(String(decoding: b[tokens[span.first].start..<tokens[span.first].end], as: UTF8.self)).contains(.institution) { return nil }
        if corporate { return span.end - span.first <= 3 ? (span, .organization) : nil }
        // "Mines and Energy Minister …": an office named by its fields alone is held by no body named here.
        if span.end - span.first >= 3, (span.first..<span.end).allSatisfy({ WordLists.policyFields.contains(lower($0, b, tokens)) || isText($0, "and", b, tokens) }) {
            return nil
        }
        let form = String(decoding: b[tokens[span.first].start..<tokens[span.end - 1].end], as: UTF8.self)
        // "Saudi Energy Minister …", "EU Trade Commissioner …": the field of the office is no part of a name; the word
        // before it is the holder when it names something ("EU", "US"), and nothing when it only describes ("Saudi").
        // (…or an office's: "US Treasury Secretary …".)
        if span.end - span.first == 2, WordLists.policyFields.contains(lower(span.first + 1, b, tokens))
            || WordLists.officeFields.contains(lower(span.first + 1, b, tokens)) {
            let word = String(decoding: b[tokens[span.first].start..<tokens[span.first].end], as: UTF8.self)
            let holder = Span(first: span.first, end: span.first + 1)
            return tokens[span.first].allCaps ? (holder, .organization) : knowledge.isPlace(word) ? (holder, nil) : nil
        }
        // "Local Government Minister Desmond McKenzie": a minister's or secretary's portfolio in ordinary words names no body.
        if span.end - span.first <= 3, isText(span.end, "minister", b, tokens) || isText(span.end, "secretary", b, tokens),
           knowledge.classes(of: form).isEmpty, knowledge.curated.lookup(form) == nil,
           (span.first..<span.end).allSatisfy({ tokens[$0].kind == .word && knowledge.isEnglishWord(lower($0, b, tokens)) }) {
            return nil
        }
        if span.end - span.first == 1 && tokens[span.first].allCaps && tokens[span.first].end - tokens[span.first].start >= 2 {
            return (span, .organization)
        }
        // ("Central Bank of Nigeria Governor …": a bank of a country.)
        let shaped = wordClass(span.end - 1, b, tokens).contains(.organizationSuffix) || wordClass(span.first, b, tokens).contains(.organizationPrefix) && span.end - span.first >= 3
            || (span.first..<span.end - 1).contains { isText($0 + 1, "of", b, tokens) && !wordClass($0, b, tokens).isDisjoint(with: [.organizationPrefix, .organizationSuffix]) }
        // ("Hennepin County Attorney …": a place by its last word.)
        // ("Bundesbank President Joachim Nagel": an institution or a company the lists know.)
        let known = knowledge.curated.lookup(form) != nil || table.aliasIndex[form] != nil
            || !knowledge.classes(of: form).isDisjoint(with: NameClass.place.union(.company)) || WordLists.formClasses(form).contains(.institution)
            || span.end - span.first >= 2 && wordClass(span.end - 1, b, tokens).contains(.placeSuffix)
        return shaped || known ? (span, nil) : nil
    }

}
