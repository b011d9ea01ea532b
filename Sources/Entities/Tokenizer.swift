// Splits a block of text into word, number and punctuation tokens over its UTF-8 bytes, marking
// capitalisation and sentence starts. Works on bytes: extraction must run at tens of MB/s.

struct Token {
    enum Kind { case word, number, punctuation }
    var start: Int
    var end: Int
    var kind: Kind
    var capitalized = false
    var allCaps = false
    var hasDigit = false
    var sentenceStart = false
    /// An ASCII capital after the first letter ("iPhone", "eBay", "McDonald"), for `Recognizer.isLowercaseBrand`.
    var capitalInside = false
    /// For punctuation: the first byte (or a code for multi-byte marks, see `Tokenizer.mark`).
    var mark: UInt8 = 0

    /// A full stop, question mark or exclamation mark (abbreviations aside: see `Tokenizer.isAbbreviation`).
    var endsSentence: Bool { kind == .punctuation && (mark == 46 || mark == 33 || mark == 63) }

    /// The one mark that lists, appositions and clauses turn on.
    var isComma: Bool { kind == .punctuation && mark == 44 }
}

enum Tokenizer {
    // Codes for the multi-byte punctuation that matters.
    static let openDouble: UInt8 = 1, closeDouble: UInt8 = 2, openSingle: UInt8 = 3, closeSingle: UInt8 = 4
    static let emDash: UInt8 = 5, enDash: UInt8 = 6, euro: UInt8 = 7, pound: UInt8 = 8, yen: UInt8 = 9, ellipsis: UInt8 = 10

