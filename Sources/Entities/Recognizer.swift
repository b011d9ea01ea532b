// Finds names in tokenised text and decides what they are: gazetteers, cue words, then what the
// text has already said (surname-only and acronym back-references).

struct Recognizer {
    let knowledge: Knowledge
    var table = EntityTable()
    /// Every block's bytes, to ask whether a capitalised word also appears in lower case (then it is a word, not a name).
    let document: [[UInt8]]
    /// The names of storms the text has named ("Hurricane Milton"): later "Milton" is the storm, no town or person.
    var stormNames: Set<String> = []
    /// Answers already worked out: each costs a scan of the document.
    private var lowerCaseAnswers: [String: Bool] = [:]
    /// The current block's words in lower case, made on first use: the rules ask about the same
    /// few words again and again, and making the string was a sixth of extraction time.
    private var lowered: [String?] = []
    /// Which entries of `lowered` the current block filled: only those are cleared for the next
    /// (clearing every entry released a nil for each of the block's tokens).
    private var loweredFilled: [Int] = []
    /// The current block's words' word lists, made on first use.
    private var classes: [WordClass?] = []

    /// Whether token `i` says in lower case what a company makes, before the job that makes it one: "drug" in
    /// "the obesity drug developer Metsera".
    mutating func isWhatACompanyMakes(_ i: Int, _ b: [UInt8], _ tokens: [Token]) -> Bool {
        i >= 0 && i < tokens.count && !tokens[i].capitalized && wordClass(i, b, tokens).contains(.productCue)
    }

    /// The word lists token `i` of the current block is in (none when it is not a word).
    mutating func wordClass(_ i: Int, _ b: [UInt8], _ tokens: [Token]) -> WordClass {
        guard i >= 0 && i < tokens.count && tokens[i].kind == .word else { return [] }
        if let known = classes[i] { return known }
        let found = WordLists.classes(of: tokens[i], in: b)
        classes[i] = found
        return found
    }

    /// Token `i` of the current block in lower case; "" when it is not a word.
    mutating func lower(_ i: Int, _ b: [UInt8], _ tokens: [Token]) -> String {
        guard i >= 0 && i < tokens.count && tokens[i].kind == .word else { return "" }
        if let known = lowered[i] { return known }
        let word = Self.lowercase(b[tokens[i].start..<tokens[i].end])
        lowered[i] = word
        loweredFilled.append(i)
        return word
    }

