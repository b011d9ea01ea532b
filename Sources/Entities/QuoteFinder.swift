// Finds direct quotations and their speakers: "…," she said; Name said: "…"; "…" — Name; quotes
// that run across paragraphs. A speaker the text does not name is left out, not guessed.

struct QuoteFinder {
    /// Words that open a contrasting clause after a quotation (", while the party said …"), with a speaker of its own.
    private static let contrastWordList: [StaticString] = ["while", "whereas", "but", "although"]
    static let contrastWords = Set(contrastWordList.map { $0.description })
    /// Words after which a speech verb says where or when, not who: "he said in Nairobi", "she said at the summit".
    /// (Compared on bytes: they are asked of every word after a verb.)
    static func isSettingWord(_ t: Token, _ b: [UInt8]) -> Bool {
        t.kind == .word && t.end - t.start <= 7 && settingWords.contains { Tokenizer.isWord(t, $0, in: b) }
    }
    private static let settingWords: [StaticString] = ["in", "at", "from", "during", "after", "before", "outside", "inside", "near", "via"]

    /// A word of `contrastWords`, compared on bytes (asked of every word before a speech verb).
    static func isContrastWord(_ t: Token, _ b: [UInt8]) -> Bool {
        contrastWordList.contains { Tokenizer.isWord(t, $0, in: b) }
    }
    /// Words before whom a quotation was said to or where ("she told the BBC", "he wrote on X").
    static let listenerWords: Set<String> = ["told", "tells", "telling", "to", "on", "with"]

    struct Block {
        var bytes: [UInt8]
        var tokens: [Token]
        var kind: TextBlock.Kind
    }

