// Pieces that many pages show (an entity's panel entry, a tag's link, a topic's "often mentioned
// with"), each rendered by its own partial the first time a page needs it and reused on every other page.

import Synchronization
import Templates

/// One piece that many pages show: the partial that renders it, and whose it is.
struct SharedFragment: Hashable, Sendable {
    enum Partial: String, Sendable, CaseIterable {
        /// An entry of an article's "In this article" panel; sees `name` and `url` (the topic page, when there is one).
        case panelItem = "partials/entity-item"
        /// Who said a quotation, under it; sees `name` and `url`.
        case speaker = "partials/speaker"
        /// A tag's link under an article; sees `name` and `url`.
        case tagLink = "partials/tag-link"
        /// A topic page's "Often mentioned with"; sees `related` (`name`, `url`, `count`). Every page
        /// of a topic shows it, and a much-covered place has dozens of pages.
        case topicRelated = "partials/topic-related"
        /// An author's link in a byline; sees `name` and `url`.
        case authorLink = "partials/author-link"
        /// The feeds an article page offers (the site's and its section's); sees `subscribe` (`name`, `url`).
        case subscribe = "partials/subscribe"
    }

    enum Owner: Hashable, Sendable {
        case topic(TopicKey)
        case tag(String)
        case author(String)
        /// A section, by its folder; "" for pages outside sections.
        case section(String)
    }

    var partial: Partial
    var owner: Owner

    /// A fragment as rendered and the fingerprint of what it was rendered from.
    typealias Rendered = (fingerprint: Int, html: String)
}

/// Shared fragments, filled on demand by the page tasks. Kept between preview builds: a fragment is
/// rendered again only when the templates or what it shows change, so a preview rebuild that renders
/// one article renders at most its own few new fragments.
final class SharedFragmentCache: Sendable {
    private let fragments: Mutex<[SharedFragment: SharedFragment.Rendered]>
    private let siteHash: Int
    /// Whether fragments can be stale: only when kept from an earlier build. Within one build a
    /// fragment's owner always shows the same values, so a one-off build never hashes them.
    private let checksInputs: Bool

    init(previous: [SharedFragment: SharedFragment.Rendered], siteHash: Int, checksInputs: Bool = true) {
        fragments = Mutex(previous)
        self.siteHash = siteHash
        self.checksInputs = checksInputs
    }

    /// The fragment for `key`, made by `render` when missing or stale; `inputs` is what it shows.
    func html<Inputs: Hashable>(for key: SharedFragment, inputs: @autoclosure () -> Inputs, render: () -> String) -> String {
        var fingerprint = 0
        if checksInputs {
            var hasher = Hasher()
            hasher.combine(siteHash)
            hasher.combine(inputs())
            fingerprint = hasher.finalize()
        }
        if let rendered = fragments.withLock({ $0[key] }), rendered.fingerprint == fingerprint { return rendered.html }
        var html = render()
        // The partial's closing line break would otherwise sit between list items or inside a figure
        // (as a Character, a Windows "\r\n" is one line break, not a "\n").
        while html.last?.isNewline == true { html.removeLast() }
        fragments.withLock { $0[key] = (fingerprint, html) }
        return html
    }

    var snapshot: [SharedFragment: SharedFragment.Rendered] { fragments.withLock { $0 } }
}

/// How pages get shared fragments: from the cache, rendering the theme's partial when needed.
/// Holds only what the partials see: copying the whole TemplateData into every call retained and
/// released each of its fields.
struct SharedFragments: Sendable {
    let cache: SharedFragmentCache
    let templates: TemplateSet
    let site: [String: any Sendable]
    let style: LocaleStyle

    /// The fragment of an entity, a tag or an author, which shows its `name` and `url` (its page; nil: none).
    func named(_ partial: SharedFragment.Partial, _ owner: SharedFragment.Owner, name: String, url: String?) -> String {
        cache.html(for: SharedFragment(partial: partial, owner: owner), inputs: url) {
            var values: [String: Any] = ["name": TemplateText(value: name, style: style)]
            if let url { values["url"] = url }
            return render(partial, values)
        }
    }

    /// A fragment whose values the caller makes; `inputs` is everything they come from.
    func html<Inputs: Hashable>(_ partial: SharedFragment.Partial, _ owner: SharedFragment.Owner, inputs: @autoclosure () -> Inputs,
                                values: () -> [String: Any]) -> String {
        cache.html(for: SharedFragment(partial: partial, owner: owner), inputs: inputs()) { render(partial, values()) }
    }

    private func render(_ partial: SharedFragment.Partial, _ values: [String: Any]) -> String {
        var context = values
        context["site"] = site
        return templates.render(partial.rawValue, context: context) ?? ""
    }
}
