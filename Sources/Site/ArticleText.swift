// The prose of an article as the entity extractor reads it, and the site's curated entities file.

import Content
import Diagnostics
import Entities
import Foundation
import Markdown

enum ArticleText {
    /// Title first, then headings, paragraphs, list items and quotations: never code, URLs or raw HTML.
    static func blocks(title: String, prose: [ProseBlock]) -> [TextBlock] {
        [TextBlock(.title, title)] + prose.map { block in
            switch block.kind {
            case .heading: return TextBlock(.heading, block.text)
            case .paragraph: return TextBlock(.paragraph, block.text)
            case .listItem: return TextBlock(.listItem, block.text)
            case .quote: return TextBlock(.quote, block.text)
            }
        }
    }
}

/// `content/entities.yml`: the site's curated entities and deny list.
public enum CuratedEntitiesFile {
    public static let name = "entities.yml"

    public static func load(contentFolder: String, display: String) -> (CuratedEntities, DiagnosticList) {
        let path = contentFolder + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else { return (CuratedEntities(), DiagnosticList()) }
        guard let text = String(data: data, encoding: .utf8) else {
            return (CuratedEntities(), DiagnosticList([.error("not valid UTF-8", at: SourceLocation(file: display + "/" + name))]))
        }
        return CuratedEntities.parse(text, file: display + "/" + name)
    }
}