    /// The quotations of `blocks`, with speakers from `table`. `knowledge` lets "the Italian said" refer
    /// back to the last person named, and "she said" to the last one not named as a man.
    static func find(in blocks: [Block], table: EntityTable, knowledge: Knowledge = Knowledge()) -> [Quote] {
        let demonyms = knowledge.demonyms
        let sorted = table.mentions.sorted { ($0.block, $0.start) < ($1.block, $1.start) }
        // Mentions by block, so that every lookup stays inside one paragraph (big documents stay linear):
        // each block's mentions are a run of the sorted ones.
        var runs = [Range<Int>](repeating: 0..<0, count: blocks.count)
        var first = 0
        while first < sorted.count {
            var end = first + 1
            while end < sorted.count && sorted[end].block == sorted[first].block { end += 1 }
            if sorted[first].block < runs.count { runs[sorted[first].block] = first..<end }
            first = end
        }
        let people = sorted.filter { $0.kind == .person }
        let organizations = sorted.filter { $0.kind == .organization }
        // People named inside a "who" clause are not what "he said" or "the Russian said" means next:
        // in "Medvedev, who lost the 2022 final to Rafael Nadal, said …", Medvedev is.
        // Worked out for a block only when a reference needs it.
        var clauses: [Int: [Range<Int>]] = [:]
        func isDescribing(_ m: Mention) -> Bool {
            if clauses[m.block] == nil { clauses[m.block] = Self.whoClauses(in: blocks[m.block]) }
            return clauses[m.block]!.contains { $0.contains(m.start) }
        }
        func isSpeaker(_ m: Mention) -> Bool {
            m.kind == .person || m.kind == .organization
        }
        // The last person quoted, and where the quotation closed: "“…,” he added" after it, with nobody
        // named between, is that person again (not someone the sentence before named in passing).
        var lastQuoted: (block: Int, end: Int, speaker: String)?
        /// Whether a mention opens its sentence, after any titles: the subject, whom a pronoun in the next sentence
        /// most likely means ("Takaichi, 64, … beat Shinjiro Koizumi … “…,” she told party members").
        func opensSentence(_ m: Mention) -> Bool {
            let tokens = blocks[m.block].tokens, b = blocks[m.block].bytes
            func isRole(_ i: Int) -> Bool { tokens[i].kind == .word && WordLists.classes(of: tokens[i], in: b).contains(.role) }
            func endsSentence(_ i: Int) -> Bool { Self.endsSentence(at: i, tokens, b) }
            let low = Self.firstToken(in: tokens, startingAtLeast: m.start)
            var k = low
            // (Titles, a lower-case job among them: "Pacers coach Rick Carlisle said".)
            while k > 0, low - k < 3, tokens[k - 1].kind == .word, !tokens[k - 1].sentenceStart, tokens[k - 1].capitalized || isRole(k - 1) { k -= 1 }
            if k > 0, tokens[k - 1].kind == .word, tokens[k - 1].sentenceStart, tokens[k - 1].capitalized { k -= 1 }
            guard k > 0 else { return true }
            if endsSentence(k - 1) { return true }
            // "The museum's director, Laurence des Cars, told senators": named in apposition to a job that opens the sentence.
            guard tokens[k - 1].isComma else { return false }
            var j = k - 2
            while j >= 0, k - 2 - j < 6, !endsSentence(j), !tokens[j].isComma { j -= 1 }
            guard j < 0 || endsSentence(j) else { return false }
            return (j + 1..<k - 1).contains(where: isRole)
        }
        /// Of the people named in a paragraph (latest first), the one "he" or "she" means: the latest whose
        /// given name is of that sex, or who opens a sentence and is not known as the other; failing both, the
        /// latest not known as the other sex.
        ///
        /// The subject of a sentence comes before anyone it names after it: "Pacers coach Rick Carlisle said his team
        /// had been “devastated” by Haliburton's injury. “…,” he said."
        func bestOfSex(_ mentions: some Sequence<Mention>, sex: NameClass) -> String? {
            let opposite: NameClass = sex == .female ? .male : .female
            let mentions = Array(mentions)
            var fallback: String?
            for (i, m) in mentions.enumerated() {
                guard let name = table.records[m.key]?.name else { continue }
                let known = knowledge.sex(ofPerson: name)
                if known.contains(opposite) { continue }
                if opensSentence(m) { return name }
                if known.contains(sex) {
                    for earlier in mentions[(i + 1)...] {
                        guard earlier.block == m.block, isInSentence(earlier, endingAt: m) else { break }
                        if opensSentence(earlier), let subject = table.records[earlier.key]?.name,
                           !knowledge.sex(ofPerson: subject).contains(opposite) { return subject }
                    }
                    return name
                }
                if fallback == nil { fallback = name }
            }
            return fallback
        }
        /// Whether no sentence ends between mention `earlier` and mention `m` of the same block.
        func isInSentence(_ earlier: Mention, endingAt m: Mention) -> Bool {
            // (From the first token after `earlier`, found by halving: a paragraph may be a whole long document.)
            let tokens = blocks[m.block].tokens
            var k = Self.firstToken(in: tokens, startingAtLeast: earlier.end)
            while k < tokens.count && tokens[k].start < m.start {
                if tokens[k].endsSentence { return false }
                k += 1
            }
            return true
        }
        /// Who a reference before a position means: the last person named ("he said"), the last one the
        /// text gave that title ("the chancellor said"), the last organisation ("the company said").
        func last(_ reference: Reference, before block: Int, _ offset: Int) -> String? {
            let mentions: [Mention]
            switch reference {
            case .organization: mentions = organizations
            case .person: mentions = people
            }
            var low = 0, high = mentions.count
            while low < high {
                let mid = (low + high) / 2
                if (mentions[mid].block, mentions[mid].start) < (block, offset) { low = mid + 1 } else { high = mid }
            }
            // Looking back a bounded way: a reference means someone named recently, and a long
            // document full of quotations must stay linear.
            let recent = mentions[max(0, low - 200)..<low].reversed()
            switch reference {
            case .organization(let noun):
                // "Apple said it would appeal to the General Court. … the company said": of the organisations
                // named in this paragraph and the one before, the one the story is most about, the latest on a tie.
                // "…," the fund said: one whose name says it is a fund comes first ("Hipgnosis Songs Fund", not its buyer).
                // (An organisation named earlier in the quotation's own paragraph comes before those of the one before:
                // "Nippon Steel said the decision was political. “…,” the company said.")
                guard low > 0 else { return nil }
                var best = mentions[low - 1].key, most = table.records[best]?.mentions ?? 0
                var named: EntityKey?
                // ("Shell said it had no intention of bidding for BP … “…,” the company said": the one that spoke.)
                var spoke: EntityKey?
                let sameParagraph = mentions[low - 1].block == block
                // (Latest first: the paragraphs before those end the search.)
                for m in recent {
                    if m.block < (sameParagraph ? block : block - 1) { break }
                    if named == nil, let noun, let name = table.records[m.key]?.name, Self.isCalled(name, noun) { named = m.key }
                    if spoke == nil, Self.isFollowedBySpeechVerb(m, in: blocks[m.block].bytes) { spoke = m.key }
                    let count = table.records[m.key]?.mentions ?? 0
                    if count > most { (best, most) = (m.key, count) }
                }
                return table.records[named ?? spoke ?? best]?.name
            case .person(role: nil, sex: nil, _):
                guard low > 0 else { return nil }
                return table.records[(recent.first { !isDescribing($0) } ?? mentions[low - 1]).key]?.name
            case .person(role: nil, let sex?, _):
                // "she said": the last person whose given name is not a man's (and "he" the reverse).
                let opposite: NameClass = sex == .female ? .male : .female
                if let quoted = lastQuoted, quoted.block >= block - 1, !knowledge.sex(ofPerson: quoted.speaker).contains(opposite),
                   recent.first.map({ ($0.block, $0.start) < (quoted.block, quoted.end) }) ?? true {
                    return quoted.speaker
                }
                func firstOfSex(_ mentions: some Sequence<Mention>) -> String? {
                    mentions.lazy.compactMap { table.records[$0.key]?.name }.first { !knowledge.sex(ofPerson: $0).contains(opposite) }
                }
                let here = recent.prefix { $0.block == block }
                if let found = bestOfSex(here.lazy.filter { !isDescribing($0) }, sex: sex) { return found }
                // The given-name lists are a guess at sex ("Krishna", "Kelly" and "Raila" are women's names in
                // them): the one person named in the quotation's paragraph speaks before anyone named earlier,
                // unless a title said the other sex ("Ms Silva … he said").
                let titles = sex == .female ? WordLists.maleTitles : WordLists.femaleTitles
                if let m = here.first, here.allSatisfy({ $0.key == m.key }), table.roles[m.key]?.isDisjoint(with: titles) ?? true {
                    return table.records[m.key]?.name
                }
                return firstOfSex(recent.lazy.filter { !isDescribing($0) }) ?? firstOfSex(recent)
            case .person(let role?, _, let affiliated):
                if let holder = recent.first(where: { table.roles[$0.key]?.contains(role) == true }) { return table.records[holder.key]?.name }
                // "Opposition leader Mark Weston said … “…,” the Conservative councillor said": no one was called a
                // councillor, but a description with a party or a nation is of someone named, the one person the
                // paragraph names. (Not "the judge said" with only the defendant named: that judge is new.)
                guard affiliated, let m = recent.first, m.block == block else { return nil }
                return recent.prefix(while: { $0.block == block }).allSatisfy({ $0.key == m.key }) ? table.records[m.key]?.name : nil
            }
        }

        var quotes: [Quote] = []
        var carried: (text: String, block: Int, speaker: String?)?
        for (index, block) in blocks.enumerated() {
            let tokens = block.tokens, b = block.bytes
            func lower(_ i: Int) -> String {
                i >= 0 && i < tokens.count && tokens[i].kind == .word ? Recognizer.lowercase(b[tokens[i].start..<tokens[i].end]) : ""
            }
            func isSentenceEnd(_ i: Int) -> Bool { Self.endsSentence(at: i, tokens, b) }
            // A "— Name, title" line under a block quotation names the previous quote's speaker.
            let mentions = sorted[runs[index]]
            if let first = tokens.first, first.kind == .punctuation, first.mark == Tokenizer.emDash || first.mark == Tokenizer.enDash,
               let quoteIndex = quotes.indices.last, quotes[quoteIndex].speaker == nil, quotes[quoteIndex].block >= index - 1 {
                if let m = mentions.first(where: isSpeaker) { quotes[quoteIndex].speaker = table.records[m.key]!.name }
                continue
            }
            var open: Int? = carried == nil ? nil : -1
            var lastClose = 0, lastCloseIndex = -1
            // British copy quotes with single marks (‘…,’ said Name) when a paragraph has no double ones.
            let single = Self.quotesWithSingleMarks(tokens)
            func isQuoteMark(_ t: Token) -> Bool {
                t.kind == .punctuation && (single ? t.mark == Tokenizer.openSingle || t.mark == 39 : t.mark == Tokenizer.openDouble || t.mark == 34)
            }
            var i = 0
            while i < tokens.count {
                let t = tokens[i]
                guard t.kind == .punctuation else { i += 1; continue }
                let isOpening: Bool, isClosing: Bool
                if single {
                    // An apostrophe closes only after the quotation's own punctuation or before what follows a
                    // quotation: not the plural possessive of "the workers’ union".
                    isOpening = open == nil && (t.mark == Tokenizer.openSingle || t.mark == 39) && i + 1 < tokens.count && tokens[i + 1].kind == .word
                    isClosing = open != nil && (t.mark == Tokenizer.closeSingle || t.mark == 39) && Self.closesSingleQuote(at: i, tokens, lower: lower)
                } else {
                    isOpening = t.mark == Tokenizer.openDouble || (t.mark == 34 && open == nil)
                    isClosing = t.mark == Tokenizer.closeDouble || (t.mark == 34 && open != nil)
                }
                if isOpening && open == nil {
                    open = i
                } else if isClosing, let start = open {
                    // A continued quotation's paragraph opens with its own quotation mark.
                    let leading = tokens.first.map { isQuoteMark($0) && t.start != $0.start } ?? false
                    let textStart = start >= 0 ? tokens[start].end : (leading ? tokens[0].end : 0)
                    let piece = Self.trimmed(b[textStart..<t.start])
                    var text = piece
                    if let previous = carried { text = previous.text + " " + piece }
                    // Scare quotes of one or two words are not quotations.
                    // ("“It hurts,” Allen said.": a short quotation that a speech verb follows is one too.)
                    let full = Recognizer.hasWords(text, atLeast: 3)
                    let short = !full && i > 0 && i + 2 < tokens.count && tokens[i - 1].kind == .punctuation && [44, 33, 63].contains(tokens[i - 1].mark)
                        && (WordLists.speechVerbs.contains(lower(i + 1)) || WordLists.speechVerbs.contains(lower(i + 2)))
                    if (full || short) && !Self.isTitle(text) {
                        var speaker = attribute(after: i, before: start, in: index, tokens: tokens, bytes: b, lower: lower, isSentenceEnd: isSentenceEnd,
                                                mentions: mentions, table: table, isSpeaker: isSpeaker, demonyms: demonyms, last: last)
                        if speaker == nil { speaker = carried?.speaker }
                        // A second quotation in the sentence after an attributed one continues it when it opens
                        // that sentence, or the sentence refers back to a person ("The prime minister, speaking in
                        // Downing Street, added: …"), and no other person is named between (the speaker's club or
                        // employer may be: "said Tomas Reyes, the Arsenal manager."), unless in the sentence that
                        // attributed it, and speaking in none ("McIlroy said, after he was helped into the green jacket
                        // by Scottie Scheffler."). Not "Critics called it …".
                        func continuesSentenceAfter() -> Bool {
                            guard start > 0, ((lastCloseIndex + 1)..<max(lastCloseIndex + 1, start)).lazy.filter(isSentenceEnd).count <= 1 else { return false }
                            if isSentenceEnd(start - 1) { return true }
                            var sentenceStart = start - 1
                            while sentenceStart >= 0 && !isSentenceEnd(sentenceStart) { sentenceStart -= 1 }
                            if case .person? = Self.reference(in: (sentenceStart + 1)..<start, tokens: tokens, lower: lower, demonyms: demonyms) { return true }
                            return false
                        }
                        if speaker == nil, let previous = quotes.last, previous.block == index, let who = previous.speaker, continuesSentenceAfter() {
                            let attributionEnd = ((lastCloseIndex + 1)..<max(lastCloseIndex + 1, start)).first(where: isSentenceEnd).map { tokens[$0].start } ?? lastClose
                            if !Self.mentions(mentions, from: lastClose + 1, to: tokens[max(start, 0)].start).contains(where: { $0.kind == .person
                                && table.records[$0.key]!.name != who && ($0.start > attributionEnd || Self.isFollowedBySpeechVerb($0, in: b)) }) {
                                speaker = who
                            }
                        }
                        quotes.append(Quote(text: text, speaker: speaker, block: carried?.block ?? index))
                        if let speaker, table.isPerson(speaker) { lastQuoted = (index, t.end, speaker) }
                        lastClose = t.end
                        lastCloseIndex = i
                    }
                    carried = nil
                    open = nil
                }
                i += 1
            }
            if let start = open {
                // The quotation goes on in the next paragraph.
                let leading = start < 0 && (tokens.first.map(isQuoteMark) ?? false)
                let textStart = start >= 0 ? tokens[start].end : (leading ? tokens[0].end : 0)
                let piece = Self.trimmed(b[textStart...])
                let speaker = start >= 0 ? attribute(after: nil, before: start, in: index, tokens: tokens, bytes: b, lower: lower, isSentenceEnd: isSentenceEnd,
                                                     mentions: mentions, table: table, isSpeaker: isSpeaker, demonyms: demonyms, last: last) : carried?.speaker
                carried = ((carried.map { $0.text + " " } ?? "") + piece, carried?.block ?? index, speaker)
            }
        }
        return quotes
    }

