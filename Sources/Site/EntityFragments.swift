// Entities as article pages show them (a panel item, a quote's caption), rendered once per entity
// with the theme's partial the first time a page needs them, and reused on every other page.

import Entities
import Synchronization

/// What a page shows of one entity, each through its own partial, which sees `name` and `url`
/// (the topic page, when the entity has one).
enum EntityFragment: String, Hashable, Sendable {
    /// An entry of the "In this article" panel.
    case panelItem = "partials/entity-item"
    /// Who said a quotation, under it.
    case speaker = "partials/speaker"

    struct Key: Hashable, Sendable {
        var fragment: EntityFragment
        var topic: TopicKey
    }

    /// A fragment as rendered and the fingerprint of what it was rendered from.
    typealias Rendered = (fingerprint: Int, html: String)
}

/// Fragments by entity, shared by the page tasks. Kept between preview builds: a fragment is
/// rendered again only when the templates or the entity's topic page change. Filled on demand, so
/// a preview rebuild that renders one article renders at most its own few new fragments.
final class EntityFragmentCache: Sendable {
    private let fragments: Mutex<[EntityFragment.Key: EntityFragment.Rendered]>
    private let siteHash: Int

    init(previous: [EntityFragment.Key: EntityFragment.Rendered], siteHash: Int) {
        fragments = Mutex(previous)
        self.siteHash = siteHash
    }

    /// The fragment for `key`, whose topic page is `url` (nil: none), made by `render` when missing or stale.
    func html(for key: EntityFragment.Key, url: String?, render: () -> String) -> String {
        var hasher = Hasher()
        hasher.combine(siteHash)
        hasher.combine(url)
        let fingerprint = hasher.finalize()
        if let rendered = fragments.withLock({ $0[key] }), rendered.fingerprint == fingerprint { return rendered.html }
        var html = render()
        // The partial's closing line break would otherwise sit between list items or inside a figure.
        while html.hasSuffix("\n") { html.removeLast() }
        fragments.withLock { $0[key] = (fingerprint, html) }
        return html
    }

    var snapshot: [EntityFragment.Key: EntityFragment.Rendered] { fragments.withLock { $0 } }
}

extension SiteWriter {
    /// How an article page gets an entity's fragment: from the cache, rendering the theme's partial when needed.
    func entityFragmentRenderer(_ cache: EntityFragmentCache, data: TemplateData) -> @Sendable (EntityFragment, TopicKey, String?) -> String {
        // Only what the partial sees is captured: copying the whole TemplateData into every call
        // retained and released each of its fields.
        let templates = self.templates, site = data.site, style = data.style
        return { fragment, topic, url in
            cache.html(for: EntityFragment.Key(fragment: fragment, topic: topic), url: url) {
                var context: [String: Any] = ["site": site, "name": TemplateText(value: topic.name, style: style)]
                if let url { context["url"] = url }
                return templates.render(fragment.rawValue, context: context) ?? ""
            }
        }
    }
}
