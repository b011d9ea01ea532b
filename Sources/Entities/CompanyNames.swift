// Companies named as news names them: "Avidity Biosciences", not "Avidity Biosciences Inc".

extension Extraction {
    /// Drops a company's legal form from its name ("Novartis AG" → "Novartis", "JPMorgan Chase & Co" →
    /// "JPMorgan Chase"), and from its quotations' speaker. The text's own form stays among the aliases.
    ///
    /// Kept whole: a curated name (the site's spelling wins); a stem that is one English word the listed
    /// companies lack ("News Corp", not "Apple Inc"); and a stem that another entity of the text has or
    /// shares ("Porsche AG" and "Porsche SE" are two companies).
    mutating func dropLegalForms(knowledge: Knowledge) {
        var stems: [Int: String] = [:]
        var stemCounts: [String: Int] = [:]
        for (i, entity) in entities.enumerated() where entity.kind == .organization {
            guard knowledge.curated.entity(named: entity.name) == nil,
                  let stem = Self.stem(of: entity.name), !stem.isEmpty,
                  Recognizer.hasSpace(stem) || !knowledge.isEnglishWord(stem) || knowledge.isCompany(stem) else { continue }
            stems[i] = stem
            stemCounts[stem, default: 0] += 1
        }
        guard !stems.isEmpty else { return }
        let names = Set(entities.map(\.name))
        var renamed: [String: String] = [:]
        for (i, stem) in stems where stemCounts[stem] == 1 && !names.contains(stem) {
            renamed[entities[i].name] = stem
            entities[i].name = stem
        }
        for i in quotes.indices {
            if let speaker = quotes[i].speaker, let stem = renamed[speaker] { quotes[i].speaker = stem }
        }
    }

    /// The name without its legal form and the "&" or "and" before it ("JPMorgan Chase & Co").
    private static func stem(of name: String) -> String? {
        guard var stem = Recognizer.withoutLegalForm(name) else { return nil }
        for joint in [" &", " and"] where stem.hasSuffix(joint) { stem.removeLast(joint.count) }
        return stem
    }
}