    /// Whether token `i` of the current block is `word` (lower-case ASCII) in any case: asked on the
    /// bytes, where comparing the lower-case String cost a call into the String library per word.
    func isText(_ i: Int, _ word: StaticString, _ b: [UInt8], _ tokens: [Token]) -> Bool {
        Tokenizer.isWord(at: i, word, in: tokens, b)
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
        let n = needle.count
        // Jumps from one occurrence of the word's rarest letter to the next with memchr: jumping on
        // its first letter stopped at a hundred and more places per word.
        let r = needle.indices.min { Self.letterCommonness(needle[$0]) < Self.letterCommonness(needle[$1]) }!
        let rare = Int32(needle[r])
        for block in document where block.count >= n {
            // Compared in place (copying each candidate slice into an array was a tenth of extraction time).
            let found = block.withUnsafeBufferPointer { bytes -> Bool in
                guard let base = bytes.baseAddress else { return false }
                var i = 0      // where the word would start
                while i + n <= bytes.count {
                    guard let hit = memchr(base + i + r, rare, bytes.count - n + 1 - i) else { return false }
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - r
                    var k = 0
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

    /// How common a lower-case letter is in English text, 0 for the rarest; other bytes count as rare.
    static func letterCommonness(_ c: UInt8) -> Int {
        guard c >= 97 && c <= 122 else { return 0 }
        // Letters from the rarest to the commonest.
        let order: StaticString = "zqxjkvbpygfwmucldrhsnioate"
        return order.withUTF8Buffer { $0.firstIndex(of: c) ?? 0 }
    }

    /// Where a list of fields of policy that goes on a department's name ends: ", Food and Rural Affairs".
    /// Each field is English words that name nothing ("…, NHS England and Public Health England" are
    /// other bodies).
    mutating func fieldListEnd(after comma: Int, _ b: [UInt8], _ tokens: [Token]) -> Int? {
        func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
        var k = comma
        while true {
            var run = k + 1
            if !isText(k, "and", b, tokens), isText(run, "and", b, tokens) { run += 1 }      // ", and": a serial comma
            let last = isText(k, "and", b, tokens) || run > k + 1
            var runEnd = run
            while runEnd - run < 3, isWord(runEnd), tokens[runEnd].capitalized, !tokens[runEnd].sentenceStart, !tokens[runEnd].allCaps,
                  knowledge.isEnglishWord(lower(runEnd, b, tokens)),
                  knowledge.classes(of: String(decoding: b[tokens[runEnd].start..<tokens[runEnd].end], as: UTF8.self))
                    .isDisjoint(with: NameClass.place.union(.company)) {
                runEnd += 1
            }
            guard runEnd > run else { return nil }
            if last { return runEnd }
            guard runEnd < tokens.count, tokens[runEnd].isComma || isText(runEnd, "and", b, tokens) else { return nil }
            k = runEnd
        }
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
        for i in loweredFilled { lowered[i] = nil }
        loweredFilled.removeAll(keepingCapacity: true)
        if lowered.count < tokens.count { lowered.append(contentsOf: repeatElement(nil, count: tokens.count - lowered.count)) }
        // (Word classes hold no references: clearing them is a plain loop.)
        if classes.count < tokens.count { classes.append(contentsOf: repeatElement(nil, count: tokens.count - classes.count)) }
        for i in 0..<tokens.count { classes[i] = nil }
        func lower(_ i: Int) -> String { self.lower(i, b, tokens) }
        func isA(_ i: Int, _ kind: WordClass) -> Bool { self.wordClass(i, b, tokens).contains(kind) }
        func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
        /// "Longshoremen's", "Firemen's": a plural's possessive (in either apostrophe), asked on the bytes.
        /// (A plural in "s'" ends no name to begin with: "Air Line Pilots' Association".)
        func isPluralPossessive(_ i: Int) -> Bool {
            guard isWord(i) else { return false }
            let word = b[tokens[i].start..<tokens[i].end]
            func ends(_ tail: String) -> Bool { word.count > tail.utf8.count && word.suffix(tail.utf8.count).elementsEqual(tail.utf8) }
            return ends("men's") || ends("men’s")
        }
        // (The commonest questions, asked on the word's bytes rather than its lower-case String.)
        func isText(_ i: Int, _ word: StaticString) -> Bool { self.isText(i, word, b, tokens) }
        func isMark(_ i: Int, _ m: UInt8) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].mark == m }
        /// Whether an organisation's name follows the "of" at `k`: "Stanford University", "Toyota Motor".
        func organisationFollows(of k: Int) -> Bool {
            guard isWord(k + 1), tokens[k + 1].capitalized, !tokens[k + 1].sentenceStart else { return false }
            var last = k + 1
            while isWord(last + 1) && tokens[last + 1].capitalized && !tokens[last + 1].sentenceStart { last += 1 }
            // ("RBC Capital Markets": initials, or an organisation's word inside the name, say so too.)
            return isA(k + 1, .organizationPrefix) || (k + 1...last).contains { isA($0, .organizationSuffix) }
                || tokens[k + 1].allCaps && last > k + 1
                || knowledge.isCompany(String(decoding: b[tokens[k + 1].start..<tokens[last].end], as: UTF8.self))
        }

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
                            // "International Longshoremen's Association", "the Fishermen's Federation": a plural that owns
                            // a body's name, when an organisation's word follows.
                            || isPluralPossessive(end - 1) && (end..<min(end + 3, tokens.count)).contains(where: { isWord($0) && tokens[$0].capitalized && isA($0, .organizationSuffix) })
                            || isA(end, .organizationSuffix) && !(isWord(end + 1) && tokens[end + 1].capitalized) && end - i == 1
                                && isUnknownOwner(tokens[i], b: b)
                            // "St. Peter's Square", "St Paul's Cathedral": a saint's place.
                            || (isA(end, .placeSuffix) || isA(end, .organizationSuffix)) && ["st", "saint"].contains(lower(i))
                            // "Sam's Club": a shop named for a first name; no place or company owns a "Club" so.
                            || isText(end, "club") && end - i == 1 && !(isWord(end + 1) && tokens[end + 1].capitalized)
                                && knowledge.classes(of: Self.bareWord(tokens[i], in: b)).isDisjoint(with: NameClass.place.union(.company))
                    else { break }
                }
                // "The Yeti Airlines ATR 72 aircraft": a company's name ends before the model it flies or makes.
                if isWord(end), tokens[end].allCaps, end + 1 < tokens.count, tokens[end + 1].kind == .number,
                   isA(end - 1, .organizationSuffix), !isA(end, .legalForm) { break }
                // "An Air India Boeing 787": a listed company and its model after an operator's name start a name of their own.
                if end - i >= 2, isWord(end), tokens[end].capitalized, end + 1 < tokens.count, tokens[end + 1].kind == .number,
                   knowledge.isCompany(tokens[end], in: b) { break }
                if isWord(end) && (tokens[end].capitalized || Self.isLowercaseBrand(b, tokens[end])) && !tokens[end].sentenceStart { end += 1; continue }
                if isWord(end) && Self.isJoinedParticle(b, tokens[end]) { end += 1; continue }      // "Farid al-Sabah"
                // "Commission on Human Rights", "Council on Foreign Relations" (not "Meta on Monday").
                if isText(end, "on"), isA(end - 1, .organizationSuffix), isWord(end + 1), tokens[end + 1].capitalized,
                   !tokens[end + 1].sentenceStart, !isA(end + 1, .month), !isA(end + 1, .commonCapitalized) {
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
                // "Department for Science, Innovation and Technology", "Ministry of Housing, Communities and Local
                // Government": a department's fields, listed with commas, are its name.
                // (A sentence's "The" is in the span until names are cut.)
                if end < tokens.count, tokens[end].isComma, end - i >= 3 {
                    let head = isText(i, "the") ? i + 1 : i
                    if end - head >= 3, isText(head, "department") || isText(head, "ministry"),
                       isText(head + 1, "for") || isText(head + 1, "of"), let listEnd = fieldListEnd(after: end, b, tokens) {
                        end = listEnd
                        continue
                    }
                }
                if isWord(end), isA(end, .connector), isWord(end + 1), tokens[end + 1].capitalized, !tokens[end + 1].sentenceStart {
                    // "the Labour MP for Hemsworth": the party, then the member for a seat, which starts a name of its own.
                    if isText(end, "for"), end - 1 > i, WordLists.seatHolders.contains(lower(end - 1)) {
                        end -= 1
                        break
                    }
                    if isText(end, "and") || isText(end, "the") {
                        // "Competition and Markets Authority": take "and" only into a short run that ends like an
                        // organisation, and only when the part before it is not a whole name already
                        // ("Altura Telecom AG and Helix Robotics SA" are two).
                        var runEnd = end + 1
                        while isWord(runEnd) && tokens[runEnd].capitalized { runEnd += 1 }
                        // "Health and Human Services Secretary Xavier Becerra": the run after "and" stops at a title,
                        // where the holder's name begins (not a word that only looks like one: "… and Quillon General Hospital").
                        if !isA(runEnd - 1, .organizationSuffix),
                           let title = (end + 2..<runEnd).first(where: { isA($0, .titleInName) && $0 + 1 < runEnd }) { runEnd = title }
                        // "St Albans City and District Council": the council of a city and its district is one body.
                        if isText(end, "and"), isText(end - 1, "city") || isText(end - 1, "district") || isText(end - 1, "borough")
                            || isText(end - 1, "county") || isText(end - 1, "town"), runEnd - end - 1 <= 2,
                           lower(runEnd - 1).hasPrefix("council") {      // (also "Council's")
                            end = runEnd
                            continue
                        }
                        // A Crown body's name is one however it goes on: "HM Revenue and Customs", "HM Courts and Tribunals Service".
                        if isText(end, "and"), isText(i, "hm"), runEnd - end - 1 <= 3 {
                            end = runEnd
                            continue
                        }
                        // "the England and Wales Cricket Board": a body of two places, named after "the".
                        let placeStart = isText(i, "the") ? i + 1 : i
                        if isText(end, "and"), end - placeStart == 1, placeStart > i || isText(i - 1, "the"), runEnd - end - 1 >= 2,
                           Self.bodiesOfPlaces.contains(lower(runEnd - 1)), knowledge.isPlace(tokens[placeStart], in: b),
                           knowledge.isPlace(tokens[end + 1], in: b) {
                            end = runEnd
                            continue
                        }
                        // A listed company's or country's own name: "Marks and Spencer", "Johnson and Johnson",
                        // "Trinidad and Tobago", "Turks and Caicos Islands". (After a sentence's first word: "In Jammu and Kashmir".)
                        let opening = end - i >= 2 && tokens[i].sentenceStart && isA(i, .commonCapitalized) ? i + 1 : i
                        if isText(end, "and"), !knowledge.classes(of: String(decoding: b[tokens[opening].start..<tokens[runEnd - 1].end], as: UTF8.self))
                            .isDisjoint(with: [.company, .country, .region]) {
                            end = runEnd
                            continue
                        }
                        // "Airbus Defence and Space", "GE Oil and Gas": a listed company's division, named for two fields it works in.
                        if isText(end, "and"), end - i == 2, runEnd - end - 1 == 1, !isWord(runEnd) || !tokens[runEnd].capitalized,
                           WordLists.policyFields.contains(lower(end - 1)) || knowledge.isEnglishWord(lower(end - 1)),
                           WordLists.policyFields.contains(lower(end + 1)) || knowledge.isEnglishWord(lower(end + 1)),
                           knowledge.isCompany(tokens[i], in: b),
                           knowledge.classes(of: text(tokens[end + 1])).isDisjoint(with: NameClass.place.union(.company)) {
                            end = runEnd
                            continue
                        }
                        let before = (i..<end).map { lower($0) }
                        // "Department of Health and Human Services", "Centers for Disease Control and Prevention":
                        // what an organisation is of goes on past "and", unless the words after it are a
                        // company's or a place's own name ("the Bank of England and Barclays").
                        // (The "of" of an organisation's name: not "Representatives for Ministry of Science and …".)
                        let of = (i + 1..<end).first { (before[$0 - i] == "of" || before[$0 - i] == "for")
                            && (isA($0 - 1, .organizationPrefix) || isA($0 - 1, .organizationSuffix)) }
                        // Two words after "and" that end like an organisation are one ("… Museum of Art and
                        // Halcyon Records") unless they name a field of policy ("Health and Human Services");
                        // one word cannot be ("Ministry of Science and Technology").
                        // (A government's office may end in "Services" after "and": "Centers for Medicare and Medicaid Services".)
                        let office = ["department", "ministry", "centers", "centres", "office", "bureau"].contains(before[isText(i, "the") ? 1 : 0])
                            && isText(runEnd - 1, "services")
                        let whatItIsOf = of != nil
                            && (runEnd - end - 1 == 1 || runEnd - end - 1 == 2
                                && (!isA(runEnd - 1, .organizationSuffix) || WordLists.policyFields.contains(lower(end + 1)) || office))
                            && !knowledge.isGivenName(tokens[end + 1], in: b)
                            // ("… and College Leaders": a body of people of two kinds, though "College" may open a name.)
                            && (!isA(end + 1, .organizationPrefix) || WordLists.peoplePlurals.contains(lower(runEnd - 1)))
                            && !(isWord(runEnd) && isA(runEnd, .lowercaseOrganizationEnding))      // "… and Yarrow Semiconductors plc"
                            && knowledge.classes(of: String(decoding: b[tokens[end + 1].start..<tokens[runEnd - 1].end], as: UTF8.self))
                                .isDisjoint(with: [.company, .country, .city, .region, .otherPlace])
                        // "Nvidia, Samsung and Salesforce Ventures": after a comma, "and" ends a list.
                        let inList = i > 0 && tokens[i - 1].isComma
                        // Otherwise only a single word before "and" (no whole name: "Securities and Exchange
                        // Commission"; "Real Halcyon and Falcon Press" are two), and not where "and" joins a list
                        // of organisations ("group companies Daihatsu and Hino Motors").
                        // (…or a field right before it: "US Food and Drug Administration", "United Nations Relief and Works Agency".)
                        // (A science is a field too: "National Geology and Mining Service", "Meteorology and Hydrology".)
                        let fieldBefore = WordLists.policyFields.contains(lower(end - 1)) || lower(end - 1).hasSuffix("ology")
                        // (…or a plural of people before a union's name: "App Drivers and Couriers Union".)
                        // (…or before a forum's or an association's: "the Hostages and Missing Families Forum".)
                        let membersBefore = end - i == 2 && WordLists.memberBodies.contains(lower(runEnd - 1)) && !isA(end - 1, .organizationSuffix)
                            && Self.isPluralOfEnglishWord(lower(end - 1), knowledge)
                        let oneWordBefore = end - i == 1 || end - i == 2 && tokens[i].sentenceStart && isA(i, .commonCapitalized) || fieldBefore || membersBefore
                        // ("Chinese partners, including Chinalco and Baowu Steel": a list is announced.)
                        let joinsList = inList || i > 0 && (Self.isPluralOrganizationNoun(lower(i - 1)) || isText(i - 1, "including")
                            || isText(i - 1, "as") && isText(i - 2, "such"))
                        // ("Microsoft's Azure and Google Cloud": a listed company's name after "and" starts a name of its own.)
                        guard whatItIsOf || !joinsList && oneWordBefore && isA(runEnd - 1, .organizationSuffix) && of == nil && !before.contains("of")
                                && !knowledge.isCompany(tokens[end + 1], in: b) && !WordLists.institutions.contains(text(tokens[end + 1])),
                              // ("United Food and Commercial Workers International Union": after a field, a longer run.)
                              // ("Scottish and Southern Electricity Networks": a nation's word before "and" names nothing alone.)
                              runEnd - end - 1 <= (fieldBefore || membersBefore || end - i == 1 && knowledge.isDemonym(tokens[i], in: b) ? 4 : 2), !before.contains("and"), !(i..<end).contains(where: { isMark($0, 38) }),
                              // (…whether or not a sentence opens "The Securities and …")
                              !isA(end - 1, .organizationSuffix) || whatItIsOf || oneWordBefore,
                              !tokens[end - 1].allCaps,      // "CNN and ITV News" are two
                              // "Westpac and Commonwealth Bank of Australia": the second has a name of its own, and so has
                              // a name with "&" ("Duke Energy and Florida Power & Light"); not after a field, which
                              // names nothing alone ("Building and Allied Workers Union of South Africa"), unless what
                              // comes before "and" is of something itself ("Ministry of Transport and Friends of Kathmandu").
                              fieldBefore && of == nil || !(isText(runEnd, "of") && isWord(runEnd + 1) && tokens[runEnd + 1].capitalized), !isMark(runEnd, 38) else { break }
                    }
                    // "Joseph Moore of Morgan Stanley", "Detective Inspector Paul Mercer of West Midlands
                    // Police": a person's name (after any titles), then where they work.
                    // (Also after a first name the lists lack: "Economist Courage Kingsley Martey of Databank Group".)
                    let given = end - 2
                    func isTitle(_ k: Int) -> Bool { isA(k, .honorific) || isRole(k, b, tokens) }
                    if isText(end, "of") || isText(end, "for"), given >= i,
                       (i..<given).allSatisfy(isTitle) || given - 1 > i && (i..<given - 1).allSatisfy(isTitle) && !isA(given - 1, .commonCapitalized),
                       knowledge.isGivenName(tokens[given], in: b), !isA(given, .commonCapitalized),      // (not "The Alternative for Germany")
                       !knowledge.isPlace(tokens[given], in: b),
                       !isA(given, .organizationPrefix), !isA(end - 1, .organizationSuffix) {
                        break
                    }
                    // …and where the name is one no list holds ("Dr Fei-Fei Li of Stanford University", "Tanaka
                    // Hiroshi of Toyota Motor"): two or three plain words, then an organisation's name. Nothing
                    // before "of" may name an organisation ("Bank of England") or a place ("United States of …").
                    if isText(end, "of") {
                        var name = i
                        while name < end - 1 && isA(name, .honorific) { name += 1 }
                        // (The name's own words are asked first: they rule most runs out before any lookup.)
                        if (2...3).contains(end - name),
                           !(name..<end).contains(where: { !tokens[$0].capitalized || tokens[$0].allCaps || isA($0, .organizationPrefix)
                               || isA($0, .organizationSuffix) || isA($0, .commonCapitalized) || isA($0, .month) || isRole($0, b, tokens) }),
                           organisationFollows(of: end),
                           knowledge.classes(of: String(decoding: b[tokens[name].start..<tokens[end - 1].end], as: UTF8.self))
                               .isDisjoint(with: NameClass.place.union(.company)) {
                            break
                        }
                    }
                    // "Iga Swiatek of Poland", "Amanda Anisimova of the United States": a person's name, then where they are from.
                    // (Also with a given name no list holds, before a country: "Aryna Sabalenka of Belarus".)
                    if isText(end, "of"), end - i == 2, !isA(i, .organizationPrefix), !isA(end - 1, .organizationSuffix),
                       isWord(end + 1), !(isWord(end + 2) && tokens[end + 2].capitalized), knowledge.isPlace(tokens[end + 1], in: b),
                       // (The words are made before the call: made in its arguments, with the local `text`, they made
                       // Swift copy the whole recognizer first.)
                       case let pair = [Substring(text(tokens[i])), Substring(text(tokens[end - 1]))], looksLikePerson(pair)
                        || !tokens[i].allCaps && !tokens[end - 1].allCaps && wordClass(i, b, tokens).isEmpty
                            && wordClass(end - 1, b, tokens).isEmpty
                            && knowledge.classes(of: text(tokens[end + 1])).contains(.country)
                            && knowledge.classes(of: text(tokens[i])).isDisjoint(with: .place)
                            && knowledge.classes(of: text(tokens[end - 1])).isDisjoint(with: .place) {
                        break
                    }
                    // "Biogen of Cambridge, Massachusetts", "Mayor of London": one word, then the place it is of.
                    // Not "Friends of Kathmandu": a plural names a group.
                    // (Nor a place's own first word: "the Gulf of Mexico", "the Isle of Man".)
                    if isText(end, "of"), end - i == 1, !isA(i, .organizationPrefix), !isA(i, .organizationSuffix), !isA(i, .placePrefix), !lower(i).hasSuffix("s"),
                       isWord(end + 1), !(isWord(end + 2) && tokens[end + 2].capitalized), knowledge.isPlace(tokens[end + 1], in: b),
                       !knowledge.isPlace(text(tokens[i]) + " of " + text(tokens[end + 1])) {      // "District of Columbia"
                        break
                    }
                    end += 2
                    continue
                }
                // "International Committee of the Red Cross", "Department of the Interior".
                // "Office of the Comptroller of the Currency": again, once the name is an organisation's.
                // "Court of Appeals for the Fifth Circuit": "for the" too, once the name opens like one ("Court of"),
                // and after a court before its district ("the US District Court for the Southern District of New York").
                if isText(end, "of") || isText(end, "for") && ((i..<end).contains(where: { isA($0, .organizationPrefix) && isText($0 + 1, "of") })
                    || isText(end - 1, "court") && (isText(end + 2, "district") || isText(end + 3, "district"))
                    // "the Centre for the Study of Developing Societies", "Institute for the Study of War".
                    || isA(end - 1, .organizationSuffix) && isText(end + 3, "of")
                    // "the Federal Office for the Environment": a public body, for what it looks after.
                    || WordLists.bodiesForSomething.contains(lower(end - 1))),
                   isText(end + 1, "the"), isWord(end + 2), tokens[end + 2].capitalized, !tokens[end + 2].sentenceStart,
                   (i..<end).contains(where: { isA($0, .organizationSuffix) || isA($0, .organizationPrefix) && isText($0 + 1, "of") })
                    // "Chancellor of the Exchequer Rachel Reeves", "Secretary of the Treasury …": a title of the
                    // office it holds, which the name after it then follows.
                    || isText(end, "of") && end - i == 1 && isA(i, .honorific)
                    // "the Democratic Republic of the Congo": a state the lists hold by that name.
                    || isText(end, "of") && knowledge.isPlace(String(decoding: b[tokens[isText(i, "the") ? i + 1 : i].start..<tokens[end + 2].end], as: UTF8.self)) {
                    end += 3
                    continue
                }
                if isWord(end), !tokens[end].capitalized, isA(end, .lowercaseOrganizationEnding) {
                    end += 1      // "Harbour Analytics plc"
                    continue
                }
                // "U.S. Steel", "U.S. Bancorp": a country's initials open a company's name the lists hold.
                if isMark(end, 46), Tokenizer.isInitials(tokens[end - 1], in: b), isWord(end + 1), tokens[end + 1].capitalized,
                   let stop = knownNameAfterInitials(end - 1, mark: end, b: b, tokens: tokens) {
                    end = stop
                    continue
                }
                // …or two written together, "C.C. Wei" (not "U.S. Secretary of State …", a country's).
                // (Nor a letter that ends a sentence before a title: "… wrote on X. President Donald Trump …".)
                if isMark(end, 46), tokens[end - 1].end - tokens[end - 1].start == 1 && !isA(end + 1, .honorific)
                    || Tokenizer.isInitials(tokens[end - 1], in: b) && !isA(end + 1, .honorific)
                        && !knowledge.isPlace(text(tokens[end - 1]).replacingOccurrences(of: ".", with: "")),
                   // (Not before a sentence's first word: "congratulated the team on X. The Board of …".)
                   tokens[end - 1].capitalized, isWord(end + 1), tokens[end + 1].capitalized, !isA(end + 1, .commonCapitalized) {
                    end += 1      // an initial: "Tanvi N. Eriksen"
                    continue
                }
                // …and "St. Peter's Square", "Mt. Everest"; "Karen St. Germain", a surname that opens with a saint's.
                if isMark(end, 46), end - 1 == i && (isA(i, .honorific) || isText(i, "mt") || isText(i, "ft")) || isText(end - 1, "st"),
                   isWord(end + 1), tokens[end + 1].capitalized {
                    end += 1      // an abbreviated title: "Mr. Trump", "Sen. Elizabeth Warren"
                    continue
                }
                if isMark(end, 38), isWord(end + 1), tokens[end + 1].capitalized { end += 2; continue }
                // "Janata Dal (United)", "Communist Party of India (Marxist)": a party's faction, named in brackets.
                if isMark(end, 40), isMark(end + 2, 41), isWord(end + 1), WordLists.factionNames.contains(text(tokens[end + 1])) { end += 3; continue }
                break
            }
            // Product versions: "Llama 3.1", "Qwen2.5 72B", "Mixtral 8x7B".
            var product = false
            while end < tokens.count, tokens[end].hasDigit, !(tokens[end].kind == .number && Self.isYear(text(tokens[end]))), !isMark(end + 1, 37),
                  !Self.isPossessive(b, tokens[end - 1]),      // "OpenAI’s GPT-4": the owner, then the product
                  !(end - i == 1 && isA(i, .month)),      // a date: "Oct 29"
                  !(end - i <= 2 && WordLists.numberedThings.contains(lower(end - 1))),      // a rank: "a Category 5 storm"
                  // A verb opening a sentence: "Chasing 265, India …" (not "Boeing 737").
                  !(end - i == 1 && tokens[i].sentenceStart && lower(i).hasSuffix("ing") && knowledge.isEnglishWord(lower(i))),
                  !(isMark(end + 1, 45) && end + 2 < tokens.count && tokens[end + 2].kind == .number),      // a score: "Liverpool 2-1"
                  !FigureFinder.scales.contains(lower(end + 1)) {      // an amount: "cost the Treasury 40 billion reais"
                end += 1
                product = true
            }
            // A model's letters and digits in one word after its name: "Galaxy S26", "Airbus A350" (a
            // person's name has no digits).
            if !product, end - i >= 2, isWord(end - 1), tokens[end - 1].hasDigit, end - i <= 3, tokens[end - 1].end - tokens[end - 1].start <= 6,
               knowledge.classes(of: text(tokens[i])).isDisjoint(with: NameClass.place.union(.demonym)) {
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
            } else if !namesOnly, end - i >= 2, isMark(end, 46), Tokenizer.isInitials(tokens[end - 1], in: b),
                      knowledge.isCountry(text(tokens[end - 1]).replacingOccurrences(of: ".", with: "")),
                      knowledge.isPlace(String(decoding: b[tokens[i].start..<tokens[end - 2].end], as: UTF8.self)) {
                // "Manhattan U.S. Attorney Jay Clayton": a place, then its country's initials, are two places.
                classify(Span(first: i, end: end - 1), block: block, b: b, tokens: tokens, namesOnly: false, product: false, kind: .place)
                classify(Span(first: end - 1, end: end), block: block, b: b, tokens: tokens, namesOnly: false, product: false, kind: .place)
            } else if !namesOnly, end - i >= 2, Self.isPartyMember(tokens[end - 1], in: b),
                      knowledge.isPlace(String(decoding: b[tokens[i].start..<tokens[end - 2].end], as: UTF8.self)) {
                // "a Connecticut Democrat", "a New York Republican": where the member is from; the member has no name here.
                classify(Span(first: i, end: end - 1), block: block, b: b, tokens: tokens, namesOnly: false, product: false, kind: .place)
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
                // ("Hurricane Milton Slams Into Florida": the storm, no town.)
                let storm = stormNames.contains(form) || p > range.lowerBound && wordClass(p - 1, b, tokens).contains(.weatherEvent)
                if storm {
                    found = nil
                } else if let curated = knowledge.curated.lookup(form) {
                    found = (EntityKey(kind: curated.kind, name: curated.name), curated.name, curated.kind)
                } else if let known = table.aliasIndex[form] ?? table.organizationStems[form] ?? (length == 1 ? surnameReference(form) : nil)
                            ?? (length >= 3 ? withLowercaseConnectors(p..<last + 1, b: b, tokens: tokens).flatMap { table.aliasIndex[$0] } : nil) {
                    // ("Bank Of England Holds Rates": a name the text gave, with its connectors capitalised as headlines do.)
                    // (the stems: "Goldman Sachs" in a headline over "Goldman Sachs Group Inc")
                    found = table.records[known].map { (known, $0.name, $0.kind) }      // "Trump Says …", after "Donald Trump said"
                } else if knowledge.isCompany(form), length > 1 || !wordClass(p, b, tokens).contains(.commonCapitalized) {
                    found = (EntityKey(kind: .organization, name: form), form, .organization)
                } else if let full = shortForm(form) {
                    found = (full.key, full.name, .organization)      // "Man City" in a headline: Manchester City
                } else if knowledge.isPlace(form), !(length == 1 && WordLists.ordinaryWordPlaces.contains(form)) {
                    // (Not "Man", "Nice", "Reading" alone in a headline's capitals.)
                    let name = knowledge.countryName(ofForm: form) ?? form
                    found = (EntityKey(kind: .place, name: name), name, .place)
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

    /// The words of `range` with the connectors inside them in lower case ("Bank of England" for a
    /// headline's "Bank Of England"); nil when no connector inside is capitalised.
    mutating func withLowercaseConnectors(_ range: Range<Int>, b: [UInt8], tokens: [Token]) -> String? {
        let inner = range.dropFirst().dropLast()
        guard inner.contains(where: { tokens[$0].capitalized && wordClass($0, b, tokens).contains(.connector) }) else { return nil }
        var bytes = Array(b[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
        for k in inner where tokens[k].capitalized && wordClass(k, b, tokens).contains(.connector) {
            let at = tokens[k].start - tokens[range.lowerBound].start
            if bytes[at] >= 65 && bytes[at] <= 90 { bytes[at] += 32 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The end of the longest company the lists hold that opens with the initials at token `i` ("U.S.")
    /// and goes on after their full stop at `mark` with up to three capitalised words; nil when none does.
    func knownNameAfterInitials(_ i: Int, mark: Int, b: [UInt8], tokens: [Token]) -> Int? {
        var last = mark + 1
        while last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].capitalized, last + 1 - mark <= 3 { last += 1 }
        for stop in stride(from: last, through: mark + 1, by: -1) {
            let form = String(decoding: b[tokens[i].start..<tokens[stop].end], as: UTF8.self)
            if knowledge.isCompany(form) || WordLists.formClasses(form).contains(.institution) { return stop + 1 }
        }
        return nil
    }

    /// Last words of the bodies two places share: "the England and Wales Cricket Board" (not a company: "the UK and
    /// China Investment Corp" are two).
    static let bodiesOfPlaces: Set<String> = ["board", "federation", "union", "association", "council", "committee", "commission",
                                              "authority", "league", "society", "trust", "institute", "agency"]

    /// Words after a name that make it the name of a thing (a ranking, a law, an event).
    static let thingCues: Set<String> = ["leaderboard", "index", "benchmark", "ranking", "rankings", "score", "scores", "act", "law",
                                         "bill", "treaty", "report", "survey", "study", "summit", "conference", "award", "prize",
                                         "licence", "license", "protocol", "standard", "festival", "cup", "championship", "games",
                                         "olympics", "paralympics", "agreement", "accord", "accords", "week",
                                         // A picture's credit: "REUTERS/Fabian Bimmer/File Photo".
                                         "photo", "photos",
                                         // Trade shows named for their city: "the Dubai Airshow".
                                         "airshow"]

    /// A lone word in which `classify` would find nothing: a function word opening a sentence ("The",
    /// "But"), which it strips, or, unless curated, a word its lists rule out anywhere ("I", "January", "CEO").
    mutating func isRuledOutAlone(_ i: Int, namesOnly: Bool, b: [UInt8], tokens: [Token]) -> Bool {
        let classes = wordClass(i, b, tokens)
        if (tokens[i].sentenceStart || namesOnly) && classes.contains(.commonCapitalized) { return true }
        let listed = !classes.isDisjoint(with: [.commonCapitalized, .month])
        // (Most words are in neither list nor in capitals: no String is made for them.)
        guard listed || tokens[i].allCaps else { return false }
        let word = String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self)
        guard listed || WordLists.nonEntityAcronyms.contains(word) else { return false }
        // (Asked only of words whose first two letters are capitals.)
        if tokens[i].end - tokens[i].start >= 2, b[tokens[i].start + 1] >= 65, b[tokens[i].start + 1] <= 90 {
            let form = Self.bareWord(tokens[i], in: b)
            if Self.isAllCaps(form), isInitialsOfNamedOrganisation(form) { return false }
        }
        return knowledge.curated.lookup(word) == nil
    }
}

import Foundation
