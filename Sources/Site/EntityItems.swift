// The items of articles' "In this article" panels, rendered once per entity (partials/entity-item)
// the first time a page needs them, and reused on every other page that names the entity.

import Entities
import Synchronization

/// An entity's panel item and the fingerprint of what it was rendered from.
typealias EntityItem = (fingerprint: Int, html: String)

/// Panel items by entity, shared by the page tasks. Kept between preview builds: an item is
/// rendered again only when the templates or the entity's topic page change. Filled on demand, so
/// a preview rebuild that renders one article renders at most its own few new items.
final class EntityItemCache: Sendable {
    private let items: Mutex<[TopicKey: EntityItem]>
    private let siteHash: Int

    init(previous: [TopicKey: EntityItem], siteHash: Int) {
        items = Mutex(previous)
        self.siteHash = siteHash
    }

    /// The item for `key`, whose topic page is `url` (nil: none), made by `render` when missing or stale.
    func html(for key: TopicKey, url: String?, render: () -> String) -> String {
        var hasher = Hasher()
        hasher.combine(siteHash)
        hasher.combine(url)
        let fingerprint = hasher.finalize()
        if let item = items.withLock({ $0[key] }), item.fingerprint == fingerprint { return item.html }
        var html = render()
        // The partial's closing line break would otherwise sit between the list items.
        while html.hasSuffix("\n") { html.removeLast() }
        items.withLock { $0[key] = (fingerprint, html) }
        return html
    }

    var snapshot: [TopicKey: EntityItem] { items.withLock { $0 } }
}

extension SiteWriter {
    /// How an article page gets a panel item: from the cache, rendering the theme's partial when needed.
    func entityItemRenderer(_ cache: EntityItemCache, data: TemplateData) -> @Sendable (TopicKey, String?) -> String {
        let templates = self.templates
        return { key, url in
            cache.html(for: key, url: url) {
                var context: [String: Any] = ["site": data.site, "name": data.text(key.name)]
                if let url { context["url"] = url }
                return templates.render("partials/entity-item", context: context) ?? ""
            }
        }
    }
}
