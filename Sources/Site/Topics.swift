// Topic pages: every person, organisation and place that enough articles mention, with those
// articles, the entities mentioned alongside, and mentions per month. Built in one pass over the
// articles' entity lists (never all pairs of articles).

import Content
import Entities
import Markdown
import Parallelism

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
    /// Its schema.org node (name, page, curated links), as every article that names it gives it in `about` or `mentions`.
    var schemaNode: String
}

struct TopicIndex: Sendable {
    var topics: [TopicKey: Topic] = [:]
    /// Topics of each kind, most articles first.
    var byKind: [EntityKind: [TopicKey]] = [:]
    var kinds: [EntityKind] = []

    /// Per article, a hash of the topic page each of its entities links to (or that none does):
    /// an article page's fingerprint needs it, and looking up every entity of every article on each
    /// preview rebuild was most of that phase.
    private var linkHashes: [Int] = []

    func path(of key: TopicKey) -> String? { topics[key]?.path }

    func linkHash(article i: Int) -> Int { i < linkHashes.count ? linkHashes[i] : 0 }

    /// Folder of each kind's topic pages: /people/, /organizations/, /places/, /products/.
    static func root(_ kind: EntityKind) -> String { "/\(kind.plural)/" }

    /// Everything of the articles that `build` reads: which are listed, and each one's month and entities with their counts.
    static func signature(articles: [Article], listed: [Int]) -> Int {
        var hasher = Hasher()
        hasher.combine(listed)
        for article in articles {
            hasher.combine(article.monthIndex)
            hasher.combine(article.entityHash)
        }
        return hasher.finalize()
    }

