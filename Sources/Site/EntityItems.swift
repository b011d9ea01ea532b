// The items of articles' "In this article" panels, rendered once per entity (partials/entity-item)
// and reused on every page that names it, as teasers are.

import Entities
import Parallelism

/// An entity's panel item and the fingerprint of what it was rendered from.
typealias EntityItem = (fingerprint: Int, html: String)

extension SiteWriter {
    /// Panel items for every entity the panels show. Kept between preview builds: an item changes
    /// only with the templates or the entity's topic page.
    func entityItems(data: TemplateData, siteHash: Int, cached: [TopicKey: EntityItem]) async -> [TopicKey: EntityItem] {
        let kinds = site.topics.kinds
        guard !kinds.isEmpty, templates.has("partials/entity-item") else { return [:] }
        var keys = Set<TopicKey>()
        for article in site.articles {
            guard let extraction = article.extraction else { continue }
            for kind in kinds {
                for entity in extraction.entities(of: kind).prefix(TemplateData.panelItemsPerKind) { keys.insert(TopicKey(kind: kind, name: entity.name)) }
            }
        }
        let rendered = await Parallel.map(Array(keys)) { [self] key -> (TopicKey, EntityItem) in
            let path = site.topics.path(of: key)
            var hasher = Hasher()
            hasher.combine(siteHash)
            hasher.combine(path)
            let fingerprint = hasher.finalize()
            if let item = cached[key], item.fingerprint == fingerprint { return (key, item) }
            var context: [String: Any] = ["site": data.site, "name": data.text(key.name)]
            if let path { context["url"] = paths.link(path) }
            var html = templates.render("partials/entity-item", context: context) ?? ""
            // The partial's closing line break would otherwise sit between the list items.
            while html.hasSuffix("\n") { html.removeLast() }
            return (key, (fingerprint, html))
        }
        return Dictionary(rendered, uniquingKeysWith: { a, _ in a })
    }
}
