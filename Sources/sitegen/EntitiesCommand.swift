// `sitegen entities`: what the extractor finds in each file, as a table or JSON, and its evaluation scores.

import ArgumentParser
import Content
import Diagnostics
import Entities
import Foundation
import Markdown
import Site

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "Show the people, organisations, places, quotes and figures found in articles.")

    @Argument(help: "Markdown files (default: every article in the site's content/).")
    var files: [String] = []

    @Option(name: .long, help: "The site folder (for content/ and content/entities.yml).")
    var source: String = "."

    @Flag(help: "Print JSON: an array of {file, people, organizations, places, quotes, figures}.")
    var json = false

    @Option(help: "Score the extractor on an annotated folder (eval/entities) and print precision, recall and F1.")
    var evaluate: String?

    @Flag(help: "Time the extraction alone (text already parsed) and print MB/s.")
    var benchmark = false

    func run() throws {
        let layout = SiteLayout(root: source)
        let (curated, problems) = CuratedEntitiesFile.load(contentFolder: layout.content, display: layout.contentDisplay)
        Terminal.print(problems)
        if problems.hasErrors { throw ExitCode(1) }
        let extractor = EntityExtractor(knowledge: Knowledge.standard.with(curated))
        if let evaluate { return try score(folder: evaluate, extractor: extractor) }

        var paths = files
        if paths.isEmpty {
            paths = ContentScanner.scan(contentRoot: layout.content, displayPrefix: layout.contentDisplay).articles.map(\.absolutePath)
        }
        if benchmark { return Self.benchmark(paths, extractor: extractor) }
        var results: [(String, Extraction)] = []
        for path in paths {
            guard let (title, body) = Self.read(path) else {
                Terminal.error("\(path): cannot read this file as UTF-8 text")
                continue
            }
            results.append((path, Self.extract(title: title, body: body, extractor: extractor)))
        }
        print(json ? Self.json(results) : Self.table(results))
    }

    static func read(_ path: String) -> (title: String, body: String)? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return nil }
        if case .success(let split) = FrontMatterSplit.split(text, file: path) {
            let title = split.yaml.split(separator: "\n").first { $0.hasPrefix("title:") }
                .map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\""]) } ?? ""
            return (title, split.body)
        }
        return ("", text)
    }

    static func extract(title: String, body: String, extractor: EntityExtractor) -> Extraction {
        var options = MarkdownOptions(smartPunctuation: true)
        options.collectProse = true
        let document = MarkdownRenderer(options: options).render(body)
        var blocks = [TextBlock(.title, title)]
        for block in document.prose {
            switch block.kind {
            case .heading: blocks.append(TextBlock(.heading, block.text))
            case .paragraph: blocks.append(TextBlock(.paragraph, block.text))
            case .listItem: blocks.append(TextBlock(.listItem, block.text))
            case .quote: blocks.append(TextBlock(.quote, block.text))
            }
        }
        return extractor.extract(blocks)
    }

    /// Extraction speed on the prose of `paths`, three passes, best one.
    static func benchmark(_ paths: [String], extractor: EntityExtractor) {
        var documents: [[TextBlock]] = []
        var bytes = 0
        for path in paths {
            guard let (title, body) = read(path) else { continue }
            var options = MarkdownOptions(smartPunctuation: true)
            options.collectProse = true
            let prose = MarkdownRenderer(options: options).render(body).prose
            let blocks = [TextBlock(.title, title)] + prose.map { TextBlock(.paragraph, $0.text) }
            bytes += blocks.reduce(0) { $0 + $1.text.utf8.count }
            documents.append(blocks)
        }
        var best = Double.infinity
        for _ in 0..<3 {
            let started = DispatchTime.now().uptimeNanoseconds
            var entities = 0
            for blocks in documents { entities += extractor.extract(blocks).entities.count }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            _ = entities
        }
        print(String(format: "%d documents, %.1f MB of text: %.3f s on one core = %.1f MB/s, %.3f ms per document",
                     documents.count, Double(bytes) / 1e6, best, Double(bytes) / 1e6 / best, best * 1000 / Double(max(1, documents.count))))
    }

    func score(folder: String, extractor: EntityExtractor) throws {
        var score = EvaluationScore()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name), let text = String(data: data, encoding: .utf8),
                  case .success(let split) = FrontMatterSplit.split(text, file: name), let gold = GoldAnnotation.parse(yaml: split.yaml) else {
                Terminal.error("\(folder)/\(name): cannot read its annotations")
                continue
            }
            score.add(Self.extract(title: "", body: split.body, extractor: extractor), gold: gold, name: name)
        }
        print("\(names.count) texts")
        print(score.table)
        if ProcessInfo.processInfo.environment["SITEGEN_EVAL_VERBOSE"] == "1" { print(score.mistakes.joined(separator: "\n")) }
    }

    static func table(_ results: [(String, Extraction)]) -> String {
        var lines: [String] = []
        for (file, extraction) in results {
            lines.append(file)
            for kind in EntityKind.allCases {
                let entities = extraction.entities(of: kind)
                guard !entities.isEmpty else { continue }
                lines.append("  \(kind.plural): " + entities.map { "\($0.name) (\($0.mentions))" }.joined(separator: ", "))
            }
            for quote in extraction.quotes {
                let text = quote.text.count > 70 ? quote.text.prefix(69) + "…" : quote.text
                lines.append("  quote: \(quote.speaker ?? "unattributed"): “\(text)”")
            }
            if !extraction.figures.isEmpty { lines.append("  figures: " + extraction.figures.prefix(12).map(\.text).joined(separator: "; ")) }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ results: [(String, Extraction)]) -> String {
        let array: [[String: Any]] = results.map { file, extraction in
            func entities(_ kind: EntityKind) -> [[String: Any]] {
                extraction.entities(of: kind).map { ["name": $0.name, "aliases": $0.aliases, "mentions": $0.mentions] }
            }
            return [
                "file": file,
                "people": entities(.person),
                "organizations": entities(.organization),
                "places": entities(.place),
                "products": entities(.product),
                "quotes": extraction.quotes.map { ["speaker": $0.speaker ?? NSNull(), "text": $0.text] as [String: Any] },
                "figures": extraction.figures.map { ["kind": $0.kind.rawValue, "text": $0.text, "sentence": $0.sentence] },
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: array, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