    /// Whether token `i` ends a sentence. ("Altura Airlines Co. said …": an abbreviation's full stop does not.)
    static func endsSentence(at i: Int, _ tokens: [Token], _ b: [UInt8]) -> Bool {
        tokens[i].endsSentence && !(tokens[i].mark == 46 && i > 0 && Tokenizer.isAbbreviation(tokens[i - 1], in: b))
    }

    /// The index of the first token that starts at `offset` or after, found by halving.
    static func firstToken(in tokens: [Token], startingAtLeast offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The mentions of a block (sorted by where they start) that start in `from..<to`, found by halving: a paragraph
    /// may be a whole long document, and looking at each of its mentions for every quotation was quadratic.
    static func mentions(_ mentions: ArraySlice<Mention>, from: Int, to: Int) -> ArraySlice<Mention> {
        func firstIndex(startingAtLeast offset: Int) -> Int {
            var low = mentions.startIndex, high = mentions.endIndex
            while low < high {
                let mid = (low + high) / 2
                if mentions[mid].start < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let lower = firstIndex(startingAtLeast: from)
        return mentions[lower..<max(lower, firstIndex(startingAtLeast: to))]
    }

    /// Whether the word after mention `m` is a speech verb: "Shell said …", "Apple says …".
    static func isFollowedBySpeechVerb(_ m: Mention, in b: [UInt8]) -> Bool {
        var i = m.end
        while i < b.count && b[i] == 32 { i += 1 }
        var j = i
        while j < b.count && j - i < 12 && b[j] >= 97 && b[j] <= 122 { j += 1 }
        guard j > i, j == b.count || !(b[j] >= 97 && b[j] <= 122) else { return false }
        return WordLists.speechVerbs.contains(String(decoding: b[i..<j], as: UTF8.self))
    }

    /// Whether a paragraph quotes with single marks: an opening one, and no double marks at all.
    static func quotesWithSingleMarks(_ tokens: [Token]) -> Bool {
        var opening = false
        for (i, t) in tokens.enumerated() where t.kind == .punctuation {
            if t.mark == Tokenizer.openDouble || t.mark == Tokenizer.closeDouble || t.mark == 34 { return false }
            // (Typed without smart punctuation, an opening mark is an apostrophe before a capital and after no word.)
            if t.mark == Tokenizer.openSingle || t.mark == 39 && i + 1 < tokens.count && tokens[i + 1].capitalized
                && (i == 0 || tokens[i - 1].kind == .punctuation) { opening = true }
        }
        return opening
    }

    /// Whether the single mark at `i` ends a quotation: after its closing punctuation (‘…,’ ‘…?’), or
    /// before punctuation, a speech verb or the paragraph's end (‘a disgrace’. ‘…’ said).
    static func closesSingleQuote(at i: Int, _ tokens: [Token], lower: (Int) -> String) -> Bool {
        if i > 0, tokens[i - 1].kind == .punctuation, [44, 46, 33, 63].contains(tokens[i - 1].mark) { return true }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        if next.kind == .punctuation { return [44, 46, 59, 58, 41, 33, 63].contains(next.mark) || next.mark == Tokenizer.emDash }
        return WordLists.speechVerbs.contains(lower(i + 1))
    }

    /// The byte ranges of a block's "who" clauses: from ", who" or ", whose" to the next comma or
    /// sentence end.
    static func whoClauses(in block: Block) -> [Range<Int>] {
        let tokens = block.tokens
        var ranges: [Range<Int>] = []
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard tokens[k].isComma, tokens[k + 1].kind == .word else { continue }
            let word = block.bytes[tokens[k + 1].start..<tokens[k + 1].end]
            guard word.elementsEqual("who".utf8) || word.elementsEqual("whose".utf8) else { continue }
            var end = k + 2
            while end < tokens.count && !tokens[end].endsSentence && !tokens[end].isComma { end += 1 }
            ranges.append(tokens[k].start..<(end < tokens.count ? tokens[end].start : block.bytes.count))
            k = end - 1
        }
        return ranges
    }

    /// A work's title in quotation marks ("The Long Winter", "Make It Right"), not a quotation:
    /// every word capitalised but the small ones.
    /// Read on bytes word by word, stopping at the first word in lower case: most quotations stop at once.
    static func isTitle(_ text: String) -> Bool {
        // Read on the bytes: walking String indices cost a thousand instructions a quotation.
        var text = text
        return text.withUTF8 { b in
            var count = 0, lastCapitalised = false
            var wordStart: Int?
            func finish(_ end: Int) -> Bool {
                guard let start = wordStart else { return true }
                wordStart = nil
                count += 1
                let c = b[start]
                let word = UnsafeBufferPointer(rebasing: b[start..<end])
                lastCapitalised = c < 0x80 ? (c >= 65 && c <= 90 || c >= 48 && c <= 57) : String(decoding: word, as: UTF8.self).first?.isUppercase == true
                return count <= 10 && (lastCapitalised || count > 1 && WordLists.connectors.contains(String(decoding: word, as: UTF8.self)))
            }
            for i in 0..<b.count {
                if b[i] == 32 {
                    if !finish(i) { return false }
                } else if wordStart == nil {
                    wordStart = i
                }
            }
            return finish(b.count) && count > 0 && lastCapitalised
        }
    }

    /// The quotation without surrounding spaces or the comma that hands over to "she said".
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while let first = slice.first, first == 32 || first == 10 { slice = slice.dropFirst() }
        while let last = slice.last, last == 32 || last == 10 || last == 44 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    /// Words that stand for someone named earlier: "he", "the Italian", "the 45-year-old" (a person);
    /// "the prime minister" (the person given that title); "it", "the company" (an organisation).
    enum Reference: Equatable {
        /// `sex`: what "he" or "she" says of the speaker. `affiliated`: a name-like word describes the role
        /// ("the Conservative councillor"), so someone named already is meant even if no one was given the role.
        case person(role: String?, sex: NameClass? = nil, affiliated: Bool = false)
        /// `noun`: what "the company", "the fund" calls it (nil for "it").
        case organization(noun: String?)
    }

    /// Whether an organisation's name ends with the word a reference calls it by, or one of its kind:
    /// "the fund" for "Hipgnosis Songs Fund", "the group" for "Semiconductor Industry Association".
    static func isCalled(_ name: String, _ noun: String) -> Bool {
        let last = lastWord(of: name)
        return last == noun || (namesOfKind[noun]?.contains(last) ?? false)
    }

    /// The last words of names that a reference by kind may stand for.
    static let namesOfKind: [String: Set<String>] = [
        "group": ["association", "federation", "council", "alliance", "coalition", "institute", "foundation", "confederation", "forum"],
        "union": ["workers", "federation", "association"],
        "bank": ["bancorp"],
        "regulator": ["commission", "authority", "agency", "board", "ofcom", "ofgem", "ofwat"],
        "agency": ["administration", "service", "commission", "authority"],
    ]

    /// The last word of a name, in lower case ("fund" for "Hipgnosis Songs Fund").
    static func lastWord(of name: String) -> String {
        String(name[(name.lastIndex(of: " ").map { name.index(after: $0) } ?? name.startIndex)...]).lowercased()
    }

    /// The reference that the words `range` of a sentence make, if any.
    static func reference(in range: Range<Int>, tokens: [Token], lower: (Int) -> String, demonyms: Set<String>) -> Reference? {
        for i in range where tokens[i].kind == .word {
            let word = lower(i)
            if word == "he" { return .person(role: nil, sex: .male) }
            if word == "she" { return .person(role: nil, sex: .female) }
            if word == "it" { return .organization(noun: nil) }
            guard word == "the" else { continue }
            // "the company", "the 45-year-old prime minister", "the Italian", "the Cupertino, California-based
            // company": a few tokens on.
            for k in (i + 1)..<min(range.upperBound, i + 6) where tokens[k].kind == .word {
                let next = lower(k)
                if WordLists.organizationNouns.contains(next) && !WordLists.roleWords.contains(next) { return .organization(noun: next) }
                if WordLists.roleWords.contains(next) || WordLists.honorifics.contains(next) {
                    return .person(role: next, affiliated: ((i + 1)..<k).contains { tokens[$0].capitalized })
                }
                // ("36-year-old" is a number and the word "year-old".)
                if next.hasSuffix("year-old") { return .person(role: nil) }
                // ("the Dane said": a nation's noun as well as its adjective.)
                if tokens[k].capitalized {
                    let nation = next.prefix(1).uppercased() + next.dropFirst()
                    if demonyms.contains(nation) || WordLists.nationalityNouns.contains(nation) { return .person(role: nil) }
                }
            }
        }
        return nil
    }

    /// The speaker named around a quotation: after it ("…," said Name / Name said / he said) or
    /// before it (Name said: "…" / According to Name, "…"), or referred to ("…," the company said).
    static func attribute(after close: Int?, before open: Int, in block: Int, tokens: [Token], bytes b: [UInt8], lower: (Int) -> String,
                          isSentenceEnd: (Int) -> Bool, mentions: ArraySlice<Mention>, table: EntityTable,
                          isSpeaker: (Mention) -> Bool, demonyms: Set<String>, last: (Reference, Int, Int) -> String?) -> String? {
        // After a quotation that ends its sentence ("…category." In a statement, …) a new sentence
        // begins: what it names is not the speaker.
        let endsSentence = close.map { $0 > 0 && isSentenceEnd($0 - 1) && $0 + 1 < tokens.count && tokens[$0 + 1].capitalized } ?? false
        /// The nearest speech verb before the quotation, in its sentence.
        func speechVerbBefore() -> Int? {
            var k = open - 1
            while k >= 0 && !isSentenceEnd(k) && open - k < 40 {
                if WordLists.speechVerbs.contains(lower(k)) { return k }
                k -= 1
            }
            return nil
        }
        if let close, !endsSentence {
            var end = close + 1
            var verb = false
            var verbIndex: Int?
            // Who is told ("…," she told the BBC) is the listener, not the speaker.
            var listeners: [Int] = []
            while end < tokens.count && !isSentenceEnd(end) && end - close < 16 {
                if tokens[end].kind == .punctuation && (tokens[end].mark == 34 || tokens[end].mark == Tokenizer.openDouble || tokens[end].mark == Tokenizer.openSingle) { break }
                let classes = WordLists.classes(of: tokens[end], in: b)
                // ", while the People Power Party said …": a new clause, with a speaker of its own.
                if classes.contains(.contrastWord) { break }
                if classes.contains(.speechVerb) {
                    verb = true
                    if verbIndex == nil { verbIndex = end }
                }
                // …nor is where it was said ("he wrote on X", "he told the BBC's Today programme", "he said in
                // an interview with Reuters").
                if classes.contains(.listenerWord), end + 1 < tokens.count {
                    listeners.append(tokens[end + 1].start)
                    if Tokenizer.isWord(at: end + 1, "the", in: tokens, b), end + 2 < tokens.count { listeners.append(tokens[end + 2].start) }
                }
                end += 1
            }
            // "Xi said China was ready to “open its doors wider”, according to Xinhua": who said it is
            // named before the quotation; "according to" names where the report came from.
            if verb, let verbIndex, Tokenizer.isWord(at: verbIndex, "according", in: tokens, b), speechVerbBefore() != nil { verb = false }
            // "Zelensky called it “…” in his address and praised SBU head Vasyl Maliuk": a verb joined by "and" has the
            // sentence's subject, named before the quotation; whom it names is its object.
            if verb, let verbIndex, verbIndex > close + 1, open >= 0, Tokenizer.isWord(at: verbIndex - 1, "and", in: tokens, b),
               let firstPerson = mentions.first(where: { $0.kind == .person }), firstPerson.start < tokens[open].start {
                verb = false
            }
            if verb {
                // "…," he said in a televised address from State House: after the verb, what follows a word
                // of place or time is where or when it was said, not who said it.
                var setting = end
                if let verbIndex {
                    setting = verbIndex + 1
                    while setting < end && !Self.isSettingWord(tokens[setting], b) { setting += 1 }
                }
                let from = tokens[close].end, to = setting < tokens.count ? tokens[setting].start : Int.max
                let named = Self.mentions(mentions, from: from, to: to).filter(isSpeaker)
                let speakers = named.filter { !listeners.contains($0.start) }
                // "…," Arsenal manager Mikel Arteta said: a person, when one is named, rather than the
                // organisation that introduces them.
                // "…," admitted Otieno's deputy, Ruth Wambui: not the one whose deputy speaks.
                let people = speakers.filter { $0.kind == .person }
                let owner = people.count >= 2 && Recognizer.possessiveLength(b, from: people[0].start, to: people[0].end) > 0
                if let m = (owner ? people[1] : people.first) ?? speakers.first {
                    return table.records[m.key]!.name
                }
                if let reference = reference(in: (close + 1)..<end, tokens: tokens, lower: lower, demonyms: demonyms) {
                    // Named before the quotation, not inside it: in "“…the Commission's failure…,” the company
                    // said", the company is not the Commission.
                    return last(reference, block, open >= 0 ? tokens[open].start : 0)
                }
                if let m = named.first { return table.records[m.key]!.name }
            }
        }
        guard open > 0 else { return nil }
        let verbAt = speechVerbBefore()
        var start = (verbAt ?? open) - 1
        // Earlier quotations of the sentence, the latest first: "“We will appeal to the Court of Justice…,” the company
        // said, adding that its offer was “…”": who is named inside one is not the one who speaks after it.
        var quoted: [Range<Int>] = []
        func isDoubleMark(_ k: Int) -> Bool {
            tokens[k].kind == .punctuation && (tokens[k].mark == 34 || tokens[k].mark == Tokenizer.openDouble || tokens[k].mark == Tokenizer.closeDouble)
        }
        while start >= 0 && !isSentenceEnd(start) && open - start < 40 {
            // "Von der Leyen welcomed it, while France's minister, Clara Chappaz, said …": the clause
            // of the verb has a speaker of its own.
            if verbAt != nil && Self.isContrastWord(tokens[start], b) { break }
            if isDoubleMark(start) {
                // (A quotation that ends with its sentence's full stop ends the sentence before this one.)
                guard start == 0 || !isSentenceEnd(start - 1), let opening = (0..<start).last(where: isDoubleMark) else { break }
                quoted.append(opening..<(start + 1))
                start = opening
            }
            start -= 1
        }
        let colon = open > 0 && tokens[open - 1].kind == .punctuation && (tokens[open - 1].mark == 58 || tokens[open - 1].mark == 44)
        guard verbAt != nil || colon else { return nil }
        let from = start >= 0 ? tokens[start].end : 0, to = tokens[open].start
        let candidates = Self.mentions(mentions, from: from, to: to).filter { m in
            isSpeaker(m) && !quoted.contains { tokens[$0.lowerBound].start <= m.start && m.start < tokens[$0.upperBound - 1].end }
        }
        // "Name told the BBC: …": the speaker is the one before the verb, not its object; a person
        // before one named in a clause ("Name, who leads Reform UK, called it …").
        if let verbAt {
            // "…seen by the Financial Times, he said he was “…”": the pronoun before the verb is the subject.
            if verbAt > 0, let reference = reference(in: (verbAt - 1)..<verbAt, tokens: tokens, lower: lower, demonyms: demonyms),
               case .person = reference {
                return last(reference, block, tokens[open].start)
            }
            let subjects = candidates.filter { $0.start < tokens[verbAt].start }
            // "Richard Teng, who replaced Zhao as chief executive, said …": the one the clause is about.
            let described = subjects.last { m in
                guard let k = (max(start, 0)..<verbAt).first(where: { tokens[$0].start >= m.end }) else { return false }
                return m.kind == .person && tokens[k].isComma && ["who", "whose"].contains(lower(k + 1))
            }
            // "Lecornu, 39, a close ally of Macron, said …": the person who opens the sentence, when what
            // follows the name is set off by commas up to the verb.
            let opening = subjects.first.flatMap { m -> Mention? in
                guard m.kind == .person, verbAt > 0, tokens[verbAt - 1].isComma, m.start == tokens[start + 1].start,
                      let k = (start + 1..<verbAt).first(where: { tokens[$0].start >= m.end }), tokens[k].isComma, k < verbAt - 1 else { return nil }
                return m
            }
            if let subject = described ?? opening ?? subjects.last(where: { $0.kind == .person }) ?? subjects.last {
                return table.records[subject.key]!.name
            }
        }
        // "Name, a Dutch engineer working for the agency, was cautious: …": with no verb, the person the sentence is about.
        if verbAt == nil, let subject = candidates.first(where: { $0.kind == .person }) { return table.records[subject.key]!.name }
        if let m = candidates.last { return table.records[m.key]!.name }
        // "The prime minister, speaking in Downing Street, added: …"; after an earlier quotation, the words since it
        // ("…,” the company said, adding …"), then those before it ("He called the plan “dead” and added: …").
        if let verbAt, let reference = reference(in: (quoted.first?.upperBound ?? start + 1)..<verbAt, tokens: tokens, lower: lower, demonyms: demonyms)
            ?? quoted.last.flatMap({ Self.reference(in: (start + 1)..<$0.lowerBound, tokens: tokens, lower: lower, demonyms: demonyms) }) {
            return last(reference, block, tokens[open].start)
        }
        return nil
    }
}

import Foundation
