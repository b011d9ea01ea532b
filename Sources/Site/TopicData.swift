// What templates see of entities: topic pages, and an article's people, quotes and figures.

import Charts
import Entities
import Foundation

extension TemplateData {
    static let topicTitles: [EntityKind: String] = [.person: "People", .organization: "Organizations", .place: "Places", .product: "Products"]

    /// A topic page: description, links, co-mentioned entities, a chart of articles per month, the articles.
    func topic(_ topic: Topic, index: TopicIndex, teasers: [String], items: [String], showChart: Bool, fragments: SharedFragments) -> [String: Any] {
        var data: [String: Any] = [
            "name": text(topic.key.name),
            "kind": topic.key.kind.rawValue,
            "kind_title": Self.topicTitles[topic.key.kind] ?? "",
            "kind_url": paths.link(TopicIndex.root(topic.key.kind)),
            "count": number(topic.articles.count),
            "teasers": teasers,
            "items": items,
            // Joined once here: a page of 100 headlines looped over in the template cost more than its other values together.
            "teasers_html": teasers.joined(),
            "items_html": Self.lines(items),
            "has_items": !items.isEmpty,
        ]
        // Always set, empty when there is none: a missing name would be looked up in the page
        // around the topic, whose description is the site's tagline.
        data["description"] = text(topic.curated?.description ?? "")
        if let links = topic.curated?.links, !links.isEmpty {
            data["links"] = links.map { ["url": $0] }
            data["has_links"] = true
        }
        let related = topic.related.compactMap { related in
            index.path(of: related.key).map { (name: related.key.name, url: paths.link($0), count: related.count) }
        }
        if !related.isEmpty {
            data["related_html"] = fragments.html(.topicRelated, .topic(topic.key), inputs: related.map { [$0.name, $0.url, String($0.count)] }) {
                ["related": related.map { ["name": text($0.name), "url": $0.url, "count": number($0.count)] as [String: Any] }]
            }
            data["has_related"] = true
        }
        if showChart, topic.months.count >= 2 {
            var spec = ChartSpec(kind: .column, table: DataTable(columns: ["Month", "Articles"], rows: topic.months.map { [$0.month, String($0.count)] }))
            spec.title = "Articles mentioning \(topic.key.name), by month"
            spec.xColumn = 0
            spec.seriesColumns = [1]
            if let figure = try? ChartRenderer.figure(spec, id: "topic-chart") { data["chart"] = figure }
        }
        return data
    }

    /// Each item followed by a line break, in one string sized up front (a topic page lists up to 100).
    static func lines(_ items: [String]) -> String {
        var text = ""
        text.reserveCapacity(items.reduce(0) { $0 + $1.utf8.count + 1 })
        for item in items {
            text += item
            text += "\n"
        }
        return text
    }

    /// Entities of each kind an article's panel shows.
    static let panelItemsPerKind = 8

    /// The article's "In this article" panel, quotes and key figures, and its first mentions linked to
    /// topic pages. `fragments` has each panel entry and quote's speaker, rendered from an entity and its topic
    /// page URL (once per entity: see `SharedFragments`). Returns the entities for schema.org
    /// `about` and `mentions`.
    func addEntities(of article: Article, topics: TopicIndex, link: Bool, fragments: SharedFragments,
                     to context: inout [String: Any]) -> [Entity] {
        guard let extraction = article.extraction, !topics.kinds.isEmpty else { return [] }
        var panel: [[String: Any]] = []
        var targets: [(aliases: [String], url: String)] = []
        var schema: [Entity] = []
        for kind in topics.kinds {
            let entities = extraction.entities(of: kind)
            guard !entities.isEmpty else { continue }
            var html = ""
            for entity in entities.prefix(Self.panelItemsPerKind) {
                let key = TopicKey(kind: kind, name: entity.name)
                let path = topics.path(of: key)
                let url = path.map(paths.link)
                if let url { targets.append((entity.aliases, url)) }
                schema.append(entity)
                html += fragments.named(.panelItem, .topic(key), name: key.name, url: url)
            }
            panel.append(["title": Self.topicTitles[kind] ?? kind.plural, "items_html": html])
        }
        if !panel.isEmpty {
            context["entity_groups"] = panel
            context["has_entities"] = true
        }
        // The first five quotes of six words or more (shorter ones are scare quotes, not speech).
        let quotes = Array(extraction.quotes.lazy.filter { Self.hasWords($0.text, atLeast: 6) }.prefix(5))
        if !quotes.isEmpty {
            context["quotes"] = quotes.map { quote -> [String: Any] in
                var item: [String: Any] = ["text": text(quote.text)]
                if let speaker = quote.speaker {
                    item["speaker"] = text(speaker)
                    // A speaker is one of the article's entities; its kind may be one without pages.
                    let kind = extraction.entities.first { $0.name == speaker }?.kind ?? .person
                    let key = TopicKey(kind: kind, name: speaker)
                    let url = topics.path(of: key).map(paths.link)
                    if let url { item["speaker_url"] = url }
                    item["speaker_html"] = fragments.named(.speaker, .topic(key), name: key.name, url: url)
                }
                return item
            }
            context["has_quotes"] = true
        }
        var sentences = Set<String>()
        var figures: [Figure] = []
        for figure in extraction.figures where figures.count < 5 && [.percent, .money, .count].contains(figure.kind) {
            if sentences.insert(figure.sentence).inserted { figures.append(figure) }
        }
        if !figures.isEmpty {
            context["figures"] = figures.map { ["figure": text($0.text), "sentence": text($0.sentence)] }
            context["has_figures"] = true
        }
        if link && !targets.isEmpty, var data = context["article"] as? [String: Any] {
            data["content"] = EntityLinker.link(article.html, targets: targets)
            context["article"] = data
        }
        return schema
    }

    /// Whether `text` has at least `count` space-separated words; stops counting there.
    static func hasWords(_ text: String, atLeast count: Int) -> Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 32 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= count { return true }
            }
        }
        return false
    }
}
