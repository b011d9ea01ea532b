// What the extractor finds: entities, quotations with their speakers, and numeric facts.

/// The kinds of named entity.
public enum EntityKind: String, Sendable, CaseIterable, Codable, Comparable {
    case person, organization, place, product

    public static func < (a: EntityKind, b: EntityKind) -> Bool { a.rawValue < b.rawValue }

    /// Plural, as topic-page folders are named: `people`, `organizations`, `places`, `products`.
    public var plural: String {
        switch self {
        case .person: return "people"
        case .organization: return "organizations"
        case .place: return "places"
        case .product: return "products"
        }
    }
}

/// A person, organisation, place or product named in a text.
public struct Entity: Sendable, Hashable {
    /// The fullest form the text (or the curated file) gives: "Bill Ready"; a company's without its legal
    /// form ("Novartis" for "Novartis AG", which stays among the aliases).
    public var name: String
    public var kind: EntityKind
    /// Every form the text uses: ["Bill Ready", "Ready"].
    public var aliases: [String]
    public var mentions: Int
    /// Index of the block and byte offset within it of the first mention.
    public var firstBlock: Int
    public var firstOffset: Int

    public init(name: String, kind: EntityKind, aliases: [String], mentions: Int, firstBlock: Int, firstOffset: Int) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.firstBlock = firstBlock
        self.firstOffset = firstOffset
    }
}

/// A direct quotation and who said it (nil when the text does not say, rather than a guess).
public struct Quote: Sendable, Hashable {
    public var text: String
    public var speaker: String?
    public var block: Int
}

/// A numeric fact and the sentence it comes from.
public struct Figure: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable { case percent, money, count, year, date }
    public var kind: Kind
    public var text: String
    public var sentence: String
}

/// Everything extracted from one text.
public struct Extraction: Sendable {
    /// Ordered by first mention.
    public var entities: [Entity] = []
    public var quotes: [Quote] = []
    public var figures: [Figure] = []

    public init() {}

    public func entities(of kind: EntityKind) -> [Entity] { entities.filter { $0.kind == kind } }
}

/// A piece of prose, as the caller's document structure gives it.
public struct TextBlock: Sendable {
    public enum Kind: Sendable { case title, heading, paragraph, listItem, quote }
    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
