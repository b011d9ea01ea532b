// Companies named as news names them: "Avidity Biosciences", not "Avidity Biosciences Inc".

extension Extraction {
    /// Drops a company's legal form from its name ("Novartis AG" → "Novartis", "JPMorgan Chase & Co" →
    /// "JPMorgan Chase"), and from its quotations' speaker. The text's own form stays among the aliases.
    ///
    /// Kept whole: a curated name (the site's spelling wins); a stem that is one English word the listed
    /// companies lack ("News Corp", not "Apple Inc"); and a stem that another entity of the text has or
    /// shares ("Porsche AG" and "Porsche SE" are two companies).
    ///
    /// `named`: the organisations the text named with a legal form, and their names without it.
    mutating func dropLegalForms(_ named: [(name: String, stem: String)], knowledge: Knowledge) {
        guard !named.isEmpty else { return }
        var stems: [(index: Int, stem: String)] = []
        for (name, withoutForm) in named {
            // ("JPMorgan Chase & Co": the "&" before the form goes too.)
            var stem = withoutForm
            for joint in [" &", " and"] where stem.hasSuffix(joint) { stem.removeLast(joint.count) }
            // (Lengths first: most names differ in theirs, and comparing every name cost a percent of extraction.)
            let length = name.utf8.count
            guard !stem.isEmpty, let i = entities.firstIndex(where: { $0.name.utf8.count == length && $0.kind == .organization && $0.name == name }),
                  knowledge.curated.entity(named: name) == nil,
                  Recognizer.hasSpace(stem) || !knowledge.isEnglishWord(stem) || knowledge.isCompany(stem) else { continue }
            stems.append((i, stem))
        }
        var renamed: [(from: String, to: String)] = []
        for (i, stem) in stems where !stems.contains(where: { $0.stem == stem && $0.index != i })
            && !entities.contains(where: { $0.name.utf8.count == stem.utf8.count && $0.name == stem }) {
            renamed.append((entities[i].name, stem))
            entities[i].name = stem
        }
        for i in quotes.indices {
            if let speaker = quotes[i].speaker, let name = renamed.first(where: { $0.from == speaker }) { quotes[i].speaker = name.to }
        }
    }
}
