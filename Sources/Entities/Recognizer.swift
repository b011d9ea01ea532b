// Finds names in tokenised text and decides what they are: gazetteers, cue words, then what the
// text has already said (surname-only and acronym back-references).

struct Recognizer {
    let knowledge: Knowledge
    var table = EntityTable()
    /// Every block's bytes, to ask whether a capitalised word also appears in lower case (then it is a word, not a name).
    let document: [[UInt8]]
    /// Answers already worked out: each costs a scan of the document.
    private var lowerCaseAnswers: [String: Bool] = [:]
    /// The current block's words in lower case, made on first use: the rules ask about the same
    /// few words again and again, and making the string was a sixth of extraction time.
    private var lowered: [String?] = []
    /// The current block's words' word lists, made on first use.
    private var classes: [WordClass?] = []

    /// The word lists token `i` of the current block is in (none when it is not a word).
    mutating func wordClass(_ i: Int, _ b: [UInt8], _ tokens: [Token]) -> WordClass {
        guard i >= 0 && i < tokens.count && tokens[i].kind == .word else { return [] }
        if let known = classes[i] { return known }
        let token = tokens[i]
        let found = b.withUnsafeBufferPointer { all -> WordClass in
            let word = UnsafeBufferPointer(rebasing: all[token.start..<token.end])
            return word.allSatisfy({ $0 < 0x80 }) ? WordLists.classTable.value(word, foldingCase: true) ?? [] : WordLists.classes[lower(i, b, tokens)] ?? []
        }
        classes[i] = found
        return found
    }

    /// Token `i` of the current block in lower case; "" when it is not a word.
    mutating func lower(_ i: Int, _ b: [UInt8], _ tokens: [Token]) -> String {
        guard i >= 0 && i < tokens.count && tokens[i].kind == .word else { return "" }
        if let known = lowered[i] { return known }
        let word = Self.lowercase(b[tokens[i].start..<tokens[i].end])
        lowered[i] = word
        return word
    }

