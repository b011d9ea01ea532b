// Loads the theme's and the site's Mustache templates, checks them, and renders pages with them.

import Diagnostics
import Foundation
import Mustache

/// A folder of `.mustache` files and the name under which its messages show it (`templates`).
public struct TemplateFolder: Sendable {
    public var path: String
    public var displayPath: String

    public init(path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
    }
}

/// All templates of a build. Later folders override earlier ones file by file, so a site's own
/// `templates/article.mustache` replaces the theme's.
public struct TemplateSet: Sendable {
    private var library = MustacheLibrary()
    /// Display path of each template's file, for messages.
    public private(set) var files: [String: String] = [:]
    /// Each template's text as written, for `specialized`.
    private var sources: [String: String] = [:]

    public init() {}

    /// Loads every `*.mustache` below the folders. Syntax errors and references to partials or
    /// parents that do not exist are reported with file, line and column.
    public static func load(from folders: [TemplateFolder]) -> (TemplateSet, DiagnosticList) {
        var set = TemplateSet()
        var diagnostics = DiagnosticList()
        var sources: [String: (text: String, display: String)] = [:]
        for folder in folders {
            for relative in mustacheFiles(in: folder.path) {
                let name = String(relative.dropLast(".mustache".count))
                let display = folder.displayPath + "/" + relative
                guard let data = FileManager.default.contents(atPath: folder.path + "/" + relative),
                      let text = String(data: data, encoding: .utf8) else {
                    diagnostics.error("cannot read this template as UTF-8 text", at: SourceLocation(file: display))
                    continue
                }
                sources[name] = (text, display)
            }
        }
        HTMLEscaping.registered
        for name in sources.keys.sorted() {
            let (text, display) = sources[name]!
            do {
                set.library.register(try MustacheTemplate(string: HTMLEscaping.pragma + text), named: name)
                set.files[name] = display
                set.sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error("template syntax: \(describe(error.error))",
                                  at: SourceLocation(file: display, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber))
            } catch {
                diagnostics.error("template syntax: \(error)", at: SourceLocation(file: display))
            }
        }
        for name in sources.keys.sorted() {
            let (text, display) = sources[name]!
            for reference in TemplateReferences.find(in: text) where sources[reference.name] == nil {
                let kind = reference.isParent ? "layout" : "partial"
                diagnostics.error("\(kind) `\(reference.name)` does not exist (looked for \(reference.name).mustache)",
                                  at: SourceLocation(file: display, line: reference.line, column: reference.column))
            }
        }
        return (set, diagnostics)
    }

    /// The same templates with every `{{name}}` whose name is a key of `constants` (`site.title`, say)
    /// printed into the text: what every page would print for it, done once per build. The caller
    /// promises that no context object shadows those names.
    public func specialized(constants: [String: String]) -> TemplateSet {
        var copy = self
        for (name, text) in sources {
            let rewritten = ConstantTags.substitute(constants, in: text, escape: Self.escape)
            if rewritten != text, let template = try? MustacheTemplate(string: HTMLEscaping.pragma + rewritten) {
                copy.library.register(template, named: name)
            }
        }
        return copy
    }

    /// `text` escaped as `{{name}}` prints it, for HTML a page builds outside the templates.
    public static func escape(_ text: String) -> String {
        HTMLEscaping.escaper.escape(text)
    }

    public func has(_ name: String) -> Bool {
        files[name] != nil
    }

    /// Renders template `name` with `context` (dictionaries, arrays, strings, numbers, booleans).
    /// `nil` when there is no such template.
    public func render(_ name: String, context: [String: Any]) -> String? {
        guard has(name) else { return nil }
        return library.render(context, withTemplate: name)
    }

    static func mustacheFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".mustache") && !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a closing tag does not match the section it closes"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not finished (missing `}}`?)"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}

/// `{{> partial}}` and `{{< parent}}` tags in a template's text.
enum TemplateReferences {
    struct Reference {
        var name: String
        var isParent: Bool
        var line: Int
        var column: Int
    }

    static func find(in text: String) -> [Reference] {
        var result: [Reference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...].drop { $0 == " " }
                guard let sigil = afterOpen.first, sigil == ">" || sigil == "<",
                      let close = afterOpen.range(of: "}}") else {
                    rest = rest[open.upperBound...]
                    continue
                }
                let name = afterOpen[afterOpen.index(after: afterOpen.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                result.append(Reference(name: name, isParent: sigil == "<", line: index + 1, column: column))
                rest = afterOpen[close.upperBound...]
            }
        }
        return result
    }
}
