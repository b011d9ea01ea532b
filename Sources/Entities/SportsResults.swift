// Match results around a name ("Inter Milan beat Barcelona 4-3", "drew 1-1 with RB Leipzig"): the
// names on either side of a result are teams, which a club's city or a person-like name can hide.

extension Recognizer {
    /// Whether the candidate is one side of a match result with a single score: "A beat B 2-0",
    /// "A drew 1-1 with B", "A lost 2-1 to B", "beat B 4-3 after extra time". Tennis, snooker and darts
    /// also have "beat … 6-4", but a player's name starts with a given name (checked by the caller),
    /// and sets come in twos ("6-4, 6-2"), which this does not take for a match between teams.
    mutating func isSideOfResult(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        guard let after = scoreOfResult(around: c, b: b, tokens: tokens) else { return false }
        return !Self.isSecondScore(at: after, tokens)
    }

    /// Where the tokens after the score of a result the candidate takes part in start, or nil.
    private mutating func scoreOfResult(around c: Candidate, b: [UInt8], tokens: [Token]) -> Int? {
        // "A beat B 2-0": the verb right after the name, a score before the sentence ends.
        if wordClass(c.end, b, tokens).contains(.resultVerb) {
            var k = c.end + 1
            while k < tokens.count && k <= c.end + 10 && !tokens[k].endsSentence {
                if let after = Self.scoreEnd(at: k, tokens) { return after }
                k += 1
            }
            return nil
        }
        // "Liverpool, who drew 1-1 at Aston Villa,", "Arsenal, who beat Paris Saint-Germain 3-0": the verb
        // in a clause about the name, the score before the sentence ends.
        if Self.isFollowedByComma(c.end, tokens), isText(c.end + 1, "who", b, tokens), wordClass(c.end + 2, b, tokens).contains(.resultVerb) {
            var k = c.end + 3
            while k < tokens.count && k <= c.end + 12 && !tokens[k].endsSentence {
                if let after = Self.scoreEnd(at: k, tokens) { return after }
                k += 1
            }
            return nil
        }
        // "beat B 2-0": the score right after the name.
        if wordClass(c.first - 1, b, tokens).contains(.resultVerb), let after = Self.scoreEnd(at: c.end, tokens) { return after }
        // "drew 1-1 with B", "lost 2-1 to B": the score between the verb and the name.
        if c.first >= 5, Self.scoreEnd(at: c.first - 4, tokens) == c.first - 1, wordClass(c.first - 5, b, tokens).contains(.resultVerb),
           ["with", "to", "against"].contains(lower(c.first - 1, b, tokens)) {
            return c.first - 1
        }
        return nil
    }

    /// "Inter Milan beat Barcelona 4-3", "Barcelona manager Hansi Flick", "Liverpool are second": a
    /// city's club, not the city (a country's team stays the country, as when "England are second").
    /// (A state's name too, once the text has named its team: "Indiana coach Rick Carlisle" after "the Indiana Pacers".)
    mutating func isCityClub(_ c: Candidate, b: [UInt8], tokens: [Token]) -> Bool {
        (c.gazetteer.contains(.city) || c.gazetteer.contains(.region) && organizationOpened(by: c.form) != nil)
            && !c.gazetteer.contains(.country) && !c.personCue && !c.isCurated
            && (c.end < tokens.count && !tokens[c.end].capitalized && isClubRole(at: c.end, b: b, tokens: tokens)
                // A team takes the plural; a town does not (the subject of "stores in Athens were" is the stores).
                || c.count == 1 && tokens[c.first].sentenceStart && ["are", "were"].contains(lower(c.end, b, tokens))
                || isSideOfResult(c, b: b, tokens: tokens)
                // "for Buffalo (9-3), which has won five straight": a team's record of wins and losses.
                || Self.scoreEnd(at: c.end + 1, tokens).map { $0 < tokens.count && tokens[c.end].mark == 40 && tokens[$0].mark == 41 } == true
                // "refused to train with Newcastle", "joined Newcastle" after "Newcastle United": what a player plays
                // against or with, or joins, is the club the text named, not its city.
                || c.count == 1 && WordLists.clubPrepositions.contains(c.previous)
                    && organizationOpened(by: c.form).map { WordLists.clubEndings.contains(String($0.name.split(separator: " ").last ?? "")) } == true)
    }

    /// The club the text named that a city's name stands for: "Stuttgart" for "VfB Stuttgart", "Buffalo" for the
    /// "Buffalo Bills", "Kansas City" for the "Kansas City Chiefs".
    func clubNamed(byCity form: String) -> EntityKey? {
        if let key = table.organizationLastWords[form] { return key }
        guard let key = table.organizationFirstWords[String(form.prefix { $0 != " " })], key.name.utf8.count > form.utf8.count,
              key.name.hasPrefix(form + " ") else { return nil }
        return key
    }

    /// A job at a club at token `i`: "manager", "striker", or one of two words ("head coach", "sporting director").
    mutating func isClubRole(at i: Int, b: [UInt8], tokens: [Token]) -> Bool {
        let word = lower(i, b, tokens)
        if WordLists.clubRoles.contains(word) { return true }
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].capitalized else { return false }
        switch word {
        case "head", "assistant": return WordLists.clubRoles.contains(lower(i + 1, b, tokens))
        case "sporting", "technical": return isText(i + 1, "director", b, tokens)
        default: return false
        }
    }

    /// A score at token `i` ("2-0", "4–3"): where the tokens after it start, or nil.
    static func scoreEnd(at i: Int, _ tokens: [Token]) -> Int? {
        guard i >= 0, i + 2 < tokens.count, tokens[i].kind == .number, tokens[i + 1].kind == .punctuation,
              tokens[i + 1].mark == 45 || tokens[i + 1].mark == Tokenizer.enDash, tokens[i + 2].kind == .number else { return nil }
        return i + 3
    }

    /// A second score right after the first ("6-4, 6-2", "6-4 6-2"): sets, not a match between teams.
    static func isSecondScore(at i: Int, _ tokens: [Token]) -> Bool {
        scoreEnd(at: i, tokens) != nil || i < tokens.count && tokens[i].isComma && scoreEnd(at: i + 1, tokens) != nil
    }
}
