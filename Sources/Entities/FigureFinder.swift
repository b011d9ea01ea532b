// Finds numeric facts (percentages, money, counts with units, years and dates) and their sentences.

enum FigureFinder {
    static let scales: Set<String> = ["million", "billion", "trillion", "bn", "m", "k", "thousand", "mn"]
    static let currencyWords: Set<String> = ["dollars", "euros", "pounds", "yen", "yuan", "francs", "rupees", "usd", "eur", "gbp",
                                             "crowns", "kroner", "kronor", "krona", "won", "reais", "pesos", "rand", "naira", "shillings",
                                             "lira", "ringgit", "baht", "dirhams", "riyals", "rupiah", "zloty", "forints", "rubles", "roubles"]
    static let notUnits: Set<String> = ["and", "or", "to", "in", "on", "at", "of", "the", "a", "by", "for", "from", "with", "than", "as",
                                        "percent", "per", "is", "was", "were", "are", "had", "has", "have", "said", "says", "which", "that",
                                        "other", "others", "more", "fewer", "less", "new"]

    /// "4.5bn", "310m", "2tn": a number with its scale written on.
    static func isScaledNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first, first >= 48 && first <= 57 else { return false }
        let letters = word.drop { $0.isNumber || $0 == "." || $0 == "," }
        return ["bn", "m", "k", "tn", "trn", "mn"].contains(letters.lowercased())
    }

    /// "$", "€", "£", "¥" (as `Tokenizer` marks them).
    static func isCurrencySign(_ mark: UInt8) -> Bool {
        mark == 36 || mark == Tokenizer.euro || mark == Tokenizer.pound || mark == Tokenizer.yen
    }

    /// Appends the block's figures (at most `limit`) to `figures`: one array for the document, where
    /// an array per block was grown figure by figure.
    static func find(bytes b: [UInt8], tokens: [Token], limit: Int = 40, into figures: inout [Figure]) {
        let limit = figures.count + limit
        func text(_ i: Int) -> String { String(decoding: b[tokens[i].start..<tokens[i].end], as: UTF8.self) }
        func lower(_ i: Int) -> String { i < tokens.count && tokens[i].kind == .word ? Recognizer.lowercase(b[tokens[i].start..<tokens[i].end]) : "" }
        // Which lists a word is in, from its bytes: most questions here are about the words around each number.
        func isA(_ i: Int, _ kind: WordClass) -> Bool {
            i >= 0 && i < tokens.count && WordLists.classes(of: tokens[i], in: b).contains(kind)
        }
        // (A word asked about on its bytes: no lower-case String is made for it.)
        func isWord(_ i: Int, _ word: StaticString) -> Bool { Tokenizer.isWord(at: i, word, in: tokens, b) }
        func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
        func isMark(_ i: Int, _ m: UInt8) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].mark == m }
        // Figures of one sentence share its text (one string, not a copy each: a long article's
        // figures were megabytes of repeated sentences in a large build).
        var last: (start: Int, end: Int, text: String)?
        func sentence(_ i: Int) -> String {
            if let last, i >= last.start && i <= last.end { return last.text }
            var start = i, end = i
            while start > 0 && !tokens[start - 1].endsSentence { start -= 1 }
            while end < tokens.count - 1 && !tokens[end].endsSentence { end += 1 }
            let text = String(decoding: b[tokens[start].start..<tokens[end].end], as: UTF8.self)
            last = (start, end, text)
            return text
        }
        func isNo(_ i: Int) -> Bool { i >= 0 && tokens[i].end - tokens[i].start == 2 && b[tokens[i].start] == 78 && b[tokens[i].start + 1] == 111 }
        func span(_ from: Int, _ to: Int) -> String { String(decoding: b[tokens[from].start..<tokens[to].end], as: UTF8.self) }

        var i = 0
        while i < tokens.count && figures.count < limit {
            defer { i += 1 }
            // Money: "$4.5bn", "€183 million", "£73,213", "12 million euros" ("4.5bn" is one token).
            if tokens[i].kind == .punctuation, Self.isCurrencySign(tokens[i].mark),
               isNumber(i + 1) || i + 1 < tokens.count && Self.isScaledNumber(text(i + 1)) {
                var end = i + 1
                if isA(end + 1, .scale) { end += 1 }
                figures.append(Figure(kind: .money, text: span(i, end), sentence: sentence(i)))
                i = end
                continue
            }
            guard isNumber(i) else { continue }
            // A version number after a name ("Apache 2.0", "Llama 3") is not a fact; "On 14 February" is.
            // ("the Treasury 40 billion reais" is an amount.)
            if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalized, !isA(i - 1, .commonCapitalized),
               !isA(i + 1, .scale) { continue }
            // "No 10", "No. 1": a number as a name or a rank, not a count.
            if isNo(i - 1) || isMark(i - 1, 46) && isNo(i - 2) { continue }
            // Nor is either side of a score or a range ("a 2-1 win", "5-1 on aggregate").
            if isMark(i - 1, 45) && isNumber(i - 2) || isMark(i + 1, 45) && isNumber(i + 2) && tokens[i].end - tokens[i].start != 4 { continue }
            // A time of day ("7:30 a.m.") is no fact to count.
            if isMark(i + 1, 58) && isNumber(i + 2) {
                i += 2
                continue
            }
            // (A number token is ASCII digits, commas and points: its bytes are its characters.)
            let digits = tokens[i].end - tokens[i].start
            // Dates: "5 January 2024", "January 5, 2024", "2024-09-03".
            if digits == 4, isMark(i + 1, 45), isNumber(i + 2), isMark(i + 3, 45), isNumber(i + 4) {
                figures.append(Figure(kind: .date, text: span(i, i + 4), sentence: sentence(i)))
                i += 4
                continue
            }
            if isA(i + 1, .month), digits <= 2 {
                let end = isNumber(i + 2) && tokens[i + 2].end - tokens[i + 2].start == 4 ? i + 2 : i + 1
                figures.append(Figure(kind: .date, text: span(i, end), sentence: sentence(i)))
                i = end
                continue
            }
            if i > 0, isA(i - 1, .month), digits <= 2 {
                let end = isMark(i + 1, 44) && isNumber(i + 2) && tokens[i + 2].end - tokens[i + 2].start == 4 ? i + 2 : i
                figures.append(Figure(kind: .date, text: span(i - 1, end), sentence: sentence(i)))
                i = end
                continue
            }
            // Percentages: "27.6%", "14 percent", "3 per cent".
            if isMark(i + 1, 37) {
                figures.append(Figure(kind: .percent, text: span(i, i + 1), sentence: sentence(i)))
                i += 1
                continue
            }
            if isWord(i + 1, "percent") || isWord(i + 1, "per") && isWord(i + 2, "cent") {
                let end = isWord(i + 1, "percent") ? i + 1 : i + 2
                figures.append(Figure(kind: .percent, text: span(i, end), sentence: sentence(i)))
                i = end
                continue
            }
            var end = i
            if isA(end + 1, .scale) { end += 1 }
            // ("8 billion Danish crowns", "195 billion Swiss francs": a nation's word between.)
            if !isA(end + 1, .currencyWord), end + 2 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].capitalized, isA(end + 2, .currencyWord) {
                figures.append(Figure(kind: .money, text: span(i, end + 2), sentence: sentence(i)))
                i = end + 2
                continue
            }
            if isA(end + 1, .currencyWord) {
                figures.append(Figure(kind: .money, text: span(i, end + 1), sentence: sentence(i)))
                i = end + 1
                continue
            }
            // Years standing alone.
            if end == i, digits == 4, let year = Int(text(i)), (1800...2100).contains(year) {
                figures.append(Figure(kind: .year, text: text(i), sentence: sentence(i)))
                continue
            }
            // Counts with a unit: "28,385 jobs", "416 barrels a day", "48 light years".
            if isWord(end + 1, "light"), lower(end + 2).hasPrefix("year") {
                figures.append(Figure(kind: .count, text: span(i, end + 2), sentence: sentence(i)))
                i = end + 2
                continue
            }
            // "a 121-meter rocket", "a 25-year-old": the unit joined on by a hyphen.
            if end == i, isMark(i + 1, 45), tokens.indices.contains(i + 2), tokens[i + 1].start == tokens[i].end, tokens[i + 2].start == tokens[i + 1].end,
               tokens[i + 2].kind == .word, !isA(i + 2, .notUnit), !tokens[i + 2].capitalized {
                figures.append(Figure(kind: .count, text: span(i, i + 2), sentence: sentence(i)))
                i += 2
                continue
            }
            let unit = lower(end + 1)
            // Two-word units: "25 basis points", "12 percentage points".
            if unit == "basis" || unit == "percentage", lower(end + 2).hasPrefix("point") {
                figures.append(Figure(kind: .count, text: span(i, end + 2), sentence: sentence(i)))
                i = end + 2
                continue
            }
            if !unit.isEmpty, !isA(end + 1, .notUnit), !isA(end + 1, .month), tokens[end + 1].capitalized == false {
                figures.append(Figure(kind: .count, text: span(i, end + 1), sentence: sentence(i)))
                i = end + 1
            }
        }
    }
}