    /// ASCII is lowered byte by byte; anything else through Unicode's rules.
    static func lowercase(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, c) in bytes.enumerated() { buffer[k] = c >= 65 && c <= 90 ? c + 32 : c }
            return bytes.count
        }
    }

    init(knowledge: Knowledge, document: [[UInt8]] = []) {
        self.knowledge = knowledge
        self.document = document
    }

    /// True when `word` (lower case) stands as a whole word somewhere in the document.
    mutating func appearsInLowerCase(_ word: String) -> Bool {
        if let known = lowerCaseAnswers[word] { return known }
        let answer = scanLowerCase(word)
        lowerCaseAnswers[word] = answer
        return answer
    }

    private func scanLowerCase(_ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard !needle.isEmpty else { return false }
        let first = needle[0], n = needle.count
        for block in document where block.count >= n {
            // Compared in place (copying each candidate slice into an array was a tenth of extraction
            // time), jumping from one occurrence of the first byte to the next with memchr.
            let found = block.withUnsafeBufferPointer { bytes -> Bool in
                guard let base = bytes.baseAddress else { return false }
                var i = 0
                while i + n <= bytes.count {
                    guard let hit = memchr(base + i, Int32(first), bytes.count - n + 1 - i) else { return false }
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    var k = 1
                    while k < n && bytes[i + k] == needle[k] { k += 1 }
                    if k == n {
                        let before = i == 0 || !Tokenizer.isLetter(bytes[i - 1])
                        let after = i + n == bytes.count || !Tokenizer.isLetter(bytes[i + n])
                        if before && after { return true }
                    }
                    i += 1
                }
                return false
            }
            if found { return true }
        }
        return false
    }

    /// A candidate name: tokens `first..<end` of the block.
    struct Span {
        var first: Int
        var end: Int
    }

    /// Reads one block. In `namesOnly` mode (headlines in Title Case) only names already known, curated
    /// or in the gazetteers count, since every word there is capitalised.
    mutating func read(block: Int, bytes b: [UInt8], tokens: [Token], namesOnly: Bool) {
        func text(_ t: Token) -> String { String(decoding: b[t.start..<t.end], as: UTF8.self) }
        // The buffers are kept from block to block: allocating them per block cost more than clearing.
        lowered.removeAll(keepingCapacity: true)
        lowered.append(contentsOf: repeatElement(nil, count: tokens.count))
        classes.removeAll(keepingCapacity: true)
        classes.append(contentsOf: repeatElement(nil, count: tokens.count))
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
        func isMark(_ i: Int, _ m: UInt8) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].mark == m }

        // A block that is mostly capitals is shouting, not names: only known names count in it.
        var capitals = 0, words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if token.allCaps { capitals += 1 }
        }
        let namesOnly = namesOnly || (words >= 6 && capitals * 2 > words)

        var i = 0
        while i < tokens.count {
            guard isWord(i), tokens[i].capitalized || tokens[i].hasDigit && isWord(i) && tokens[i].allCaps || Self.isLowercaseBrand(b, tokens[i])
            else { i += 1; continue }
            // Grow the span over capitalised words, connectors between them, initials ("N.") and "&".
            var end = i + 1
            while end < tokens.count {
                // A possessive ends a name: "Meta’s Llama" is Meta, then Llama.
                if Self.isPossessive(b, tokens[end - 1]) {
                    // …except inside one: "Doha Children's Hospital", "Royal Women's Hospital".
                    // …and "Alzheimer's Association", whose last word makes it an organisation.
                    guard isWord(end), tokens[end].capitalized,
                          WordLists.possessiveNameWords.contains(lower(end - 1))
                            || isA(end, .organizationSuffix) && !(isWord(end + 1) && tokens[end + 1].capitalized) && end - i == 1
                                && isUnknownOwner(tokens[i], b: b)
                            // "St. Peter's Square", "St Paul's Cathedral": a saint's place.
                            || (isA(end, .placeSuffix) || isA(end, .organizationSuffix)) && ["st", "saint"].contains(lower(i))
                    else { break }
                }
                if isWord(end) && (tokens[end].capitalized || Self.isLowercaseBrand(b, tokens[end])) && !tokens[end].sentenceStart { end += 1; continue }
                if isWord(end) && Self.isJoinedParticle(b, tokens[end]) { end += 1; continue }      // "Farid al-Sabah"
                // "Commission on Human Rights", "Council on Foreign Relations" (not "Meta on Monday").
                if isWord(end), lower(end) == "on", isA(end - 1, .organizationSuffix), isWord(end + 1), tokens[end + 1].capitalized,
                   !tokens[end + 1].sentenceStart, WordLists.months[lower(end + 1)] == nil, !isA(end + 1, .commonCapitalized) {
                    end += 2
                    continue
                }
                // A plural possessive inside a name: "Manchester Magistrates' Court", "Teachers' Union".
                if isMark(end, 39) || isMark(end, Tokenizer.closeSingle), b[tokens[end - 1].end - 1] == UInt8(ascii: "s"),
                   isWord(end + 1), tokens[end + 1].capitalized, isA(end + 1, .organizationSuffix) {
                    end += 2
                    continue
                }
                // Particle chains inside a name: "Luis de la Fuente".
                if isWord(end), isA(end, .particle), isWord(end + 1), isA(end + 1, .particle),
                   isWord(end + 2), tokens[end + 2].capitalized {
                    end += 3
                    continue
                }
                if isWord(end), isA(end, .connector), isWord(end + 1), tokens[end + 1].capitalized, !tokens[end + 1].sentenceStart {
                    if lower(end) == "and" || lower(end) == "the" {
                        // "Competition and Markets Authority": take "and" only into a short run that ends like an
                        // organisation, and only when the part before it is not a whole name already
                        // ("Altura Telecom AG and Helix Robotics SA" are two).
                        var runEnd = end + 1
                        while isWord(runEnd) && tokens[runEnd].capitalized { runEnd += 1 }
                        let before = (i..<end).map { lower($0) }
                        guard isA(runEnd - 1, .organizationSuffix), runEnd - end - 1 <= 2, !isA(end - 1, .organizationSuffix),
                              !before.contains("of"), !before.contains("and"),
                              !tokens[end - 1].allCaps,      // "CNN and ITV News" are two
                              // "Westpac and Commonwealth Bank of Australia": the second has a name of its own.
                              !(lower(runEnd) == "of" && isWord(runEnd + 1) && tokens[runEnd + 1].capitalized) else { break }
                    }
                    // "Joseph Moore of Morgan Stanley", "Detective Inspector Paul Mercer of West Midlands
                    // Police": a person's name (after any titles), then where they work.
                    let given = end - 2
                    if lower(end) == "of" || lower(end) == "for", given >= i, (i..<given).allSatisfy({ isA($0, .honorific) || isRole($0, b, tokens) }),
                       knowledge.isGivenName(text(tokens[given])),
                       !knowledge.isPlace(text(tokens[given])),
                       !isA(given, .organizationPrefix), !isA(end - 1, .organizationSuffix) {
                        break
                    }
                    // "Biogen of Cambridge, Massachusetts", "Mayor of London": one word, then the place it is of.
                    // Not "Friends of Kathmandu": a plural names a group.
                    if lower(end) == "of", end - i == 1, !isA(i, .organizationPrefix), !isA(i, .organizationSuffix), !lower(i).hasSuffix("s"),
                       isWord(end + 1), !(isWord(end + 2) && tokens[end + 2].capitalized), knowledge.isPlace(text(tokens[end + 1])) {
                        break
                    }
                    end += 2
                    continue
                }
                // "International Committee of the Red Cross", "Department of the Interior".
                // "Office of the Comptroller of the Currency": again, once the name is an organisation's.
                if isWord(end), lower(end) == "of", lower(end + 1) == "the", isWord(end + 2), tokens[end + 2].capitalized,
                   !tokens[end + 2].sentenceStart, (i..<end).contains(where: { isA($0, .organizationSuffix) }) {
                    end += 3
                    continue
                }
                if isWord(end), !tokens[end].capitalized, isA(end, .lowercaseOrganizationEnding) {
                    end += 1      // "Harbour Analytics plc"
                    continue
                }
                // …or two written together, "C.C. Wei" (not "U.S. Secretary of State …", a country's).
                if isMark(end, 46), tokens[end - 1].end - tokens[end - 1].start == 1
                    || Tokenizer.isInitials(tokens[end - 1], in: b) && !isA(end + 1, .honorific)
                        && !knowledge.isPlace(text(tokens[end - 1]).replacingOccurrences(of: ".", with: "")),
                   tokens[end - 1].capitalized, isWord(end + 1), tokens[end + 1].capitalized {
                    end += 1      // an initial: "Tanvi N. Eriksen"
                    continue
                }
                // …and "St. Peter's Square", "Mt. Everest".
                if isMark(end, 46), end - 1 == i, isA(i, .honorific) || ["st", "mt", "ft"].contains(lower(i)), isWord(end + 1), tokens[end + 1].capitalized {
                    end += 1      // an abbreviated title: "Mr. Trump", "Sen. Elizabeth Warren"
                    continue
                }
                if isMark(end, 38), isWord(end + 1), tokens[end + 1].capitalized { end += 2; continue }
                break
            }
            // Product versions: "Llama 3.1", "Qwen2.5 72B", "Mixtral 8x7B".
            var product = false
            while end < tokens.count, tokens[end].hasDigit, !(tokens[end].kind == .number && Self.isYear(text(tokens[end]))), !isMark(end + 1, 37),
                  !(end - i == 1 && WordLists.months[lower(i)] != nil),      // a date: "Oct 29"
                  !(isMark(end + 1, 45) && end + 2 < tokens.count && tokens[end + 2].kind == .number) {      // a score: "Liverpool 2-1"
                end += 1
                product = true
            }
            if namesOnly && end - i > 1 {
                knownNames(in: i..<end, block: block, b: b, tokens: tokens)
            } else if !namesOnly, let title = titleInside(Span(first: i, end: end), b: b, tokens: tokens) {
                // "ECB President Christine Lagarde": the holder of the title, and what the title is of.
                if let holder = titleHolder(Span(first: i, end: title.first), corporate: title.corporate, b: b, tokens: tokens) {
                    classify(holder.span, block: block, b: b, tokens: tokens, namesOnly: false, product: false, kind: holder.kind)
                }
                classify(Span(first: title.end, end: end), block: block, b: b, tokens: tokens, namesOnly: false, product: product,
                         title: (title.first..<title.end).map { lower($0) })
            } else {
                classify(Span(first: i, end: end), block: block, b: b, tokens: tokens, namesOnly: namesOnly, product: product)
            }
            i = end
        }
    }

    /// In Title Case ("Slowdown In Tanzania As Banks Worry") only windows that are already-known
    /// names, curated names, listed companies or places count: the longest one at each position.
    mutating func knownNames(in range: Range<Int>, block: Int, b: [UInt8], tokens: [Token]) {
        var p = range.lowerBound
        while p < range.upperBound {
            var matched = false
            for length in stride(from: min(5, range.upperBound - p), through: 1, by: -1) {
                let last = p + length - 1
                guard tokens[p].kind == .word, tokens[last].kind == .word else { continue }
                let form = String(decoding: b[tokens[p].start..<Self.nameEnd(b, from: tokens[p].start, to: tokens[last].end).end], as: UTF8.self)
                // What the window names, and as what if the table does not have it yet.
                let found: (key: EntityKey, name: String, kind: EntityKind)?
                if let curated = knowledge.curated.lookup(form) {
                    found = (EntityKey(kind: curated.kind, name: curated.name), curated.name, curated.kind)
                } else if let known = table.aliasIndex[form] ?? table.organizationStems[form] ?? (length == 1 ? surnameReference(form) : nil) {
                    // (the stems: "Goldman Sachs" in a headline over "Goldman Sachs Group Inc")
                    found = table.records[known].map { (known, $0.name, $0.kind) }      // "Trump Says …", after "Donald Trump said"
                } else if knowledge.isCompany(form), length > 1 || !wordClass(p, b, tokens).contains(.commonCapitalized) {
                    found = (EntityKey(kind: .organization, name: form), form, .organization)
                } else if knowledge.isPlace(form) {
                    found = (EntityKey(kind: .place, name: form), form, .place)
                } else {
                    found = nil
                }
                guard let found else { continue }
                let record = table.records[found.key]
                table.add(found.key, name: record?.name ?? found.name, kind: record?.kind ?? found.kind, form: form, block: block,
                          start: tokens[p].start, end: tokens[last].end)
                matched = true
                p += length
                break
            }
            if !matched { p += 1 }
        }
    }

    /// Words after a name that make it the name of a thing (a ranking, a law, an event).
    static let thingCues: Set<String> = ["leaderboard", "index", "benchmark", "ranking", "rankings", "score", "scores", "act", "law",
                                         "bill", "treaty", "report", "survey", "study", "summit", "conference", "award", "prize",
                                         "licence", "license", "protocol", "standard", "festival", "cup", "championship", "games",
                                         "olympics", "paralympics", "agreement", "accord", "accords", "week"]

    /// A lone word in which `classify` would find nothing: a function word opening a sentence ("The",
    /// "But"), which it strips, or, unless curated, a word its lists rule out anywhere ("I", "January", "CEO").
    mutating func isRuledOutAlone(_ i: Int, namesOnly: Bool, b: [UInt8], tokens: [Token]) -> Bool {
        let classes = wordClass(i, b, tokens)
        if (tokens[i].sentenceStart || namesOnly) && classes.contains(.commonCapitalized) { return true }
        let word = String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self)
        guard !classes.isDisjoint(with: [.commonCapitalized, .month]) || tokens[i].allCaps && WordLists.nonEntityAcronyms.contains(word) else { return false }
        return knowledge.curated.lookup(word) == nil
    }

    /// Decides what tokens `span` name. `title`: the words of a title right before them (see
    /// `titleInside`); `kind`: what the words around them already showed it is.
    mutating func classify(_ span: Span, block: Int, b: [UInt8], tokens: [Token], namesOnly: Bool, product: Bool,
                           title: [String] = [], kind known: EntityKind? = nil) {
        // The commonest call, answered before any of the work below.
        if span.end == span.first + 1 && !product && isRuledOutAlone(span.first, namesOnly: namesOnly, b: b, tokens: tokens) { return }
        func text(_ i: Int) -> String { String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self) }
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        var first = span.first, end = span.end
        var personCue = !title.isEmpty
        // The titles and job words the text gives a person here, so that "the chancellor said" can
        // later mean the person it called chancellor (and nobody else).
        var roles = title
        let mentionsBefore = table.mentions.count
        defer {
            if !roles.isEmpty, table.mentions.count > mentionsBefore, let key = table.mentions.last?.key, table.records[key]?.kind == .person {
                table.roles[key, default: []].formUnion(roles)
            }
        }

        // Honorifics and titles before the name: "Dr", "Sir", "Prime Minister", "chief executive";
        // not the first word of a company's name ("General Motors", "General Electric").
        while first < end, isA(first, .honorific), !(end - first == 2 && isA(end - 1, .organizationSuffix)),
              // "General Catalyst", "Judge Business": a title needs a name after it, not any word.
              !(end - first == 2 && WordLists.wordyTitles.contains(lower(first)) && !isKnownNamePart(first + 1, b: b, tokens: tokens)) {
            personCue = true
            roles.append(lower(first))
            first += 1
            if first < end, tokens[first].kind == .punctuation { first += 1 }
            // "Secretary of State Marco Rubio", "Chancellor of the Exchequer Rachel Reeves": what the
            // title is of, up to the last two words or a given name.
            if first < end, lower(first) == "of" {
                first += 1
                while end - first > 2, isA(first, .connector) || !knowledge.isGivenName(text(first)) { first += 1 }
            }
        }
        // "Zara owner Inditex", "TikTok owner ByteDance": what owns a brand is a company, not a person.
        let ownerOfBrand = first >= 2 && ["owner", "parent", "maker", "operator"].contains(lower(first - 1))
            && tokens[first - 2].kind == .word && tokens[first - 2].capitalized
        if first > 0, tokens[first - 1].kind == .word, !tokens[first - 1].capitalized, !ownerOfBrand,
           isA(first - 1, .role) || isA(first - 1, .honorific) {
            personCue = true
            roles.append(lower(first - 1))
        }
        // A capitalised common word at the start of a sentence is not part of a name, unless it is the
        // first word of an organisation's ("General Motors", "Bank of England").
        // A weekday or month before a name is never part of it ("On Monday CNN reported").
        while first < end, tokens[first].sentenceStart || namesOnly || (first > 0 && tokens[first - 1].kind == .punctuation && tokens[first - 1].mark != 44)
                || end - first >= 2 && WordLists.calendarWords.contains(lower(first)),
              isA(first, .commonCapitalized), !opensOrganization(Span(first: first, end: end), b: b, tokens: tokens),
              !isKnownPlace(Span(first: first, end: end), b: b, tokens: tokens) {
            first += 1
        }
        // "Actors Billy Crystal and …", "Analysts Jan Hollis …": a plural job opening a sentence describes the names after it.
        if first + 1 < end, tokens[first].sentenceStart, lower(first).hasSuffix("s"), isRole(first, b, tokens), !isA(first, .role) {
            personCue = true
            first += 1
        }
        // "Analyst Laura Martin of …": a job opening a sentence, before a name of two words or more.
        if end - first >= 3, tokens[first].sentenceStart, isA(first, .role), !isA(first, .honorific), tokens[first + 1].kind == .word {
            personCue = true
            roles.append(lower(first))
            first += 1
        }
        // "Paris-based Mistral AI": the describing word is not part of the name, but the place it names is one.
        if first < end, tokens[first].kind == .word, Self.hasLowercaseTail(b, tokens[first]) {
            placeBefore(lowercaseTail: tokens[first], block: block, b: b)
            if end - first == 1 { return }
            first += 1
        }
        // "The New York-based company": the same at the end of a longer name.
        // (Not "Han Duck-soo": only a describing word's tail counts.)
        if end - first >= 2, tokens[end - 1].kind == .word, Self.hasDescribingTail(b, tokens[end - 1]) {
            placeBefore(lowercaseTail: Token(start: tokens[first].start, end: tokens[end - 1].end, kind: .word), block: block, b: b)
            return
        }
        // "Representatives for Harbour Bank": a sentence-opening plural is not part of the name after it.
        if end - first >= 3, tokens[first].sentenceStart, ["for", "of"].contains(lower(first + 1)),
           !isA(first, .organizationPrefix), !isA(first, .honorific) {
            first += 2
        }
        // Connectors cannot start or end a name.
        while first < end, isA(first, .connector) && !isA(first, .particle) { first += 1 }
        while end > first, tokens[end - 1].kind == .punctuation || isA(end - 1, .connector) { end -= 1 }
        guard first < end else { return }

        var (formEnd, possessive) = Self.nameEnd(b, from: tokens[first].start, to: tokens[end - 1].end, apostrophe: true)
        // "Moody's", "McDonald's", "Sainsbury's": companies whose own name ends like a possessive.
        if possessive {
            let whole = String(decoding: b[tokens[first].start..<tokens[end - 1].end], as: UTF8.self)
            if knowledge.isCompany(whole) { (formEnd, possessive) = (tokens[end - 1].end, false) }
        }
        let form = String(decoding: b[tokens[first].start..<formEnd], as: UTF8.self)
        guard !form.isEmpty, Self.hasLetter(form) else { return }
        // Not names: "D-N.Y." after a senator, "Christmas Day", "Alzheimer's drug", and a title in
        // quotation marks ("The Long Winter" won the Palme d'Or).
        if end - first == 1 && Tokenizer.isPartyAndState(tokens[first], in: b) { return }
        if isA(first, .holiday) || possessive && WordLists.eponymousConditions.contains(form) { return }
        if isQuotedTitle(Span(first: first, end: end), b: b, tokens: tokens) { return }
        let count = end - first
        // Asked once: each lookup hashes the name again.
        let curated = knowledge.curated.lookup(form)
        let gazetteer = knowledge.classes(of: form)
        // "Chatbot Arena leaderboard", "AI Act": names of things, not people or organisations.
        // Not an acronym before a plural ("NFL games", "FIFA rankings"): those are the organisation's.
        if count >= 1, isA(end, .thingCue) && !(count == 1 && tokens[first].allCaps && lower(end).hasSuffix("s"))
            || (count >= 2 && isA(end - 1, .thingCue)),
           curated == nil,
           gazetteer.isDisjoint(with: .place), table.aliasIndex[form] == nil {
            return
        }
        let start = tokens[first].start, stop = tokens[end - 1].end
        let previous = first > 0 ? lower(first - 1) : ""

        func add(_ kind: EntityKind, key: EntityKey? = nil, name: String? = nil) {
            // "Alphabet Inc" and "Alphabet" are one company, whichever the text names first.
            if kind == .organization, key == nil, let known = table.organizationStems[Self.withoutLegalForm(form) ?? form],
               let record = table.records[known], record.kind == .organization {
                table.add(known, name: record.name, kind: .organization, form: form, block: block, start: start, end: stop)
                return
            }
            table.add(key ?? EntityKey(kind: kind, name: form), name: name ?? form, kind: kind, form: form, block: block, start: start, end: stop)
        }
        // What the words around the name say it is: "Name, a community leader," / "Its leader, Name" /
        // "Name, the Danish drugmaker," / "Name's shares".
        var appositive: EntityKind?
        var whoClause = false
        // "AlphaFold, an AI model that …": described as a product.
        var describedAsProduct = false
        if first >= 2, tokens[first - 1].kind == .punctuation, tokens[first - 1].mark == 44, isA(first - 2, .role) {
            appositive = .person      // "Its chief executive, Isabella Rossi"
            roles.append(lower(first - 2))
        } else if end < tokens.count, tokens[end].kind == .punctuation, tokens[end].mark == 44 {
            var k = end + 1
            // "Seamus O’Brien, 54, a farmer": an age before the description.
            if k + 1 < tokens.count, tokens[k].kind == .number, tokens[k + 1].kind == .punctuation, tokens[k + 1].mark == 44 { k += 2 }
            // "Paris Saint-Germain, who…": clubs take "who" too; a name that opens with a place is not sure to be a person.
            if ["who", "whose"].contains(lower(k)) && (count == 1 || !knowledge.isPlace(text(first))) { appositive = .person; whoClause = true }
            if ["a", "an", "the", "its", "his", "her", "their", "our"].contains(lower(k)) { k += 1 }
            var organization = false, productWord = false
            // A role word anywhere in the short phrase makes a person ("a company spokesman"); stop at a verb.
            while appositive == nil && k < min(tokens.count, end + 6) && tokens[k].kind == .word {
                let word = lower(k)
                // In lower case: "Scotland, First Minister John Swinney" is a place, then a title.
                // "Microsoft, OpenAI's largest investor,": some jobs are a company's too.
                if isA(k, .role) && !tokens[k].capitalized && !(WordLists.companyRoles.contains(word) && gazetteer.contains(.company)) {
                    appositive = .person
                    roles.append(word)
                    break
                }
                // "team doctor at Lumen Athletic": what follows a preposition describes someone else.
                if ["at", "of", "for", "in", "with", "from", "on", "to"].contains(word) { break }
                if isA(k, .speechVerb) || isA(k, .organizationVerb) { break }
                if isA(k, .organizationNoun) { organization = true } else if isA(k, .productCue) { productWord = true }
                k += 1
            }
            if appositive == nil && organization { appositive = .organization }
            describedAsProduct = appositive == nil && productWord
        }
        let words = count == 1 ? [Substring(form)] : Self.words(form)
        // "Meta's Llama": an unknown name owning a capitalised name is a company; not a place owning a
        // title or a person ("Germany's Chancellor Friedrich Merz", "France's Emmanuel Macron"), nor a
        // person owning a work ("Taylor Swift's Eras Tour"). Asked only of possessives.
        let possessedByOrganization = possessive && (isA(end, .organizationPossession)
            || end < tokens.count && tokens[end].kind == .word && tokens[end].capitalized
                && !Self.titlesInNames.contains(lower(end)) && gazetteer.isDisjoint(with: .place)
                && !(count >= 2 && looksLikePerson(words)))

        if count == 1 {
            // "Prosecutors had sought …", "Dealers will replace …": a plural job or agent opening a sentence names nobody.
            if tokens[first].sentenceStart, curated == nil, gazetteer.isEmpty, table.aliasIndex[form] == nil,
               lower(first).hasSuffix("s") && isRole(first, b, tokens) || Self.isPluralAgentNoun(lower(first)) { return }
            let lowered = form.lowercased()
            if WordLists.nonEntityAcronyms.contains(form) || WordLists.months[lowered] != nil { return }
            if WordLists.commonCapitalized.contains(lowered) && curated == nil { return }
            // "the Act", "the Treaty": a thing the text named before, not an organisation.
            if WordLists.classes[lowered]?.contains(.thingCue) == true && curated == nil && table.aliasIndex[form] == nil { return }
            // "Separately, the regulator…": an adverb opening a sentence, not a name.
            if tokens[first].sentenceStart, lowered.hasSuffix("ly"), gazetteer.isEmpty, curated == nil, table.aliasIndex[form] == nil,
               end < tokens.count, tokens[end].kind == .punctuation, tokens[end].mark == 44 {
                return
            }
        }
        // 1. The site's curated entities win.
        if !knowledge.curated.denied.isEmpty && knowledge.curated.denied.contains(form) { return }
        if let curated {
            add(curated.kind, key: EntityKey(kind: curated.kind, name: curated.name), name: curated.name)
            return
        }
        // 2. Names the text has already introduced.
        if let key = table.aliasIndex[form], let record = table.records[key] {
            table.add(key, name: record.name, kind: record.kind, form: form, block: block, start: start, end: stop)
            return
        }
        // A surname or given name of someone already named comes before the gazetteers ("Bello said").
        if count == 1 && !personCue, let key = surnameReference(form) {
            table.add(key, name: table.records[key]!.name, kind: .person, form: form, block: block, start: start, end: stop)
            return
        }
        // 3. Places from the gazetteers (a country "says" or "are second": still a place), datelines in capitals too.
        // Institutions known by their own name: "the Kremlin", "Congress", "the White House".
        if WordLists.institutions.contains(form) && !personCue && !(count == 1 && tokens[first].sentenceStart && appearsInLowerCase(lower(first))) {
            add(.organization)
            return
        }
        let bare = form.hasPrefix("the ") ? String(form.dropFirst(4)) : form
        // "U.S.", "U.K.": the gazetteers write them without the dots.
        let undotted = count == 1 && tokens[first].allCaps && bare.contains(".") ? bare.replacingOccurrences(of: ".", with: "") : bare
        let placeName = tokens[first].allCaps ? (knowledge.placesLowercased[undotted.lowercased()] ?? undotted) : bare
        // "Gold hit a record", "Reading the report…": at a sentence's start these are words, not the towns.
        let ordinaryOpening = count == 1 && (tokens[first].sentenceStart || namesOnly) && WordLists.ordinaryWordPlaces.contains(form)
        // "In Seoul, South Korea's acting president …": after "in" a known place stays one, whatever follows.
        let placePreposition = ["in", "at", "from", "near", "across"].contains(previous)
        // "Toyota shares", "Toyota spokesperson Emma Suzuki": a city that is also a listed company, where the
        // words after it are a company's or the text has named the company ("Toyota Motor Corp").
        let companyContext = count == 1 && gazetteer.contains(.company) && (table.organizationFirstWords[form] != nil
            || end < tokens.count && !tokens[end].capitalized
                && (WordLists.employerRoles.contains(lower(end)) || WordLists.companyWords.contains(lower(end))))
        if (placeName == form ? !gazetteer.isDisjoint(with: .place) : knowledge.isPlace(placeName)) && !personCue && !companyContext
            && (appositive != .person || whoClause || placePreposition) && !possessedByOrganization && !ordinaryOpening {
            // One place, one name in a document: "BRASILIA —" then "Brasília" is the place the dateline named.
            let key = table.placeWithAccents(placeName) ?? EntityKey(kind: .place, name: placeName)
            add(.place, key: key, name: table.records[key]?.name ?? placeName)
            return
        }
        if gazetteer.contains(.demonym) { return }
        // "Los Gatos, California", "Cambridge, Massachusetts": a town, then its state or country.
        if count <= 3, !personCue, curated == nil, gazetteer.isEmpty, Self.isFollowedByComma(end, tokens), isStateOrCountry(after: end + 1, b: b, tokens: tokens) {
            add(.place)
            return
        }
        // Places by their shape: "Downing Street", "Tiananmen Square", "Lake Victoria", "Gulf of Mexico".
        if count >= 2, !personCue, !isA(end - 1, .organizationSuffix), isA(end - 1, .placeSuffix) || isA(first, .placePrefix) {
            add(.place)
            return
        }
        // "Borno state", "the Kherson region": a place that says what kind it is.
        if count <= 2, !personCue, end < tokens.count, !tokens[end].capitalized, isA(end, .placeKind), !isA(end - 1, .organizationSuffix) {
            add(.place)
            return
        }
        // "the village of Kibera", "the city of Mariupol".
        if previous == "of", first >= 2, !personCue, WordLists.placeNouns.contains(lower(first - 2)), !isA(end - 1, .organizationSuffix) {
            add(.place)
            return
        }
        if known == .organization && !personCue {
            add(.organization)
            return
        }
        // "the Amazon", "the Congo": rivers and regions that share a company's or country's name.
        if count == 1, previous == "the", WordLists.riversAndRegions.contains(form) {
            add(.place)
            return
        }
        // 3b. Listed companies ("Microsoft", "Morgan Stanley"), unless the words around make it a person;
        // a one-word name only where it is not an ordinary word ("Block by block…", "apple pie").
        if gazetteer.contains(.company), !personCue, appositive != .person,
           count > 1 || !isA(first, .commonCapitalized) && !appearsInLowerCase(lower(first)) {
            add(.organization)
            acronymAfter(end, form: form, b: b, tokens: tokens, block: block)
            return
        }
        let firstWord = lower(first)
        // 4. Products: version numbers, or a product word after the name.
        if count == 1, Self.isSmallIProduct(form), curated == nil {
            add(.product)      // "iPhone", "iOS"
            return
        }
        if count == 1, tokens[first].hasDigit, Self.hasLetter(form), !personCue,
           !(first > 0 && isA(first - 1, .organizationNoun)) {      // "the pension fund AP7"
            add(.product)      // "GPT-4", "Qwen2.5"
            return
        }
        let initialWord = tokens[first].sentenceStart && count == 1 && appearsInLowerCase(firstWord)
        if initialWord && !isA(end, .organizationVerb) { return }
        if product || describedAsProduct && curated == nil && gazetteer.isEmpty
            || isA(end, .productCue) && !possessive && count <= 3 && !isA(end - 1, .organizationSuffix)
            && !tokens[first].sentenceStart {
            if !personCue { add(.product); return }
        }
        // An organisation named after what it is: "the journal Nature", "the broadcaster RTL" (not
        // "investor Warren Buffett": a job is a person's).
        if count <= 4, !personCue, first > 0, tokens[first - 1].kind == .word, !tokens[first - 1].capitalized,
           isA(first - 1, .organizationNoun), !isRole(first - 1, b, tokens), curated == nil, gazetteer.isDisjoint(with: .place) {
            add(.organization)
            return
        }
        // "The Unite union", "the Wagner group": a name before what kind of organisation it is.
        if count <= 2, !personCue, !possessive, !namesOnly, !tokens[first].sentenceStart, end < tokens.count, tokens[end].kind == .word, !tokens[end].capitalized,
           isA(end, .organizationNoun), !isRole(end, b, tokens), curated == nil, gazetteer.isDisjoint(with: [.country, .city, .region, .otherPlace, .demonym]),
           !["a", "an"].contains(previous) {      // "a European lab", "a Nordic bank"
            add(.organization)
            return
        }
        // A news agency after a dateline: "LONDON (Reuters) -", "MAIDUGURI, Nigeria (AP) —".
        if count == 1, first >= 2, first <= 6, tokens[first - 1].kind == .punctuation, tokens[first - 1].mark == 40,
           end < tokens.count, tokens[end].kind == .punctuation, tokens[end].mark == 41, tokens[0].allCaps {
            add(.organization)
            return
        }
        // A product named after what it is: "the weight-loss drug Wegovy", "the chatbot ChatGPT".
        if count <= 3, !personCue, first > 0, tokens[first - 1].kind == .word, !tokens[first - 1].capitalized, isA(first - 1, .productCue),
           !isA(end - 1, .organizationSuffix), curated == nil, gazetteer.isEmpty {
            add(.product)
            return
        }
        // A thing named as one: "James Webb Space Telescope", "Perseverance Rover".
        if count >= 2, !personCue, WordLists.thingNameEndings.contains(lower(end - 1)) {
            add(.product)
            return
        }
        // 5. Organisations by their shape ("… plc", "Bank of …", "Royal College of Nursing") or apposition.
        let organizationShape = count >= 2 && (isA(end - 1, .organizationSuffix) || firstWord == "real"
            || zip(words, words.dropFirst()).contains { pair in
                // "Bank of England", "Institute for Fiscal Studies", "Commission on Human Rights".
                let word = pair.0.lowercased()
                return WordLists.organizationPrefixes.contains(word) && pair.1 == "of"
                    || WordLists.organizationSuffixes.contains(word) && (pair.1 == "of" || pair.1 == "for" || pair.1 == "on")
            })
        // Where people work: "analysts at Morgan Stanley"; whom they lead: "Tesla boss Elon Musk".
        let employer = previous == "at" && first >= 2 && isRole(first - 2, b, tokens) || ownerOfBrand
            || end < tokens.count && !tokens[end].capitalized && WordLists.employerRoles.contains(lower(end)) && !possessive
            // "Novo Nordisk shares jumped": a name whose shares move is a company's.
            || ["shares", "stock"].contains(lower(end)) && WordLists.marketMoves.contains(lower(end + 1))
        if !personCue && (organizationShape || employer || appositive == .organization || possessedByOrganization && !namesOnly || Self.isCamelCase(form) && count == 1) {
            if let key = organizationPrefixReference(form), count == 1 {
                table.add(key, name: table.records[key]!.name, kind: .organization, form: form, block: block, start: start, end: stop)
                return
            }
            add(.organization)
            acronymAfter(end, form: form, b: b, tokens: tokens, block: block)
            return
        }
        // "Ben & Jerry's", "Marks & Spencer": an ampersand joins the names of a firm, not of a person
        // (not initials: "A&E", "R&D").
        if !personCue, count >= 3, (first..<end).contains(where: { tokens[$0].kind == .punctuation && tokens[$0].mark == 38 }),
           (first..<end).allSatisfy({ tokens[$0].kind != .word || tokens[$0].end - tokens[$0].start >= 2 }) {
            add(.organization)
            return
        }
        // 6. People: a cue before the name, apposition, a name particle, or a known given name or surname.
        // A particle ("van", "bin") or an initial ("P.") inside the name marks a person.
        let particle = words.count >= 3 && words.dropFirst().dropLast().contains {
            WordLists.nameParticles.contains($0.lowercased()) || ($0.count == 2 && $0.hasSuffix(".") && $0.first!.isUppercase)
        }
        // "said Adaeze Okafor" or "Adaeze Okafor said"; not "told Le Monde", whose name is the listener.
        // "According to Wanjiru Dragomir, “…”": the source of a quotation.
        let quotedSource = first >= 2 && lower(first - 1) == "to" && lower(first - 2) == "according" && Self.isFollowedByComma(end, tokens)
            && end + 1 < tokens.count && tokens[end + 1].kind == .punctuation && (tokens[end + 1].mark == Tokenizer.openDouble || tokens[end + 1].mark == 34)
        let speechNear = quotedSource || isA(end, .speechVerb)
            || isA(first - 1, .speechVerb) && !["told", "tells", "asked", "asks", "urged", "urges"].contains(lower(first - 1))
        // Two or three plain capitalised words that speak ("Adaeze Okafor said") are a person: organisations
        // that speak mostly carry a cue word, which was checked above.
        let speakingName = count >= 2 && count <= 3 && speechNear && !tokens[first].allCaps
            && words.allSatisfy { !WordLists.commonCapitalized.contains($0.lowercased()) && !knowledge.isPlace(String($0)) }
        // "Hatzius said" (not "said Congress should"): a surname that speaks is a person.
        let quotedSurname = count == 1 && isA(end, .speechVerb) && Self.looksLikeSurname(form, knowledge) && !knowledge.isGivenName(form)
        if personCue || appositive == .person || particle || quotedSurname || speakingName || (namesOnly ? false : looksLikePerson(words)) {
            if words.count == 1 {
                if let key = surnameReference(form, titles: roles) {
                    table.add(key, name: table.records[key]!.name, kind: .person, form: form, block: block, start: start, end: stop)
                } else {
                    add(.person)
                }
            } else {
                let key = EntityKey(kind: .person, name: form)
                add(.person, key: key)
                // A surname seen alone before the full name joins it.
                if let last = words.last, let earlier = table.aliasIndex[String(last)], table.records[earlier]?.kind == .person,
                   table.records[earlier]?.aliases.count == 1, earlier != key {
                    table.merge(earlier, into: key)
                }
            }
            return
        }
        guard !namesOnly else { return }
        // 7. Acronyms: a country code, the initials of a known organisation, or an organisation.
        if count == 1, tokens[first].allCaps, form.count <= 6, !WordLists.nonEntityAcronyms.contains(form) {
            // "NT$673.5 billion", "HK$": a currency's prefix.
            if stop < b.count && b[stop] == UInt8(ascii: "$") { return }
            if knowledge.isCountry(form) { add(.place, key: EntityKey(kind: .place, name: form)); return }
            // "U.N." for the United Nations named before.
            if let key = initialsReference(form.contains(".") ? form.replacingOccurrences(of: ".", with: "") : form) {
                table.add(key, name: table.records[key]!.name, kind: .organization, form: form, block: block, start: start, end: stop)
                return
            }
            // Opening a sentence, an acronym of three letters or more is still an organisation ("NASA and
            // the European Space Agency…"), unless a comma follows, as after a dateline's town.
            let opensSentence = tokens[first].sentenceStart && !(form.count >= 3 && !Self.isFollowedByComma(end, tokens) && !isA(first, .role))
            if form.count >= 2 && !opensSentence || isA(end, .organizationVerb) { add(.organization); return }
            return
        }
        // 8. Unknown names acting like organisations: "Meta said", "Alibaba's", "at Harbour".
        if count == 1, let key = organizationPrefixReference(form) {
            table.add(key, name: table.records[key]!.name, kind: .organization, form: form, block: block, start: start, end: stop)
            return
        }
        let verb = isA(end, .organizationVerb)
        // "Nouriel Roubini has spent …": two words that are no English words the text uses in lower
        // case, and nothing the lists know, are more often a person they lack than an organisation.
        let unknownPair = verb && words.count == 2 && !tokens[first].allCaps && words.allSatisfy { word in
            knowledge.classes(of: String(word)).isEmpty && WordLists.classes[word.lowercased()] == nil
                && !appearsInLowerCase(word.lowercased())
        }
        if unknownPair {
            add(.person)
            return
        }
        let acts = verb || possessive || ["at", "from", "by", "with", "of", "for"].contains(previous)
        if acts && (!tokens[first].sentenceStart || verb) && count <= 3 && !isA(first, .commonCapitalized)
            && !knowledge.isGivenName(String(words[0])) && !(tokens[first].sentenceStart && appearsInLowerCase(firstWord)) {
            add(.organization)
            acronymAfter(end, form: form, b: b, tokens: tokens, block: block)
            return
        }
        // "Manchester City host Newcastle", "Los Angeles Lakers": a name that opens with a city or
        // country, goes on with a word that is no place, and is nobody's name is a club, a paper or a company.
        if (2...3).contains(words.count), !personCue, !tokens[first].allCaps,
           Self.isCityOrCountry(String(words[0]), knowledge) || words.count == 3 && Self.isCityOrCountry(words[0] + " " + words[1], knowledge),
           !knowledge.isPlace(String(words[words.count - 1])), !knowledge.isDemonym(String(words[words.count - 1])),
           !WordLists.commonCapitalized.contains(words[words.count - 1].lowercased()) {
            add(.organization)
            return
        }
        if count >= 2 && count <= 4 && isA(end, .organizationVerb) {
            add(.organization)
        }
    }

}

import Foundation
