// A capitalised span cut down to the name it holds, and what the words around it say about it.

/// A name the recognizer is deciding about: where it is, how the text writes it, and the cues around it.
struct Candidate {
    var block: Int
    /// Its tokens, `first..<end`, without the titles and sentence openers before it.
    var first: Int
    var end: Int
    /// A title, honorific or job word before the name: it is a person's.
    var personCue: Bool
    /// The titles and job words the text gives the name here ("chancellor", "executive"), so that
    /// "the chancellor said" can later mean the person it called chancellor (and nobody else).
    var roles: [String]
    /// "Zara owner Inditex": what owns a brand is a company, not a person.
    var ownerOfBrand: Bool
    /// The name as the text writes it, without a possessive's "'s".
    var form: String
    var possessive: Bool
    let curated: CuratedEntity?
    /// Whether the site's file names it. Asked by most rules: matched on the optional's case, where
    /// comparing the optional entity with nil copied it each time.
    var isCurated: Bool {
        if case .some = curated { return true }
        return false
    }
    /// The case-sensitive word lists the name is in ("NHS" is an institution), looked up once.
    let listed: FormClass
    var gazetteer: NameClass
    /// Where the name's bytes start and stop in its block.
    var start: Int
    var stop: Int
    /// The word before the name, in lower case.
    var previous: String
    /// What a phrase beside the name says it is: "Its chief executive, Isabella Rossi", "Name, a
    /// community leader,", "Name, the Danish drugmaker,".
    var appositive: EntityKind?
    /// "Name, who …".
    var whoClause = false
    /// "Name, which …".
    var whichClause = false
    /// "AlphaFold, an AI model that …".
    var describedAsProduct = false
    /// The name's words, split once the rules that need them are reached (most mentions repeat a
    /// name the text already gave, and are decided before).
    var words: [Substring] = []
    /// "Meta's Llama": an unknown name owning a capitalised name (see `readSurroundings`).
    var possessedByOrganization = false

    var count: Int { end - first }
}