    /// Abbreviations whose full stop ends neither a sentence nor a name.
    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Gen", "Gov",
                                             "Sen", "Rep", "Rev", "Capt", "Col", "Lt", "Sgt", "No", "vs", "etc", "e.g", "i.e", "U.S", "U.K", "E.U",
                                             // Months and US states as wire copy abbreviates them: "Dec. 20", "Chuck Schumer, D-N.Y., said".
                                             "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif", "Colo",
                                             "Conn", "Fla", "Ga", "Ill", "Kan", "Ky", "Md", "Mass", "Mich", "Minn", "Miss", "Mont", "Neb",
                                             "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo"]

    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        // Over the buffer: indexing the array checked bounds and retained it at every byte.
        bytes.withUnsafeBufferPointer { tokenize($0, array: bytes) }
    }

    private static func tokenize(_ b: UnsafeBufferPointer<UInt8>, array: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        // (A news paragraph has a token per five bytes or so; room for a few more than that saves
        // regrowing the array for half the blocks.)
        tokens.reserveCapacity(b.count / 4 + 4)
        var i = 0
        var sentenceStart = true
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 32 || c == 10 || c == 9 || c == 13 { i += 1; continue }
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 { i += 2; continue }    // no-break space
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 {
                let code: UInt8
                switch b[i + 2] {
                case 0x9C: code = openDouble
                case 0x9D: code = closeDouble
                case 0x98: code = openSingle
                case 0x99: code = closeSingle
                case 0x94: code = emDash
                case 0x93: code = enDash
                case 0xA6: code = ellipsis
                default: code = 0
                }
                if code != 0 {
                    tokens.append(Token(start: i, end: i + 3, kind: .punctuation, mark: code))
                    i += 3
                    continue
                }
            }
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x82, b[i + 2] == 0xAC {
                tokens.append(Token(start: i, end: i + 3, kind: .punctuation, mark: euro)); i += 3; continue
            }
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xA3 { tokens.append(Token(start: i, end: i + 2, kind: .punctuation, mark: pound)); i += 2; continue }
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xA5 { tokens.append(Token(start: i, end: i + 2, kind: .punctuation, mark: yen)); i += 2; continue }
            if isDigit(c) {
                var j = i + 1
                while j < n && (isDigit(b[j]) || ((b[j] == 44 || b[j] == 46) && j + 1 < n && isDigit(b[j + 1]))) { j += 1 }
                // "405B", "8x7B", "GPT-4o"-style tails stay with the number.
                var hasLetter = false
                while j < n && (isLetter(b[j]) || isDigit(b[j])) { hasLetter = hasLetter || isLetter(b[j]); j += 1 }
                var token = Token(start: i, end: j, kind: hasLetter ? .word : .number, hasDigit: true)
                token.sentenceStart = sentenceStart
                sentenceStart = false
                tokens.append(token)
                i = j
                continue
            }
            if isLetter(c) || c >= 0x80 {
                var j = i
                var letters = 0, uppers = 0, digits = 0
                var capitalInside = false
                while j < n {
                    let d = b[j]
                    // Most bytes of a word are small ASCII letters: a run of them is passed in a tight loop.
                    if d &- 97 < 26 {
                        var k = j + 1
                        while k < n && b[k] &- 97 < 26 { k += 1 }
                        letters += k - j
                        j = k
                    } else if isLetter(d) {
                        letters += 1
                        if d >= 65 && d <= 90 {
                            uppers += 1
                            if j > i { capitalInside = true }
                        }
                        j += 1
                    } else if isDigit(d) {
                        digits += 1
                        j += 1
                    } else if d >= 0x80 {
                        if d == 0xE2 && j + 2 < n && b[j + 1] == 0x80 {
                            // ’ inside a word (O’Brien, Meta’s) stays; other marks end it.
                            if b[j + 2] == 0x99 && j + 3 < n && isLetter(b[j + 3]) { j += 3; continue }
                            break
                        }
                        if d == 0xC2 && j + 1 < n && b[j + 1] == 0xA0 { break }
                        let length = d >= 0xF0 ? 4 : d >= 0xE0 ? 3 : d >= 0xC0 ? 2 : 1
                        if d >= 0xC0, let scalar = decode(b, j, length) {
                            letters += 1
                            if scalar.properties.isUppercase { uppers += 1 }
                        }
                        j += length
                    } else if (d == 39 || d == 45) && j + 1 < n && (isLetter(b[j + 1]) || b[j + 1] >= 0xC0) {
                        j += 1      // O'Brien, al-Assad, open-weight
                    } else if d == 45 && j + 1 < n && isDigit(b[j + 1]) && uppers > 0 {
                        j += 1      // GPT-4, COVID-19
                    } else if d == 46 && digits > 0 && j + 1 < n && isDigit(b[j + 1]) {
                        j += 1      // Qwen2.5, GPT-3.5
                    } else if d == 46 && j + 1 < n && isLetter(b[j + 1]) && j + 2 < n && b[j + 2] == 46 {
                        j += 1      // U.S.
                    } else if d == 46 && j + 1 < n && b[j + 1] >= 97 && b[j + 1] <= 122, let length = Self.domainEnding(b, after: j) {
                        j += 1 + length      // Amazon.com, Character.ai
                    } else {
                        // "OPEC+", "Disney+", "Canal+": a plus ends the name it is part of.
                        if d == 43 && uppers > 0 && j > i && (j + 1 == n || !(isLetter(b[j + 1]) || isDigit(b[j + 1]) || b[j + 1] == 43)) { j += 1 }
                        break
                    }
                }
                if j == i { i += 1; continue }
                var token = Token(start: i, end: j, kind: .word)
                let first = b[i]
                if first >= 65 && first <= 90 {
                    token.capitalized = true
                } else if first >= 0xC0 {
                    let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
                    token.capitalized = decode(b, i, length)?.properties.isUppercase ?? false
                }
                token.allCaps = letters >= 2 && uppers == letters
                token.hasDigit = digits > 0
                token.capitalInside = capitalInside
                token.sentenceStart = sentenceStart
                sentenceStart = false
                tokens.append(token)
                i = j
                continue
            }
            // ASCII punctuation
            var token = Token(start: i, end: i + 1, kind: .punctuation, mark: c)
            if c == 46 || c == 33 || c == 63 {
                let afterAbbreviation = tokens.last.map { Self.isAbbreviation($0, in: array) } ?? false
                if !(c == 46 && afterAbbreviation) { sentenceStart = true }
            } else if c == 58 || c == 59 {
                // After a colon a new clause may start with a capital that is not a name.
            }
            token.sentenceStart = false
            tokens.append(token)
            i += 1
        }
        return tokens
    }

    /// A US politician's party and state after the name: "D-N.Y", "R-Ky", "I-Vt" (the final full stop is a token of its own).
    static func isPartyAndState(_ t: Token, in b: [UInt8]) -> Bool {
        guard t.kind == .word, t.end - t.start >= 4, b[t.start + 1] == 0x2D, [68, 82, 73].contains(b[t.start]) else { return false }
        return b[t.start + 2] >= 65 && b[t.start + 2] <= 90
    }

    /// A word whose full stop does not end a sentence: an initial ("N.") or an abbreviation ("Co.", "Mr.").
    /// The length of a web address's ending right after the full stop at `dot` ("com" in "Amazon.com"),
    /// when the word ends there; nil for any other full stop.
    static func domainEnding(_ b: UnsafeBufferPointer<UInt8>, after dot: Int) -> Int? {
        var k = dot + 1
        while k < b.count && k - dot <= 4 && b[k] >= 97 && b[k] <= 122 { k += 1 }
        guard k < b.count ? !(isLetter(b[k]) || isDigit(b[k])) : true else { return nil }
        let ending = b[(dot + 1)..<k]
        return domainEndings.contains(where: { $0.elementsEqual(ending) }) ? ending.count : nil
    }

    static let domainEndings: [[UInt8]] = ["com", "net", "org", "io", "ai"].map { Array($0.utf8) }

    static func isAbbreviation(_ token: Token, in b: [UInt8]) -> Bool {
        guard token.kind == .word else { return false }
        if token.end - token.start == 1 && token.capitalized || isInitials(token, in: b) || isPartyAndState(token, in: b) { return true }
        // Asked at every full stop: the bytes are looked up in place, with no String made or hashed.
        return b.withUnsafeBufferPointer { abbreviationTable.value(UnsafeBufferPointer(rebasing: $0[token.start..<token.end])) } ?? false
    }

    static let abbreviationTable = ByteTable(Dictionary(uniqueKeysWithValues: abbreviations.map { ($0, true) }))

    /// Initials written together: "C.C" of "C.C. Wei", "J.R" of "J.R. Smith" (the last full stop is a token of its own).
    static func isInitials(_ t: Token, in b: [UInt8]) -> Bool {
        let length = t.end - t.start
        guard t.kind == .word, length >= 3, length % 2 == 1 else { return false }
        for k in 0..<length {
            let c = b[t.start + k]
            if k % 2 == 0 ? !(c >= 65 && c <= 90) : c != 46 { return false }
        }
        return true
    }

    /// Whether token `i` of `tokens`, if there is one, is the word `word` (lower-case ASCII) in any case.
    static func isWord(at i: Int, _ word: StaticString, in tokens: [Token], _ b: [UInt8]) -> Bool {
        i >= 0 && i < tokens.count && isWord(tokens[i], word, in: b)
    }

    /// Whether `t` is the word `word` (written in lower-case ASCII), in any case.
    static func isWord(_ t: Token, _ word: StaticString, in b: [UInt8]) -> Bool {
        guard t.kind == .word, t.end - t.start == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount {
            let c = b[t.start + k]
            if (c >= 65 && c <= 90 ? c + 32 : c) != w[k] { return false }
        }
        return true
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Unicode.Scalar? {
        guard i + length <= b.count else { return nil }
        var iterator = b[i..<(i + length)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