    /// `forPreview`: work out each article's `linkHash` too, which only the preview's page fingerprints read.
    static func build(articles: [Article], listed: [Int], config: SiteConfig, curated: CuratedEntities, forPreview: Bool) async -> TopicIndex {
        var index = TopicIndex()
        guard config.entitiesEnabled else { return index }
        index.kinds = EntityKind.allCases.filter { config.entityTypes.contains($0.rawValue) }
        let kinds = Set(index.kinds)
        // Keys become small integers first: counting pairs of strings was most of this phase. The
        // names are hashed on all cores; numbering them, in article order, is the one serial pass.
        let found = await Parallel.map(listed) { i -> [(key: HashedKey, mentions: Int)] in
            var found: [(key: HashedKey, mentions: Int)] = []
            for entity in articles[i].extraction?.entities ?? [] where kinds.contains(entity.kind) {
                found.append((HashedKey(TopicKey(kind: entity.kind, name: entity.name)), entity.mentions))
            }
            return found
        }
        var ids: [HashedKey: Int] = [:]
        var keys: [TopicKey] = []
        // Each article's main subjects (most mentioned), by article index: they stand for it in co-mentions.
        var subjects = [[Int]](repeating: [], count: articles.count)
        var mentions: [[Int]] = []
        // The last article that counted each key: an article lists a key once, without a set per article.
        var lastCounted: [Int] = []
        var ranked: [(id: Int, mentions: Int)] = []
        for (i, entities) in zip(listed, found) {
            ranked.removeAll(keepingCapacity: true)
            for entity in entities {
                let id: Int
                if let known = ids[entity.key] {
                    id = known
                } else {
                    id = keys.count
                    ids[entity.key] = id
                    keys.append(entity.key.key)
                    mentions.append([])
                    lastCounted.append(-1)
                }
                if lastCounted[id] != i {
                    lastCounted[id] = i
                    mentions[id].append(i)
                    ranked.append((id, entity.mentions))
                }
            }
            subjects[i] = ranked.best(12) { ($1.mentions, $0.id) < ($0.mentions, $1.id) }.map(\.id)
        }
        let qualifies = mentions.map { $0.count >= config.entityMinArticles }
        // Slugs in key order (a clash gets `-2`, deterministically); then each topic's months and
        // related entities, which are independent of one another, on all cores.
        var usedSlugs: [EntityKind: Set<String>] = [:]
        var paged: [(id: Int, slug: String)] = []
        for id in keys.indices.sorted(by: { keys[$0] < keys[$1] }) where qualifies[id] {
            let key = keys[id]
            let base = Slug.make(key.name)
            if base.isEmpty { continue }
            var slug = base
            var n = 2
            while usedSlugs[key.kind, default: []].contains(slug) { slug = base + "-\(n)"; n += 1 }
            usedSlugs[key.kind, default: []].insert(slug)
            paged.append((id, slug))
        }
        let frozenKeys = keys, frozenMentions = mentions, frozenSubjects = subjects
        // Each article's month worked out once, not once per topic that lists it.
        let articleMonths = articles.map(\.monthIndex)
        let topics = await Parallel.map(paged) { item -> Topic in
            let key = frozenKeys[item.id]
            var months: [Int: Int] = [:]
            for i in frozenMentions[item.id] { if let month = articleMonths[i] { months[month, default: 0] += 1 } }
            // Co-mentions, between entities that get a page: the articles that have both among their
            // main subjects. Counted per topic on all cores (a serial pass over all pairs was most of this phase).
            var counts: [Int: Int] = [:]
            for i in frozenMentions[item.id] where frozenSubjects[i].contains(item.id) {
                for other in frozenSubjects[i] where other != item.id && qualifies[other] { counts[other, default: 0] += 1 }
            }
            let related = counts.best(8) { ($1.value, frozenKeys[$0.key]) < ($0.value, frozenKeys[$1.key]) }
                .map { (frozenKeys[$0.key], $0.value) }
            let path = root(key.kind) + item.slug + "/"
            let entry = curated.entity(named: key.name)
            let node = JSONLD.entityNode(key.kind, name: key.name, url: config.absoluteURL(path), links: entry?.links ?? [])
            return Topic(key: key, slug: item.slug, path: path, articles: frozenMentions[item.id], curated: entry, related: related,
                         months: Self.monthlySeries(months, last: 36), schemaNode: node.serialized(forScript: true))
        }
        for topic in topics { index.topics[topic.key] = topic }
        for kind in index.kinds {
            index.byKind[kind] = index.topics.values.filter { $0.key.kind == kind }
                .sorted { ($1.articles.count, $0.key.name) < ($0.articles.count, $1.key.name) }.map(\.key)
        }
        guard forPreview else { return index }
        let finished = index
        index.linkHashes = await Parallel.map(articles) { article in
            var hasher = Hasher()
            for entity in article.extraction?.entities ?? [] {
                hasher.combine(finished.topics[TopicKey(kind: entity.kind, name: entity.name)]?.path)
            }
            return hasher.finalize()
        }
        return index
    }

    /// Counts for every month from the first to the last (at most `last` of them), quiet months as zero:
    /// a chart that skipped them would draw March next to June. Keys are `Article.monthIndex` values.
    static func monthlySeries(_ counts: [Int: Int], last: Int) -> [(month: String, count: Int)] {
        guard let first = counts.keys.min(), let end = counts.keys.max() else { return [] }
        return (max(first, end - last + 1)...end).map { i in
            (Timestamp.yearMonth(year: i / 12, month: i % 12 + 1), counts[i] ?? 0)
        }
    }
}

/// A topic key with its hash worked out beforehand, so the serial numbering pass hashes an integer, not a name.
private struct HashedKey: Hashable, Sendable {
    let key: TopicKey
    let hash: Int

    init(_ key: TopicKey) {
        self.key = key
        hash = key.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    static func == (a: HashedKey, b: HashedKey) -> Bool { a.hash == b.hash && a.key == b.key }
}

private extension Article {
    /// Months counted from year 0 (year × 12 + month − 1), so that consecutive months are consecutive numbers.
    var monthIndex: Int? {
        guard let civil = date?.civil else { return nil }
        return civil.year * 12 + civil.month - 1
    }
}
