// Typed reading of a YAML mapping, with every wrong type reported at the value's line and column.

import Diagnostics
import Yams

/// The keys of one YAML mapping, read one at a time by type. Errors and unknown-key warnings
/// are collected, not thrown, so one run reports every problem in a file.
public struct YAMLFields {
    public private(set) var file: String
    /// Line of the file on which the YAML text starts (front matter starts one below `---`).
    public private(set) var firstLine: Int
    // Keys, their nodes and values side by side: finding a key compares strings only (searching
    // tuples copied two Yams nodes per comparison, a tenth of the load phase of a 10,000-article build).
    private var keyNames: [String] = []
    private var keyNodes: [Node] = []
    private var values: [Node] = []
    /// Every key a reader asked for, present or not: what an unknown key is compared with.
    private var asked: [String] = []
    public private(set) var diagnostics = DiagnosticList()

    /// Parses `yaml`. A syntax error or a top level that is not a mapping is reported and leaves no fields.
    public init(yaml: String, file: String, firstLine: Int) {
        var problem: Diagnostic?
        var mapping = Node.Mapping([])
        do {
            // The basic resolver skips Yams' per-scalar regular expressions (a tenth of a build's
            // load phase); every field is typed by the reader below instead.
            if let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) {
                if case .mapping(let found) = root {
                    mapping = found
                } else {
                    problem = .error("expected `key: value` lines here, found \(Self.describe(root))",
                                     at: SourceLocation(file: file, line: firstLine + (root.mark?.line ?? 1) - 1, column: root.mark?.column ?? 1))
                }
            }
        } catch let error as YamlError {
            problem = Self.diagnostic(for: error, file: file, firstLine: firstLine)
        } catch {
            problem = .error("malformed YAML: \(error)", at: SourceLocation(file: file, line: firstLine, column: 1))
        }
        self.init(mapping: mapping, file: file, firstLine: firstLine)
        if let problem {
            diagnostics.append(problem)
            isMalformed = true
        }
    }

    /// Fields of a nested mapping, sharing the file position of its parent.
    init(mapping: Node.Mapping, file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if keyNames.contains(key) {
                diagnostics.error("`\(key)` is given twice", at: location(of: keyNode))
            }
            keyNames.append(key)
            keyNodes.append(keyNode)
            values.append(value)
        }
    }

    public var isEmpty: Bool { keyNames.isEmpty }
    /// True when the text was not valid YAML; callers then skip checks that would only repeat the problem.
    public private(set) var isMalformed = false
    public var keys: [String] { keyNames }

    /// Where a node sits in the file.
    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: firstLine, column: 1) }
        return SourceLocation(file: file, line: firstLine + mark.line - 1, column: mark.column)
    }

    /// Where the value of `key` sits, for errors found later (a layout that does not exist, say).
    public func location(ofKey key: String) -> SourceLocation? {
        keyNames.firstIndex(of: key).map { location(of: values[$0]) }
    }

    private mutating func value(_ key: String) -> Node? {
        asked.append(key)
        guard let i = keyNames.firstIndex(of: key) else { return nil }
        if case .scalar(let scalar) = values[i], scalar.style == .plain {
            switch scalar.string {
            case "", "~", "null", "Null", "NULL": return nil
            default: break
            }
        }
        return values[i]
    }

    public mutating func string(_ key: String) -> String? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error("`\(key)` must be text, found \(Self.describe(node))", at: location(of: node))
            return nil
        }
        return scalar.string
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        diagnostics.error("`\(key)` must be true or false, found \(Self.describe(node))", at: location(of: node))
        return nil
    }

    public mutating func int(_ key: String) -> Int? {
        guard let node = value(key) else { return nil }
        if case .scalar(let scalar) = node, let number = Int(scalar.string) { return number }
        diagnostics.error("`\(key)` must be a whole number, found \(Self.describe(node))", at: location(of: node))
        return nil
    }

    public mutating func strings(_ key: String) -> [String]? {
        guard let node = value(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            let hint = node.string.map { " (write `\(key): [\($0)]`)" } ?? ""
            diagnostics.error("`\(key)` must be a list of text, found \(Self.describe(node))\(hint)", at: location(of: node))
            return nil
        }
        var result: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                diagnostics.error("every item of `\(key)` must be text, found \(Self.describe(item))", at: location(of: item))
                continue
            }
            result.append(scalar.string)
        }
        return result
    }

    public mutating func timestamp(_ key: String) -> Timestamp? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error("`\(key)` must be a date, found \(Self.describe(node))", at: location(of: node))
            return nil
        }
        guard let timestamp = Timestamp(parsing: scalar.string) else {
            diagnostics.error("`\(key)`: '\(scalar.string)' is not a date; write 2025-03-14 or 2025-03-14T09:30:00Z", at: location(of: node))
            return nil
        }
        return timestamp
    }

    /// A nested mapping such as `image:` or `markdown:`.
    public mutating func mapping(_ key: String) -> YAMLFields? {
        guard let node = value(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            diagnostics.error("`\(key)` must be a set of `key: value` lines, found \(Self.describe(node))", at: location(of: node))
            return nil
        }
        return YAMLFields(mapping: mapping, file: file, firstLine: firstLine)
    }

    /// True when `key` is present with a mapping value (lets callers accept two shapes, e.g. `image: x.png`).
    public func isMapping(_ key: String) -> Bool {
        guard let i = keyNames.firstIndex(of: key), case .mapping = values[i] else { return false }
        return true
    }

    /// Warnings for every key that no reader asked for, with a guess at what was meant.
    public mutating func warnAboutUnknownKeys(context: String) {
        let known = Set(asked)
        let names = known.sorted()
        for i in keyNames.indices where !known.contains(keyNames[i]) {
            var message = "unknown \(context) key `\(keyNames[i])`"
            if let guess = Suggestion.closest(to: keyNames[i], in: names) { message += " (did you mean `\(guess)`?)" }
            diagnostics.warning(message, at: location(of: keyNodes[i]))
        }
    }

    /// Records a problem found by the caller (a missing required key, say).
    public mutating func report(error message: String, at location: SourceLocation) {
        diagnostics.error(message, at: location)
    }

    /// Takes in the problems of a nested mapping.
    public mutating func absorb(_ nested: YAMLFields) {
        diagnostics.append(contentsOf: nested.diagnostics)
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "'\(s.string.count > 40 ? String(s.string.prefix(40)) + "…" : s.string)'"
        case .sequence: return "a list"
        case .mapping: return "a set of `key: value` lines"
        case .alias: return "an alias"
        }
    }

    static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: firstLine + mark.line - 1, column: mark.column)
        }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .error("malformed YAML: \(problem)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("`\(duplicates.joined(separator: "`, `"))` is given twice", at: at(context.mark))
        default:
            return .error("malformed YAML: \(error)", at: SourceLocation(file: file, line: firstLine, column: 1))
        }
    }
}