extension Recognizer {
    /// The name inside `span`: titles, honorifics, sentence-opening words and connectors around it
    /// taken off (a title before it marks a person), or nil when what is left is no name.
    /// `title`: the words of a title right before the span (see `titleInside`).
    mutating func candidate(in span: Span, block: Int, b: [UInt8], tokens: [Token], namesOnly: Bool, title: [String]) -> Candidate? {
        func text(_ i: Int) -> String { String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self) }
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isText(_ i: Int, _ word: StaticString) -> Bool { self.isText(i, word, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        // (Asked at every sentence's first word: compared on the bytes, with no String hashed.)
        func isPossessiveDeterminer(_ i: Int) -> Bool {
            isText(i, "his") || isText(i, "her") || isText(i, "its") || isText(i, "their") || isText(i, "our") || isText(i, "my") || isText(i, "your")
        }
        var first = span.first, end = span.end
        var personCue = !title.isEmpty
        var roles = title
        // "The Princess of Wales …", "The Mayor of London Sadiq Khan …": a sentence's article before a title.
        if end - first >= 3, tokens[first].sentenceStart, isText(first, "the"), isA(first + 1, .honorific) { first += 1 }
        // "Prince William", "Queen Camilla": a royal is named with the title, the given name alone names no one
        // (with a number it does: "King Felipe VI" is "Felipe VI"); so is a peer by the title and one name, "Lord Reed".
        let royal = end - first == 2 && isA(first, .honorific) && tokens[first + 1].kind == .word && !tokens[first + 1].allCaps
            && (WordLists.royalTitles.contains(lower(first)) && knowledge.isGivenName(tokens[first + 1], in: b) || WordLists.peerTitles.contains(lower(first)))
        if royal {
            personCue = true
            roles.append(lower(first))
        }
        // Honorifics and titles before the name: "Dr", "Sir", "Prime Minister", "chief executive";
        // not the first word of a company's name ("General Motors", "General Electric").
        // (Nor of a place's: "Lady Bird Lake", "King Street", "Prince Albert Road".)
        while !royal, first < end, isA(first, .honorific), !(end - first == 2 && isA(end - 1, .organizationSuffix)),
              !(end - first >= 2 && tokens[end - 1].capitalized && isA(end - 1, .placeSuffix)),
              // "General Catalyst", "Judge Business": a title needs a name after it, not any word (but an English judge's
              // style is one title before any name: "Mrs Justice Cheema-Grubb").
              !(end - first == 2 && WordLists.wordyTitles.contains(lower(first)) && !isKnownNamePart(first + 1, b: b, tokens: tokens)
                && !(isText(first, "justice") && ["mr", "mrs", "ms", "lord", "lady"].contains(roles.last ?? ""))),
              !(Self.isPartyMember(tokens[first], in: b) && !isKnownNamePart(first + 1, b: b, tokens: tokens)) {
            personCue = true
            roles.append(lower(first))
            first += 1
            if first < end, tokens[first].kind == .punctuation { first += 1 }
            // "MP for Hemsworth": what follows is the seat, a place, not the person.
            if first + 1 < end, isText(first, "for"), WordLists.seatHolders.contains(roles[roles.count - 1]) {
                personCue = false
                roles.removeLast()
                first += 1
                break
            }
            // "Secretary of State Marco Rubio", "Chancellor of the Exchequer Rachel Reeves", "Secretary for Security
            // Chris Tang": what the title is of or for, up to the last two words or a given name.
            if first < end, isText(first, "of") || isText(first, "for") {
                first += 1
                // (A place may be a given name too: "Mayor of London Sadiq Khan".)
                while end - first > 2, isA(first, .connector) || !knowledge.isGivenName(tokens[first], in: b)
                        || knowledge.isPlace(tokens[first], in: b) { first += 1 }
                // "the Princess of Wales", "the Mayor of London": with no name after it, the title is of a place, which is no person.
                if isKnownPlace(Span(first: first, end: end), b: b, tokens: tokens) || end - first == 1 && knowledge.isPlace(tokens[first], in: b) {
                    personCue = !title.isEmpty
                    roles.removeLast()
                    break
                }
                // "confirmed as Secretary of Defense", "Minister of Justice": with only a field of policy after
                // it, the title names an office and no one.
                let field = isText(first, "the") ? first + 1 : first
                if end - field == 1, WordLists.policyFields.contains(lower(field)) || WordLists.officeFields.contains(lower(field)) { return nil }
                // "the Prince of Darkness", "the Queen of Soul": a royal title of a common noun is a nickname.
                if end - field == 1, WordLists.royalTitles.contains(roles[roles.count - 1]), knowledge.isEnglishWord(lower(field)) { return nil }
            }
        }
        // "Assistant U.S. Attorney Lisa Okafor": a title before a country's initials, which open the next title; the
        // country is no person.
        if personCue, title.isEmpty, end - first == 1, first > span.first, tokens[first].allCaps || Tokenizer.isInitials(tokens[first], in: b),
           knowledge.isCountry(String(decoding: b[tokens[first].start..<tokens[first].end].filter { $0 != 46 }, as: UTF8.self)) {
            personCue = false
            roles = []
        }
        // "Zara owner Inditex", "TikTok owner ByteDance": what owns a brand is a company, not a person.
        let ownerOfBrand = first >= 2 && isOwnerWord(first - 1, b, tokens)
            && tokens[first - 2].kind == .word && tokens[first - 2].capitalized
        // "by developer YTL Developments", "activist investors Elliott Management": a job companies hold too, before
        // a name shaped like a company's, is the company's.
        if first > 0, tokens[first - 1].kind == .word, !tokens[first - 1].capitalized, !ownerOfBrand,
           isA(first - 1, .role) || isA(first - 1, .honorific),
           !(Self.isCompanyRole(lower(first - 1)) && (isA(end - 1, .organizationSuffix) || isNamedAfterItsKind(first: first, end: end, b: b, tokens: tokens)
                // "the obesity drug developer Metsera": what a company makes, then what it does.
                || end - first == 1 && isWhatACompanyMakes(first - 2, b, tokens)
                   && !knowledge.isGivenName(tokens[first], in: b) && !knowledge.isSurname(tokens[first], in: b))),
           // "the regulator Ofwat": a word for a job and an organisation, before one word that is no person's name.
           !(isA(first - 1, .organizationNoun) && isNamedAfterItsKind(first: first, end: end, b: b, tokens: tokens)),
           // "energy regulator Ofgem", "investor BlackRock": the same before an organisation the lists know.
           !(isA(first - 1, .organizationNoun) && isListedOrganization(Span(first: first, end: end), b: b, tokens: tokens)),
           // "to coach Real Madrid": a club is what a coach or a player joins.
           !isClubName(first: first, end: end, b: b, tokens: tokens),
           // "the party and its junior partner Komeito": what an organisation has such a job filled by is another.
           !(Self.isCompanyRole(lower(first - 1)) && (isText(first - 2, "its") || isText(first - 3, "its") && !tokens[first - 2].capitalized)),
           // "chief Latin America economist": a place inside a job, before the job's last word.
           !(end < tokens.count && tokens[end].kind == .word && !tokens[end].capitalized && isRole(end, b, tokens)
             && (isKnownPlace(Span(first: first, end: end), b: b, tokens: tokens) || end - first == 1 && knowledge.isPlace(tokens[first], in: b))) {
            personCue = true
            roles.append(lower(first - 1))
        }
        // A capitalised common word at the start of a sentence is not part of a name, unless it is the
        // first word of an organisation's ("General Motors", "Bank of England").
        // A weekday or month before a name is never part of it ("On Monday CNN reported").
        // (An abbreviation's full stop ends no sentence: "the U.S. National Transportation Safety Board".)
        // "The Guardian", "The Age": a paper whose own name opens with "The" keeps it.
        let namedWithThe = end - first == 2 && isText(first, "the") && tokens[first].capitalized
            && WordLists.institutions.contains(String(decoding: b[tokens[first].start..<Self.nameEnd(b, from: tokens[first].start, to: tokens[first + 1].end, apostrophe: true).end], as: UTF8.self))
        while !namedWithThe, first < end, tokens[first].sentenceStart || namesOnly || (first > 0 && tokens[first - 1].kind == .punctuation && tokens[first - 1].mark != 44
                && !(tokens[first - 1].mark == 46 && first >= 2 && Tokenizer.isAbbreviation(tokens[first - 2], in: b)))
                || end - first >= 2 && isA(first, .calendarWord),
              isA(first, .commonCapitalized), !isA(first, .weatherEvent),
              // ("His Congress party": a possessive word opens no organisation's name.)
              isPossessiveDeterminer(first) || !opensOrganization(Span(first: first, end: end), b: b, tokens: tokens),
              !isKnownPlace(Span(first: first, end: end), b: b, tokens: tokens) {
            first += 1
        }
        // "Neighbouring Peru has …", "Landlocked Bolivia", "War-torn Sudan": a word that describes, opening a sentence
        // before a place the lists hold (not a place's or a club's own first word, "New Zealand", "Real Madrid", nor a
        // given name, "Mark Boston"; nor a noun, "Air France").
        if end - first == 2, tokens[first].sentenceStart, !tokens[first].allCaps, !namesOnly, knowledge.isPlace(tokens[first + 1], in: b),
           Self.isDescribingWord(lower(first)), knowledge.isEnglishWord(lower(first)), knowledge.classes(of: tokens[first], in: b).isEmpty,
           !isKnownPlace(Span(first: first, end: end), b: b, tokens: tokens), !isListedOrganization(Span(first: first, end: end), b: b, tokens: tokens),
           !isClubName(first: first, end: end, b: b, tokens: tokens), !isA(first, .organizationPrefix), !isA(first, .placePrefix) {
            first += 1
        }
        // "Insurer Parametrix estimated …", "Consultancy Cornwall Insight forecast …": what an organisation is,
        // opening a sentence before its name, as "the insurer Parametrix" would be in lower case. (Not a word
        // that opens organisations' names, "Bank Leumi", unless an acronym follows, "Union IG Metall"; nor before a
        // place, "Union Pacific", nor a company's whole name, "Exchange Income Corp".)
        if end - first >= 2, end - first <= 5, tokens[first].sentenceStart, !tokens[first].allCaps, isA(first, .organizationNoun),
           !isA(first, .organizationPrefix) || tokens[first + 1].allCaps, !isA(first + 1, .connector), tokens[first + 1].kind == .word,
           !isA(end - 1, .legalForm),
           !(end - first == 2 && knowledge.isPlace(tokens[first + 1], in: b)),
           !opensOrganization(Span(first: first, end: end), b: b, tokens: tokens),
           !isKnownPlace(Span(first: first, end: end), b: b, tokens: tokens) {
            first += 1
        }
        // "with Romanian Dragoș Tudorache": a nationality before a person's name of two words, which no body's
        // last word ends ("British Airways", "Swiss Re" and "American Express" are companies).
        // (The tokens' own flags and word lists are asked before any String is made: most names of three words fail them.)
        if end - first == 3, tokens[first].capitalized, !tokens[first].allCaps,
           tokens[first + 1].capitalized, tokens[end - 1].capitalized, !tokens[first + 1].allCaps,
           !isA(end - 1, .organizationSuffix), !isA(first + 1, .titleInName), !isA(first + 1, .commonCapitalized),
           knowledge.isDemonym(tokens[first], in: b),
           !isListedOrganization(Span(first: first, end: end), b: b, tokens: tokens),
           !isListedOrganization(Span(first: first + 1, end: end), b: b, tokens: tokens),
           knowledge.classes(of: String(decoding: b[tokens[first + 1].start..<tokens[end - 1].end], as: UTF8.self)).isDisjoint(with: NameClass.place),
           // (Words of a name, not of a thing: not "the Japanese Grand Prix".)
           knowledge.isGivenName(tokens[first + 1], in: b) || !knowledge.isEnglishWord(lower(first + 1)),
           knowledge.isSurname(tokens[end - 1], in: b) || !knowledge.isEnglishWord(lower(end - 1)) {
            personCue = true
            first += 1
        }
        // "Actors Billy Crystal and …", "Analysts Jan Hollis …": a plural job opening a sentence describes the names after it.
        // (Not one followed by "of" or "for": "Fans of Real Madrid" are described by what follows, see below.)
        // ("Justices Amy Coney Barrett and Brett Kavanaugh": a title's plural too.)
        if first + 1 < end, tokens[first].sentenceStart, lower(first).hasSuffix("s"),
           isRole(first, b, tokens) || WordLists.honorifics.contains(String(lower(first).dropLast())), !isA(first, .role),
           !isA(first + 1, .connector) {
            personCue = true
            first += 1
        }
        // "Analyst Laura Martin of …": a job opening a sentence, before a name of two words or more.
        // (Also a job the lists lack, by its ending: "Geologist Thorvaldur Thordarson", "Volcanologist …".)
        // The same after a country's abbreviation, which its full stop cuts off: "U.S. Attorney Damian Williams".
        func afterAbbreviation() -> Bool {
            first >= 2 && tokens[first - 1].kind == .punctuation && tokens[first - 1].mark == 46 && Tokenizer.isAbbreviation(tokens[first - 2], in: b)
        }
        if end - first >= 3, tokens[first].sentenceStart || afterAbbreviation(),
           isA(first, .role) || isUnlistedJob(first, b: b, tokens: tokens) && !isA(end - 1, .organizationSuffix),
           !isA(first, .honorific), tokens[first + 1].kind == .word {
            personCue = true
            roles.append(lower(first))
            first += 1
        }
        // "Paris-based Mistral AI": the describing word is not part of the name, but the place it names is one.
        if first < end, tokens[first].kind == .word, Self.hasLowercaseTail(b, tokens[first]), !Self.isCoOperative(b, tokens[first]) {
            placeBefore(lowercaseTail: tokens[first], block: block, b: b)
            if end - first == 1 { return nil }
            first += 1
        }
        // "The New York-based company": the same at the end of a longer name.
        // (Not "Han Duck-soo": only a describing word's tail counts.)
        if end - first >= 2, tokens[end - 1].kind == .word, Self.hasDescribingTail(b, tokens[end - 1]) {
            placeBefore(lowercaseTail: Token(start: tokens[first].start, end: tokens[end - 1].end, kind: .word), block: block, b: b)
            return nil
        }
        // "Representatives for Harbour Bank": a sentence-opening plural is not part of the name after it;
        // after a dateline's dash only before "for" ("LONDON — Tickets for Oasis's first tour", but
        // "HANOI — Friends of Amsterdam" is a name).
        let afterDash = first > 0 && tokens[first - 1].kind == .punctuation && [Tokenizer.emDash, Tokenizer.enDash].contains(tokens[first - 1].mark)
        // (A plural or a job: not "Habitat for Humanity".)
        if end - first >= 3, tokens[first].sentenceStart && (isText(first + 1, "for") || isText(first + 1, "of")) || afterDash && isText(first + 1, "for"),
           !isA(first, .organizationPrefix), !isA(first, .honorific), lower(first).hasSuffix("s") || isA(first, .role) {
            first += 2
        }
        // Honours and offices after a name are not part of it: "Paul Farrer KC", "Jon Trickett MP".
        // (Every honour is two or three letters and starts with a capital: other words are passed without a String.)
        func isShortCapital(_ i: Int, _ lengths: ClosedRange<Int>) -> Bool {
            lengths.contains(tokens[i].end - tokens[i].start) && b[tokens[i].start] >= 65 && b[tokens[i].start] <= 90
        }
        while end - first >= 3, isShortCapital(end - 1, 2...3), WordLists.postNominals.contains(text(end - 1)) { end -= 1 }
        // "Labour MPs", "the Labour MP": the party, then what its members are.
        if end - first == 2, isShortCapital(end - 1, 2...4), Self.isParliamentMember(text(end - 1)),
           WordLists.institutions.contains(text(first)) || isA(first, .partyStance) { end -= 1 }
        // Connectors cannot start or end a name.
        // (Inside a sentence, a capitalised "Do" or given name before one name is a name of its own: "because Do
        // Kwon lied", "Commissioner Des Hogan".)
        while !namedWithThe, first < end, isA(first, .connector) && !isA(first, .particle),
              !(end - first == 2 && tokens[first].capitalized && !tokens[first].sentenceStart
                && (isText(first, "do") || !isText(first, "the") && knowledge.isGivenName(tokens[first], in: b))) { first += 1 }
        // (A capitalised one ends a name: "Tu Le", "Anh Van"; so does a faction's closing bracket: "Janata Dal (United)".)
        while end > first, tokens[end - 1].kind == .punctuation && !Self.endsWithFaction(tokens, first: first, end: end)
                || isA(end - 1, .connector) && !tokens[end - 1].capitalized { end -= 1 }
        guard first < end else { return nil }
        // "Hong Kong-listed Alibaba", "San Francisco-based Anthropic": a place of several words, made a describing
        // word, before the name (also once the words opening the sentence are off: "Shares of Hong Kong-listed Alibaba").
        // (Asked of every name: the bytes are searched for a hyphen once before any word's tail is read.)
        if end - first >= 2, b[tokens[first].start..<tokens[end - 2].end].contains(0x2D),
           let k = (first..<end - 1).first(where: { tokens[$0].kind == .word && Self.hasDescribingTail(b, tokens[$0]) }),
           (first..<k).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized }) {
            placeBefore(lowercaseTail: Token(start: tokens[first].start, end: tokens[k].end, kind: .word), block: block, b: b)
            first = k + 1
        }

