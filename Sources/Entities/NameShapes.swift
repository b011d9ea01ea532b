// The shape of a name on its bytes: words, possessives, particles, surnames and brands written with capitals inside.

extension Recognizer {
    /// The space-separated words of a name. Splits on UTF-8 bytes: `split(separator: " ")` walks
    /// grapheme clusters, and was a twentieth of extraction time.
    static func words(_ text: String) -> [Substring] {
        // The spaces are found on the bytes, then each word cut by offsets: walking String indices
        // byte by byte cost two thousand instructions a name.
        var copy = text
        let utf8 = text.utf8
        return copy.withUTF8 { bytes -> [Substring] in
            var words: [Substring] = []
            words.reserveCapacity(4)
            func cut(_ from: Int, _ to: Int) {
                words.append(text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
            }
            var start = 0
            for (i, c) in bytes.enumerated() where c == 32 {
                if i > start { cut(start, i) }
                start = i + 1
            }
            if start < bytes.count { cut(start, bytes.count) }
            return words
        }
    }

    /// Whether `text` has a space, asked on its bytes.
    static func hasSpace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(32) }
    }

    /// Whether `text` has at least `count` space-separated words, counted without making them.
    static func hasWords(_ text: String, atLeast count: Int) -> Bool {
        var found = 0, inWord = false
        for byte in text.utf8 {
            if byte == 32 { inWord = false } else if !inWord {
                inWord = true
                found += 1
                if found >= count { return true }
            }
        }
        return false
    }

    /// Whether any character is a letter; ASCII answers without walking grapheme clusters.
    static func hasLetter(_ text: String) -> Bool {
        if text.utf8.contains(where: { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }) { return true }
        return text.utf8.contains(where: { $0 >= 0x80 }) && text.contains(where: \.isLetter)
    }

    /// Where a name's bytes end without its possessive ("Meta's", "Meta’s") and, with `apostrophe`,
    /// a trailing apostrophe ("the Joneses'"); and whether it had the possessive. Bytes, not
    /// `hasSuffix`: String's suffix test walks grapheme clusters and was a twentieth of extraction.
    static func nameEnd(_ b: [UInt8], from start: Int, to end: Int, apostrophe: Bool = false) -> (end: Int, possessive: Bool) {
        var stop = end, possessive = false
        // 's first, then ’s, as the names were read before.
        for length in [2, 4] where possessiveLength(b, from: start, to: stop) == length {
            stop -= length
            possessive = true
        }
        if apostrophe { stop -= apostropheLength(b, from: start, to: stop) }
        return (stop, possessive)
    }

    /// The bytes of an apostrophe ending at `end`: 1 for ', 3 for ’, 0 for none.
    static func apostropheLength(_ b: [UInt8], from start: Int, to end: Int) -> Int {
        if end - start >= 1, b[end - 1] == 0x27 { return 1 }
        if end - start >= 3, b[end - 1] == 0x99, b[end - 2] == 0x80, b[end - 3] == 0xE2 { return 3 }
        return 0
    }

    /// The bytes of a possessive ending at `end`: 2 for 's, 4 for ’s, 0 for none.
    static func possessiveLength(_ b: [UInt8], from start: Int, to end: Int) -> Int {
        guard end - start >= 2, b[end - 1] == 0x73 else { return 0 }
        let apostrophe = apostropheLength(b, from: start, to: end - 1)
        return apostrophe > 0 ? apostrophe + 1 : 0
    }

    /// "ECB", "U.N.": capital letters (and full stops), at least two letters.
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for byte in text.utf8 {
            if byte >= 65 && byte <= 90 { letters += 1 } else if byte != 46 { return false }
        }
        return letters >= 2
    }

    /// "M&S", "AT&T": capital letters around an "&".
    static func isInitialsWithAmpersand(_ text: String) -> Bool {
        var letters = 0, ampersands = 0
        for byte in text.utf8 {
            if byte >= 65 && byte <= 90 { letters += 1 } else if byte == 38 { ampersands += 1 } else { return false }
        }
        return letters >= 2 && ampersands == 1
    }

    /// A city or a country, not a region or sea ("Pacific Palisades" is a place, "Manchester City" a club).
    static func isCityOrCountry(_ name: String, _ knowledge: Knowledge) -> Bool {
        !knowledge.classes(of: name).isDisjoint(with: [.city, .country])
    }

    /// Whether token `i` is a comma.
    static func isFollowedByComma(_ i: Int, _ tokens: [Token]) -> Bool {
        i < tokens.count && tokens[i].isComma
    }

    /// A surname joined to its particle: "al-Sabah", "el-Sisi", "ul-Haq".
    static func isJoinedParticle(_ b: [UInt8], _ t: Token) -> Bool {
        guard t.end - t.start >= 5, b[t.start + 2] == 0x2D, b[t.start + 3] >= 65, b[t.start + 3] <= 90 else { return false }
        let (p, q) = (b[t.start], b[t.start + 1])
        return (p == 97 || p == 101 || p == 117) && q == 108      // al, el, ul
    }

    /// A hyphenated word whose last part is in lower case: "Paris-based".
    static func hasLowercaseTail(_ b: [UInt8], _ t: Token) -> Bool {
        guard let dash = b[t.start..<t.end].lastIndex(of: 0x2D), dash + 1 < t.end else { return false }
        let c = b[dash + 1]
        if c < 0x80 { return c >= 97 && c <= 122 }
        return String(decoding: b[(dash + 1)..<t.end], as: UTF8.self).first?.isLowercase == true
    }

    /// An American party's member: "Democrat", "Republican" ("a Connecticut Democrat", "Republican Mike Gallagher").
    static func isPartyMember(_ t: Token, in b: [UInt8]) -> Bool {
        Tokenizer.isWord(t, "democrat", in: b) || Tokenizer.isWord(t, "republican", in: b)
    }

    /// Whether the tokens from `first` to `end` close with a faction in brackets, "Janata Dal (United)": the only
    /// name that ends in punctuation (`Recognizer.read` takes the brackets in only around a faction's name).
    static func endsWithFaction(_ tokens: [Token], first: Int, end: Int) -> Bool {
        end - first >= 4 && tokens[end - 1].kind == .punctuation && tokens[end - 1].mark == 41
            && tokens[end - 3].kind == .punctuation && tokens[end - 3].mark == 40
    }

    /// One word as a name, without its possessive: "Sam" of "Sam's".
    static func bareWord(_ t: Token, in b: [UInt8]) -> String {
        String(decoding: b[t.start..<nameEnd(b, from: t.start, to: t.end).end], as: UTF8.self)
    }

    /// "Co-op", "Co-operative": a name whose lower-case tail describes nothing.
    static func isCoOperative(_ b: [UInt8], _ t: Token) -> Bool {
        t.end - t.start >= 5 && b[t.start] == 67 && b[t.start + 1] == 111 && b[t.start + 2] == 0x2D
            && b[t.start + 3] == 111 && b[t.start + 4] == 112
    }

    /// A hyphenated word that describes by a place: "York-based", "London-listed", "Paris-born".
    static func hasDescribingTail(_ b: [UInt8], _ t: Token) -> Bool {
        guard let dash = b[t.start..<t.end].lastIndex(of: 0x2D), dash + 1 < t.end else { return false }
        return WordLists.describingTails.contains(String(decoding: b[(dash + 1)..<t.end], as: UTF8.self))
    }

    /// A job companies hold too ("investor", "developer"), or its plural.
    static func isCompanyRole(_ word: String) -> Bool {
        WordLists.companyRoles.contains(word) || word.hasSuffix("s") && WordLists.companyRoles.contains(String(word.dropLast()))
    }

    /// "Tariffs", "Prices": an English word's plural.
    /// (Static, with the knowledge passed after the word: as a method called with `lower(…)`, which changes the
    /// recognizer's caches, it made Swift copy the whole recognizer before each call.)
    static func isPluralOfEnglishWord(_ word: String, _ knowledge: Knowledge) -> Bool {
        word.hasSuffix("s") && knowledge.isEnglishWord(word) && knowledge.isEnglishWord(String(word.dropLast()))
    }

    /// "Unions", "Banks", "Companies": the plural of what organisations are, which names none.
    static func isPluralOrganizationNoun(_ word: String) -> Bool {
        guard word.hasSuffix("s") else { return false }
        // ("pirate sites such as Library Genesis": sites are organisations in a list, though "an ancient site" is none.)
        if word == "sites" { return true }
        let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
        return WordLists.organizationNouns.contains(singular) || WordLists.organizationSuffixes.contains(singular)
    }

    /// "dealers", "protesters", "economists", "residents": plural nouns for people that open sentences.
    static func isPluralAgentNoun(_ word: String) -> Bool {
        word.count >= 6 && ["ers", "ors", "ists", "ians", "ants", "ents"].contains { word.hasSuffix($0) }
    }

    static func isYear(_ s: String) -> Bool { s.count == 4 && (s.hasPrefix("19") || s.hasPrefix("20")) }

    /// Whether what ends a name at `end` is punctuation that closes a phrase, or nothing: after it a
    /// name in 's owns nothing, so the 's is its own ("Claire's, the accessories chain").
    static func ownsNothing(_ end: Int, _ tokens: [Token]) -> Bool {
        guard end < tokens.count else { return true }
        return tokens[end].kind == .punctuation && [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")")].contains(tokens[end].mark)
    }

    /// A word ending in 's or ’s.
    static func isPossessive(_ b: [UInt8], _ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        let length = possessiveLength(b, from: t.start, to: t.end)
        return length > 0 && t.end - t.start > length
    }

    /// A surname from the gazetteer, or one of the shapes it writes without capitals inside
    /// ("O’Brien", "D’Souza", "McDonald": the census lists OBRIEN and MCDONALD).
    static func looksLikeSurname(_ word: String, _ knowledge: Knowledge) -> Bool {
        if knowledge.isSurname(word) { return true }
        let b = Array(word.utf8)
        func isUpper(_ i: Int) -> Bool { i < b.count && b[i] >= 65 && b[i] <= 90 }
        if b.count >= 4, isUpper(0), b[1] == 0x27, isUpper(2) { return true }                                // O'Brien
        if b.count >= 6, isUpper(0), b[1] == 0xE2, b[2] == 0x80, b[3] == 0x99, isUpper(4) { return true }   // O’Brien
        return b.count >= 4 && b[0] == 77 && b[1] == 99 && isUpper(2)                                       // McDonald
    }

    /// The name without a final legal form ("Alphabet" for "Alphabet Inc", "Tesco" for "Tesco plc");
    /// nil when it has none.
    /// "Goldman Sachs Group Inc" loses both: a group word before the legal form goes too.
    static func withoutLegalForm(_ name: String) -> String? {
        // Read on the name's bytes: every organisation's name is asked this, most of them twice.
        var name = name
        return name.withUTF8 { b -> String? in
            func classes(_ range: Range<Int>) -> WordClass {
                let word = UnsafeBufferPointer(rebasing: b[range])
                return WordLists.classes(ofWord: word) { String(decoding: word, as: UTF8.self).lowercased() }
            }
            guard let space = b.lastIndex(of: 32), classes((space + 1)..<b.count).contains(.legalForm) else { return nil }
            var end = space
            if let inner = b[..<space].lastIndex(of: 32), classes((inner + 1)..<space).contains(.groupWord) { end = inner }
            return String(decoding: UnsafeBufferPointer(rebasing: b[..<end]), as: UTF8.self)
        }
    }

    /// Whether a word of a name starts with a capital; ASCII answers without making a Character.
    static func startsWithCapital(_ word: Substring) -> Bool {
        guard let c = word.utf8.first else { return false }
        return c < 0x80 ? c >= 65 && c <= 90 : word.first?.isUppercase == true
    }

    /// "xAI", "eBay", "iPhone": a brand written with a small first letter and a capital after it.
    static func isLowercaseBrand(_ b: [UInt8], _ t: Token) -> Bool {
        // (The tokenizer saw whether a capital comes after the first letter: most words are answered by that.)
        guard t.kind == .word, t.capitalInside, t.end - t.start >= 3, b[t.start] >= 97, b[t.start] <= 122 else { return false }
        return b[(t.start + 1)..<t.end].contains { $0 >= 65 && $0 <= 90 } && !b[t.start..<t.end].contains(0x2D)
    }

    /// "iPhone", "iPad", "iOS": Apple's way of naming products.
    static func isSmallIProduct(_ form: String) -> Bool {
        let u = Array(form.utf8)
        return u.count >= 3 && u[0] == 105 && u[1] >= 65 && u[1] <= 90
    }

    /// "DeepSeek", "SpaceX": a capital inside a word marks a brand.
    static func isCamelCase(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 4 else { return false }
        // "GPUs", "CEOs", "ETFs": the plural of an abbreviation, no brand.
        if bytes.last == 115, bytes.dropLast().allSatisfy({ $0 >= 65 && $0 <= 90 }) { return false }
        var inner = false, lower = false
        for (i, c) in bytes.enumerated() {
            if c >= 97 && c <= 122 { lower = true } else if c >= 65 && c <= 90 { if i > 0 { inner = true } } else if !(c >= 48 && c <= 57) { return false }
        }
        return inner && lower
    }
}
