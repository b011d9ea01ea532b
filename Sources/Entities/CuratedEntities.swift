// The site's own list of known entities (content/entities.yml): names, types, aliases, descriptions,
// links, and a deny list. Curated entries always win over what the extractor would decide.

import Diagnostics
import Yams

/// One curated entity.
public struct CuratedEntity: Sendable, Hashable {
    public var name: String
    public var kind: EntityKind
    public var aliases: [String]
    public var description: String?
    public var links: [String]
}

/// Curated entities, looked up by name or alias.
public struct CuratedEntities: Sendable {
    public private(set) var entities: [CuratedEntity] = []
    /// Names that are never entities ("Key", "Retail" at the start of a headline).
    public private(set) var denied: Set<String> = []
    private var byAlias: [String: Int] = [:]

    public init() {}

    public func lookup(_ form: String) -> CuratedEntity? {
        // Most sites curate nothing, and asking an empty dictionary still hashes the name.
        byAlias.isEmpty ? nil : byAlias[form].map { entities[$0] }
    }

    public func entity(named name: String) -> CuratedEntity? {
        entities.first { $0.name == name }
    }

    /// Parses the curated file. Every problem is reported at its line: bad YAML, an unknown type,
    /// a missing name, an alias claimed by two entities.
    public static func parse(_ yaml: String, file: String) -> (CuratedEntities, DiagnosticList) {
        var curated = CuratedEntities()
        var problems = DiagnosticList()
        func at(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                problems.error("malformed YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
            default:
                problems.error("malformed YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
            }
            return (curated, problems)
        } catch {
            problems.error("malformed YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
            return (curated, problems)
        }
        guard let root else { return (curated, problems) }
        guard case .mapping(let top) = root else {
            problems.error("expected `entities:` and `deny:` lists", at: at(root))
            return (curated, problems)
        }
        var owners: [String: (name: String, node: Node)] = [:]
        for (keyNode, value) in top {
            switch keyNode.string {
            case "entities":
                guard case .sequence(let list) = value else {
                    problems.error("`entities` must be a list", at: at(value))
                    continue
                }
                for item in list {
                    guard case .mapping(let fields) = item else {
                        problems.error("each entity needs `name:` and `type:`", at: at(item))
                        continue
                    }
                    var name: String?, kind: EntityKind?, aliases: [(String, Node)] = [], description: String?, links: [String] = []
                    for (field, node) in fields {
                        switch field.string {
                        case "name": name = node.string
                        case "type":
                            let text = node.string ?? ""
                            kind = EntityKind(rawValue: text)
                            if kind == nil {
                                let hint = Suggestion.closest(to: text, in: EntityKind.allCases.map(\.rawValue)).map { " (did you mean `\($0)`?)" } ?? ""
                                problems.error("unknown entity type `\(text)`\(hint); use person, organization, place or product", at: at(node))
                            }
                        case "aliases":
                            guard case .sequence(let seq) = node else { problems.error("`aliases` must be a list", at: at(node)); continue }
                            aliases = seq.map { ($0.string ?? "", $0) }
                        case "description": description = node.string
                        case "links":
                            guard case .sequence(let seq) = node else { problems.error("`links` must be a list", at: at(node)); continue }
                            links = seq.compactMap(\.string)
                        default:
                            problems.error("unknown entity key `\(field.string ?? "")`; use name, type, aliases, description, links", at: at(field))
                        }
                    }
                    guard let name, !name.isEmpty else {
                        problems.error("entity without `name:`", at: at(item))
                        continue
                    }
                    guard let kind else {
                        if fields.keys.contains(where: { $0.string == "type" }) == false { problems.error("entity `\(name)` needs `type:`", at: at(item)) }
                        continue
                    }
                    let index = curated.entities.count
                    curated.entities.append(CuratedEntity(name: name, kind: kind, aliases: aliases.map(\.0), description: description, links: links))
                    for (alias, node) in [(name, item)] + aliases {
                        if let owner = owners[alias], owner.name != name {
                            problems.error("alias `\(alias)` is claimed by both `\(owner.name)` and `\(name)`", at: at(node))
                            continue
                        }
                        owners[alias] = (name, node)
                        curated.byAlias[alias] = index
                    }
                }
            case "deny":
                guard case .sequence(let list) = value else {
                    problems.error("`deny` must be a list of names", at: at(value))
                    continue
                }
                curated.denied.formUnion(list.compactMap(\.string))
            default:
                problems.error("unknown key `\(keyNode.string ?? "")` in the entities file; use `entities:` and `deny:`", at: at(keyNode))
            }
        }
        return (curated, problems)
    }
}