        var (formEnd, possessive) = Self.nameEnd(b, from: tokens[first].start, to: tokens[end - 1].end, apostrophe: true)
        // "Moody's", "McDonald's", "Sainsbury's": companies whose own name ends like a possessive. So is
        // one that owns nothing, with punctuation after it ("Claire's, the accessories chain, …"), unless
        // the name without it is a company or a place the lists know ("led by BlackRock's."), and a name
        // the text has already given so ("Claire's was a mall brand").
        if possessive {
            let whole = String(decoding: b[tokens[first].start..<tokens[end - 1].end], as: UTF8.self)
            if !knowledge.classes(of: whole).isDisjoint(with: NameClass.place.union(.company)) || table.aliasIndex[whole] != nil
                || WordLists.formClasses(whole).contains(.institution) || Self.ownsNothing(end, tokens)
                && knowledge.classes(of: String(decoding: b[tokens[first].start..<formEnd], as: UTF8.self)).isDisjoint(with: NameClass.place.union(.company)) {
                (formEnd, possessive) = (tokens[end - 1].end, false)
            }
        }
        // "Robert F. Kennedy Jr.": the full stop of "Jr" or "Sr" is part of the name.
        if !possessive, end < tokens.count, end - first >= 2, tokens[end].kind == .punctuation, tokens[end].mark == 46, tokens[end].start == tokens[end - 1].end,
           isText(end - 1, "jr") || isText(end - 1, "sr") {
            formEnd = tokens[end].end
        }
        let form = String(decoding: b[tokens[first].start..<formEnd], as: UTF8.self)
        guard !form.isEmpty, Self.hasLetter(form) else { return nil }
        // Not names: "D-N.Y." after a senator, "Christmas Day", "Alzheimer's drug", and a title in
        // quotation marks ("The Long Winter" won the Palme d'Or).
        if end - first == 1 && Tokenizer.isPartyAndState(tokens[first], in: b) { return nil }
        if isA(first, .holiday) || possessive && WordLists.eponymousConditions.contains(form) { return nil }
        // "Independence Day", "Memorial Day": a day, not a person called Day ("Jason Day").
        if end - first == 2, isText(end - 1, "day"), !knowledge.isGivenName(tokens[first], in: b) { return nil }
        if isQuotedTitle(Span(first: first, end: end), b: b, tokens: tokens) { return nil }
        let count = end - first
        // Asked once: each lookup hashes the name again.
        let curated = knowledge.curated.lookup(form)
        let gazetteer = knowledge.classes(of: form)
        // "Chatbot Arena leaderboard", "AI Act": names of things, not people or organisations.
        // Not an acronym before a plural ("NFL games", "FIFA rankings"): those are the organisation's.
        // (Not what someone founded or heads: "the founder of Lantern Games".)
        let headed = first >= 2 && isText(first - 1, "of") && Self.headsOf.contains(lower(first - 2))
        if count >= 1, !headed, isA(end, .thingCue) && !(count == 1 && tokens[first].allCaps && lower(end).hasSuffix("s"))
            || (count >= 2 && isA(end - 1, .thingCue) && !isNameDespiteThingsWord(first: first, end: end, b: b, tokens: tokens)),
           curated == nil,
           gazetteer.isDisjoint(with: .place), table.aliasIndex[form] == nil,
           // (A listed company of two words or more stays one before a verb: "Warner Bros Discovery report".)
           !(count >= 2 && gazetteer.contains(.company) && !isA(end - 1, .thingCue)),
           // (So does an organisation before what it holds or writes: "the United Nations summit", "a World Bank report".)
           !(isA(end, .thingCue) && (count >= 2 && isA(end - 1, .organizationSuffix) || isListedOrganization(Span(first: first, end: end), b: b, tokens: tokens))) {
            return nil
        }
        // "Brent crude", "Urals crude": an oil named after a place, which is not the place here.
        if count == 1, curated == nil, isText(end, "crude") { return nil }
        // "Marburg virus", "Lassa fever", "Rift Valley fever": a disease named after where it was found, not the place.
        // (Asked after most names: the three words are compared on their bytes, with no String made.)
        if count <= 3, curated == nil, isText(end, "virus") || isText(end, "fever") || isText(end, "disease"),
           !Self.isPossessive(b, tokens[end - 1]) { return nil }
        // "Vision 2030", "Expo 2030", "Euro 2024": a word nothing knows before a year names a plan or an event.
        if count == 1, end < tokens.count, tokens[end].kind == .number, Self.isYear(text(end)), curated == nil, gazetteer.isEmpty,
           table.aliasIndex[form] == nil {
            return nil
        }
        return Candidate(block: block, first: first, end: end, personCue: personCue, roles: roles, ownerOfBrand: ownerOfBrand,
                         form: form, possessive: possessive, curated: curated, listed: WordLists.formClasses(form), gazetteer: gazetteer,
                         start: tokens[first].start, stop: tokens[end - 1].end, previous: first > 0 ? lower(first - 1) : "")
    }

    /// Whether tokens `first..<end`, whose last word is a thing's ("Bill", "Games", "Index"), still name a
    /// person or an organisation: a given name before a word that is also a name ("Tom Bill", "Jude Law"),
    /// a studio where no sporting event's word comes before "Games" ("Epic Games", not "the Commonwealth
    /// Games"), or what the word before calls a firm ("research firm Leaders Index").
    mutating func isNameDespiteThingsWord(first: Int, end: Int, b: [UInt8], tokens: [Token]) -> Bool {
        func text(_ i: Int) -> String { String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self) }
        if end - first == 2, knowledge.isGivenName(tokens[first], in: b), !knowledge.classes(of: tokens[end - 1], in: b).isDisjoint(with: [.givenName, .surname]) {
            return true
        }
        if end - first == 2, isText(end - 1, "games", b, tokens), !Self.gamesEvents.contains(lower(first, b, tokens)), !knowledge.isDemonym(tokens[first], in: b) {
            return true
        }
        // "the United States Geological Survey", "the Ordnance Survey": a survey of a science is the body that makes it.
        if end - first >= 2, isText(end - 1, "survey", b, tokens), lower(end - 2, b, tokens).hasSuffix("ical") || isText(end - 2, "ordnance", b, tokens) {
            return true
        }
        return first > 0 && !tokens[first - 1].capitalized && wordClass(first - 1, b, tokens).contains(.organizationNoun)
    }

    /// A word that by its shape describes rather than names: "neighbouring", "landlocked", "war-torn", "nearby".
    static func isDescribingWord(_ word: String) -> Bool {
        word.hasSuffix("ing") || word.hasSuffix("ed") || word.utf8.contains(0x2D) || word == "nearby"
    }

    /// Whether the words of `span` are an organisation the word lists or the company gazetteer hold ("Ofgem", "BlackRock").
    func isListedOrganization(_ span: Span, b: [UInt8], tokens: [Token]) -> Bool {
        guard tokens[span.end - 1].kind == .word else { return false }
        let form = String(decoding: b[tokens[span.first].start..<tokens[span.end - 1].end], as: UTF8.self)
        return WordLists.formClasses(form).contains(.institution) || knowledge.isCompany(form)
    }

    /// "Real Madrid", "Sporting Lisbon", "Hertha Berlin": a word that opens clubs' names, then a place.
    mutating func isClubName(first: Int, end: Int, b: [UInt8], tokens: [Token]) -> Bool {
        end - first == 2 && wordClass(first, b, tokens).contains(.clubOpener)
            && knowledge.isPlace(String(decoding: b[tokens[first + 1].start..<tokens[first + 1].end], as: UTF8.self))
    }

    /// "the regulator Ofwat", "at broker Marex": one word after "the" or a preposition and a word for what
    /// it is, and no person's name (the word before may be a job too: "regulator"). "The financial regulator
    /// Finma": a field of the kind's in between.
    mutating func isNamedAfterItsKind(first: Int, end: Int, b: [UInt8], tokens: [Token]) -> Bool {
        guard end - first == 1, first >= 2 else { return false }
        let opening = first >= 3 && isText(first - 3, "the", b, tokens) && tokens[first - 2].kind == .word && !tokens[first - 2].capitalized
            && knowledge.isEnglishWord(lower(first - 2, b, tokens)) ? first - 3 : first - 2
        guard isText(opening, "the", b, tokens) || isText(opening, "at", b, tokens)
                || isText(opening, "by", b, tokens) || isText(opening, "from", b, tokens) || isText(opening, "with", b, tokens)
        else { return false }
        return knowledge.classes(of: Self.bareWord(tokens[first], in: b)).isDisjoint(with: [.givenName, .surname])
    }

    /// An English word for someone's work that the job lists lack ("geologist", "volcanologist"), and no name.
    mutating func isUnlistedJob(_ i: Int, b: [UInt8], tokens: [Token]) -> Bool {
        let word = lower(i, b, tokens)
        return ["ist", "er", "or", "ian"].contains(where: word.hasSuffix) && knowledge.isEnglishWord(word)
            && knowledge.classes(of: String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self)).isEmpty
    }

    /// What the words around the name say it is: a phrase in apposition ("Name, a community leader,",
    /// "Its leader, Name", "Name, the Danish drugmaker,") and what it owns ("Name's shares").
    mutating func readSurroundings(of c: inout Candidate, b: [UInt8], tokens: [Token]) {
        func text(_ i: Int) -> String { String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self) }
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isText(_ i: Int, _ word: StaticString) -> Bool { self.isText(i, word, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        if c.count == 1, c.previous == "as", isText(c.first - 2, "known"), isNamedBody(before: c.first - 2, b: b, tokens: tokens) {
            c.appositive = .organization      // "the rate-setting committee, known as Copom,"
        } else if c.first > 0, isText(c.first - 1, "rivals") || isText(c.first - 1, "competitors") || isText(c.first - 1, "acquired")
                    || c.previous == "of" && isText(c.first - 2, "shares"), !tokens[c.first - 1].capitalized,
                  !knowledge.isGivenName(tokens[c.first], in: b), c.gazetteer.isDisjoint(with: NameClass.place) {
            // "outpacing rivals Mattel and Hasbro" (not "his rivals Kamala Harris and …"), "when it acquired Tellurian",
            // "Shares of Maruti Suzuki rose".
            c.appositive = .organization
        } else if c.count >= 2, isA(c.first - 1, .runsWhat), c.gazetteer.isDisjoint(with: NameClass.place) {
            c.appositive = .organization      // "His daughter Delphine Arnault runs Christian Dior": no one runs a person
        } else if c.first >= 2, isKindOfOrganization(c.first - 1, b: b, tokens: tokens), ["the", "a", "an", "its", "their"].contains(lower(c.first - 2)) {
            c.appositive = .organization      // "told the newspaper Folha de S.Paulo", "the carmaker Stellantis"
        } else if c.first >= 3, tokens[c.first - 1].isComma, isA(c.first - 2, .role), isA(c.first - 3, .organizationNoun),
                  !(c.count >= 2 && knowledge.isGivenName(tokens[c.first], in: b)) {
            // "Her coalition partner, Komeito": the job is an organisation's (not "his business partner, Fiona Wragg").
            c.appositive = .organization
        } else if c.first >= 3, tokens[c.first - 1].isComma, isKindOfOrganization(c.first - 2, b: b, tokens: tokens),
                  ownsWhatFollows(before: c.first - 2, b: b, tokens: tokens) {
            // "her gallery, White Cube,", "its parent company, Alphabet,", "Ukraine's nuclear operator, Energoatom,"
            c.appositive = .organization
        } else if c.first >= 2, tokens[c.first - 1].isComma, isA(c.first - 2, .role),
                  // (Not where a job and a name follow: "finance minister, SPD leader Lars Klingbeil," names the party.)
                  !(c.end + 1 < tokens.count && tokens[c.end].kind == .word && !tokens[c.end].capitalized && isA(c.end, .role)
                    && tokens[c.end + 1].kind == .word && tokens[c.end + 1].capitalized) {
            c.appositive = .person      // "Its chief executive, Isabella Rossi"
            c.roles.append(lower(c.first - 2))
        } else if c.end < tokens.count, tokens[c.end].isComma {
            var k = c.end + 1
            // "Seamus O’Brien, 54, a farmer": an age before the description. An age set off by commas is
            // a person's ("Aadit Palicha, 22, said"), with a description or without.
            if k + 1 < tokens.count, tokens[k].kind == .number, tokens[k + 1].isComma, tokens[k].end - tokens[k].start <= 3 {
                k += 2
                if c.count >= 2 { c.appositive = .person }
            }
            // "Paris Saint-Germain, who…": clubs take "who" too; a name that opens with a place is not sure to be a person.
            // "The Celtics, who lead …": after "the", a team.
            // ("Shares in Nvidia, whose chips …": a listed company's clause is still a company's.)
            if ["who", "whose"].contains(lower(k)) && (c.count == 1 ? c.previous != "the" : !knowledge.isPlace(tokens[c.first], in: b))
                && !(lower(k) == "whose" && c.gazetteer.contains(.company)) {
                c.appositive = .person
                c.whoClause = true
            }
            // "Maersk, which controls a sixth of …": a thing or an organisation, not a person.
            if isText(k, "which") { c.whichClause = true }
            // "Blue Origin, founded by Jeff Bezos,": what someone founded, owns or runs is an organisation.
            if isText(k + 1, "by"), Self.madeBy.contains(lower(k)) { c.appositive = .organization }
            // "Maruti Suzuki, its main domestic rival,": what "its" has is a thing or an organisation.
            let its = isText(k, "its")
            if ["a", "an", "the", "its", "his", "her", "their", "our"].contains(lower(k)) { k += 1 }
            // "In Enerhodar, the town where most of the staff live": a kind of place, then what it is.
            if k > c.end + 1, k + 1 < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized, isA(k, .placeKindNoun),
               tokens[k + 1].kind == .punctuation || ["where", "of", "that", "which", "in", "near", "on", "whose"].contains(lower(k + 1)) {
                c.appositive = .place
            }
            var organization = false, productWord = false
            // A role word anywhere in the short phrase makes a person ("a company spokesman"); stop at a verb.
            // ("Klaas Knot, the former Dutch central bank governor,": the job comes last.)
            while c.appositive == nil && k < min(tokens.count, c.end + 12) && (tokens[k].kind != .punctuation || Self.isAgeHyphen(k, tokens)) {
                // "Zepto's 22-year-old co-founder": an age before the job.
                if tokens[k].kind != .word { k += 1; continue }
                let word = lower(k)
                // In lower case: "Scotland, First Minister John Swinney" is a place, then a title.
                // "Microsoft, OpenAI's largest investor,": some jobs are a company's too.
                // ("Adevinta, the owner of Leboncoin": an owner may be a company, when the name is none of a person's;
                // "Pakistan, the official host": a country hosts.)
                if isA(k, .role) && !tokens[k].capitalized
                    && !(WordLists.companyRoles.contains(word) && (c.gazetteer.contains(.company) || c.count == 1 && c.gazetteer.isDisjoint(with: [.givenName, .surname])))
                    && !(c.gazetteer.contains(.country) && !c.gazetteer.contains(.givenName)) {
                    c.appositive = .person
                    c.roles.append(word)
                    break
                }
                // "team doctor at Lumen Athletic": what follows a preposition describes someone else;
                // "Bavarian Nordic, which makes the only approved vaccine,": a clause about it, not a description;
                // ", as its new boss", ", and its chief": the sentence goes on, no description begins.
                // ", representing a group of small businesses,": a participle opens a clause, not a description
                // (but ", managing director", ", sporting director": a job).
                // (", backed by the GMB union,": who supports the name says nothing of what it is.)
                if Self.descriptionEnds.contains(word) || k == c.end + 1 && (Self.clauseOpeners.contains(word)
                    || word.hasSuffix("ing") && !tokens[k].capitalized && !isA(k + 1, .role)
                    || word.hasSuffix("ed") && isText(k + 1, "by")
                    // ("Demna, who moved from sister label Balenciaga, showed his first collection": the sentence's verb.)
                    || word.hasSuffix("ed") && (isText(k + 1, "his") || isText(k + 1, "her") || isText(k + 1, "its") || isText(k + 1, "their")
                        || isText(k + 1, "the") || isText(k + 1, "a"))) { break }
                if isA(k, .speechVerb) || isA(k, .organizationVerb) { break }
                // ", private equity firm Silver Lake and MGX": a kind of organisation before a name describes that
                // name, the next of a list, not this one.
                if isA(k, .organizationNoun), !tokens[k].capitalized, k + 1 < tokens.count, tokens[k + 1].kind == .word,
                   tokens[k + 1].capitalized { break }
                // ("Gavi, the Vaccine Alliance,": the description is an organisation's own name.)
                // ("By Tom Jones, BBC News": an organisation's own name after a person's is where the person works.)
                // "Escondida, the world's largest copper mine,": a kind of place that ends the description.
                if isA(k, .placeKindNoun), !tokens[k].capitalized, k + 1 < tokens.count, tokens[k + 1].kind == .punctuation, !organization {
                    c.appositive = .place
                    break
                }
                if isA(k, .organizationNoun) || tokens[k].capitalized && tokens[k - 1].capitalized && isA(k, .organizationSuffix)
                    && !(tokens[c.end + 1].capitalized && isPersonsFullName(c, b: b, tokens: tokens)) { organization = true } else if isA(k, .productCue) || isA(k, .work) { productWord = true }
                k += 1
            }
            if c.appositive == nil && (organization || its && !productWord && k > c.end + 2) { c.appositive = .organization }
            c.describedAsProduct = c.appositive == nil && productWord
        }
        // "Meta's Llama": an unknown name owning a capitalised name is a company; not a place owning a
        // title or a person ("Germany's Chancellor Friedrich Merz", "France's Emmanuel Macron"), nor a
        // person owning a work ("Taylor Swift's Eras Tour"). Asked only of possessives.
        // A name owning a person's full name is where that person plays or works, even if it reads like a
        // person's: "Red Bull's Max Verstappen", "McLaren's Lando Norris".
        // (Not a place by its last word: "the Eiffel Tower's top floor".)
        c.possessedByOrganization = c.possessive && !Self.endsLikePlace(c) && (isA(c.end, .organizationPossession)
            || c.end < tokens.count && tokens[c.end].kind == .word && tokens[c.end].capitalized
                && !isA(c.end, .titleInName) && c.gazetteer.isDisjoint(with: .place)
                && (!(c.count >= 2 && looksLikePerson(Self.words(c.form))) || ownsFullName(after: c.end, b: b, tokens: tokens)))
    }

    /// Whether the candidate is a known given name and a known surname ("Tom Jones").
    func isPersonsFullName(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        c.count == 2 && knowledge.isGivenName(String(decoding: b[tokens[c.first].start..<tokens[c.first].end], as: UTF8.self))
            && knowledge.isSurname(String(decoding: b[tokens[c.end - 1].start..<tokens[c.end - 1].end], as: UTF8.self))
    }

    /// A hyphen in an age written as one word, "22-year-old", which is no end of a description.
    static func isAgeHyphen(_ k: Int, _ tokens: [Token]) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k].kind == .punctuation && tokens[k].mark == 45
            && tokens[k].start == tokens[k - 1].end && tokens[k + 1].start == tokens[k].end
    }

    /// Whether the name's own last word ends places' names ("Downing Street"); asked of the name, since the
    /// last token of "the Eiffel Tower's" holds the possessive.
    static func endsLikePlace(_ c: Candidate) -> Bool {
        // (Asked on the bytes of the last word, with no lower-case String made for it.)
        var form = c.form
        return form.withUTF8 { b in
            guard let space = b.lastIndex(of: 32) else { return false }
            let last = UnsafeBufferPointer(rebasing: b[(space + 1)...])
            return WordLists.classes(ofWord: last) { String(decoding: last, as: UTF8.self).lowercased() }.contains(.placeSuffix)
        }
    }

    /// "Barrow-in-Furness", "Stoke-on-Trent", "Boulogne-sur-Mer": a town named for what it stands on, one word joined
    /// by hyphens around a small word, with a capital after it.
    static func isTownOnSomething(_ t: Token, in b: [UInt8]) -> Bool {
        guard t.kind == .word, t.capitalized, t.end - t.start >= 8 else { return false }
        var k = t.start + 1
        while k < t.end - 3 {
            if b[k] == 0x2D {
                var j = k + 1
                while j < t.end && b[j] >= 97 && b[j] <= 122 { j += 1 }
                if j < t.end - 1, b[j] == 0x2D, b[j + 1] >= 65 && b[j + 1] <= 90,
                   townJoiners.contains(where: { $0.elementsEqual(b[(k + 1)..<j]) }) { return true }
                k = j
            } else {
                k += 1
            }
        }
        return false
    }

    static let townJoiners: [[UInt8]] = ["on", "upon", "in", "under", "sur", "en", "le", "la"].map { Array($0.utf8) }

    /// Whether a given name the gazetteers know and a capitalised word start at token `i` ("Max Verstappen").
    func ownsFullName(after i: Int, b: [UInt8], tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized else { return false }
        return knowledge.isGivenName(String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self))
    }

    /// Whether token `k` is a word in lower case for a kind of organisation that is no job too: "newspaper",
    /// "carmaker", "gallery" (not "developer" or "partner").
    mutating func isKindOfOrganization(_ k: Int, b: [UInt8], tokens: [Token]) -> Bool {
        guard k >= 0, k < tokens.count, !tokens[k].capitalized else { return false }
        let classes = wordClass(k, b, tokens)
        return classes.contains(.organizationNoun) && !classes.contains(.role)
    }

    /// Whether the words just before `known` ("the rate-setting committee, known as …") are a kind of
    /// organisation, so that the name after them is that organisation's.
    mutating func isNamedBody(before known: Int, b: [UInt8], tokens: [Token]) -> Bool {
        var k = known - 1
        if k >= 0, tokens[k].isComma { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, !tokens[k].capitalized else { return false }
        return wordClass(k, b, tokens).contains(.organizationNoun) || Self.bodyNouns.contains(lower(k, b, tokens))
    }

    /// Whether an owner comes just before the words ending at `k - 1`: "her", "its", or a name's possessive
    /// ("Ukraine's nuclear operator"), with at most two describing words in lower case between.
    mutating func ownsWhatFollows(before k: Int, b: [UInt8], tokens: [Token]) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 3, tokens[j].kind == .word {
            if ["her", "his", "its", "their"].contains(lower(j, b, tokens)) || tokens[j].capitalized && Self.isPossessive(b, tokens[j]) { return true }
            guard !tokens[j].capitalized else { return false }
            j -= 1
        }
        return false
    }

    /// Verbs whose object is an organisation, never a person: "runs Christian Dior", "heads Tata Sons" (a word class).
    static let runsWhat: Set<String> = ["runs", "ran", "heads", "headed", "chairs", "chaired", "oversees", "oversaw"]

    /// Bodies that are no firm, for `isNamedBody`.
    static let bodyNouns: Set<String> = ["committee", "council", "board", "panel", "commission", "tribunal", "militia", "body", "court"]

    /// Participles after a name's comma that say an organisation was made or is held by someone.
    static let madeBy: Set<String> = ["founded", "owned", "controlled", "acquired", "bought", "run", "co-founded", "cofounded"]
    /// Words that end the description after a name's comma: prepositions and relative words.
    static let descriptionEnds: Set<String> = ["at", "of", "for", "in", "with", "from", "on", "to", "who", "which", "that", "whose", "where"]
    /// Words before "Games" that make a sporting event of them ("the Commonwealth Games"), not a studio ("Epic Games").
    static let gamesEvents: Set<String> = ["olympic", "paralympic", "commonwealth", "asian", "pan", "invictus", "highland", "winter",
                                           "summer", "youth", "world", "island", "arctic", "special", "hunger", "mediterranean", "military"]

    /// Words that, right after a name's comma, go on with the sentence instead of describing the name.
    /// (Also a verb: "RedBird, led by Gerry Cardinale, is raising a media fund": the sentence's own verb after the aside.)
    static let clauseOpeners: Set<String> = ["as", "and", "but", "or", "after", "before", "while", "when", "since", "because", "if", "than", "by",
                                             "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does"]
}

extension Recognizer {
    /// "Zara owner Inditex", "its parent Alphabet": a word for what owns a brand.
    func isOwnerWord(_ i: Int, _ b: [UInt8], _ tokens: [Token]) -> Bool {
        isText(i, "owner", b, tokens) || isText(i, "parent", b, tokens) || isText(i, "maker", b, tokens) || isText(i, "operator", b, tokens)
    }

    /// "MP", "MEPs": what a party's members in a parliament are called.
    static func isParliamentMember(_ word: String) -> Bool {
        switch word {
        case "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs": true
        default: false
        }
    }

    /// "in", "at", "from", "near", "across": a word before a place.
    static func isPlacePreposition(_ word: String) -> Bool {
        switch word {
        case "in", "at", "from", "near", "across": true
        default: false
        }
    }
}
