// Topic pages: every person, organisation and place that enough articles mention, with those
// articles, the entities mentioned alongside, and mentions per month. Built in one pass over the
// articles' entity lists (never all pairs of articles).

import Content
import Entities
import Markdown

struct TopicKey: Hashable, Sendable, Comparable {
    var kind: EntityKind
    var name: String

    static func < (a: TopicKey, b: TopicKey) -> Bool { (a.kind, a.name) < (b.kind, b.name) }
}

struct Topic: Sendable {
    var key: TopicKey
    var slug: String
    var path: String
    /// Articles that mention it, newest first (indexes into the site's articles).
    var articles: [Int]
    var curated: CuratedEntity?
    /// Entities most often mentioned in the same articles, with how many articles.
    var related: [(key: TopicKey, count: Int)]
    /// `2025-05` → articles that month, oldest first.
    var months: [(month: String, count: Int)]
}

struct TopicIndex: Sendable {
    var topics: [TopicKey: Topic] = [:]
    /// Topics of each kind, most articles first.
    var byKind: [EntityKind: [TopicKey]] = [:]
    var kinds: [EntityKind] = []

    func path(of key: TopicKey) -> String? { topics[key]?.path }

    /// Folder of each kind's topic pages: /people/, /organizations/, /places/, /products/.
    static func root(_ kind: EntityKind) -> String { "/\(kind.plural)/" }

    static func build(articles: [Article], listed: [Int], config: SiteConfig, curated: CuratedEntities) -> TopicIndex {
        var index = TopicIndex()
        guard config.entitiesEnabled else { return index }
        index.kinds = EntityKind.allCases.filter { config.entityTypes.contains($0.rawValue) }
        let kinds = Set(index.kinds)
        var mentions: [TopicKey: [Int]] = [:]
        var together: [TopicKey: [TopicKey: Int]] = [:]
        for i in listed {
            guard let extraction = articles[i].extraction else { continue }
            let keys = Array(Set(extraction.entities.filter { kinds.contains($0.kind) }.map { TopicKey(kind: $0.kind, name: $0.name) })).sorted()
            for key in keys { mentions[key, default: []].append(i) }
            // Co-mentions within one article: small lists, so pairs stay cheap.
            for a in keys.prefix(30) {
                for b in keys.prefix(30) where a != b { together[a, default: [:]][b, default: 0] += 1 }
            }
        }
        var usedSlugs: [EntityKind: Set<String>] = [:]
        for (key, list) in mentions.sorted(by: { $0.key < $1.key }) where list.count >= config.entityMinArticles {
            var slug = Slug.make(key.name)
            if slug.isEmpty { continue }
            var n = 2
            while usedSlugs[key.kind, default: []].contains(slug) { slug = Slug.make(key.name) + "-\(n)"; n += 1 }
            usedSlugs[key.kind, default: []].insert(slug)
            var months: [String: Int] = [:]
            for i in list { if let date = articles[i].date { months[date.yearMonth, default: 0] += 1 } }
            index.topics[key] = Topic(key: key, slug: slug, path: root(key.kind) + slug + "/", articles: list,
                                      curated: curated.entity(named: key.name), related: [],
                                      months: months.sorted { $0.key < $1.key }.suffix(36).map { ($0.key, $0.value) })
        }
        for key in index.topics.keys {
            index.topics[key]!.related = (together[key] ?? [:]).filter { index.topics[$0.key] != nil }
                .sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8).map { ($0.key, $0.value) }
        }
        for kind in index.kinds {
            index.byKind[kind] = index.topics.values.filter { $0.key.kind == kind }
                .sorted { ($1.articles.count, $0.key.name) < ($0.articles.count, $1.key.name) }.map(\.key)
        }
        return index
    }
}
