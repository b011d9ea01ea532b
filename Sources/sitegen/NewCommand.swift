// `sitegen new site` and `sitegen new article`: starters that build as they are.

import ArgumentParser
import Content
import Foundation
import Markdown

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create a starter site or a new article.",
                                                    subcommands: [NewSite.self, NewArticle.self])
}

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "site", abstract: "Create a working starter site in DIR.")

    @Argument(help: "The folder to create (must not exist or be empty).")
    var directory: String

    func run() throws {
        let fm = FileManager.default
        if let entries = try? fm.contentsOfDirectory(atPath: directory), !entries.isEmpty {
            Terminal.error("\(directory) is not empty; choose a new folder")
            throw ExitCode(1)
        }
        let today = Timestamp.now.isoDate
        let files: [(String, String)] = [
            ("sitegen.yml", StarterSite.config),
            ("content/_index.md", StarterSite.home),
            ("content/news/_index.md", StarterSite.section),
            ("content/news/welcome.md", StarterSite.article(date: today)),
            ("static/robots-extra.txt", "# Files in static/ are copied to the site as they are.\n"),
        ]
        for (path, text) in files {
            let full = (directory as NSString).appendingPathComponent(path)
            try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        print("created a site in \(directory); build it with: sitegen build --source \(directory)")
    }
}

struct NewArticle: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "article", abstract: "Create an article with its front matter filled in.")

    @Argument(help: "The headline.")
    var title: String

    @Option(help: "The section folder below content/, e.g. business or business/markets.")
    var section: String

    @Option(help: "The site folder.")
    var source: String = "."

    func run() throws {
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw ValidationError("the title gives an empty slug; use some letters or digits") }
        guard !section.contains(".."), !section.hasPrefix("/") else { throw ValidationError("--section must be a folder below content/") }
        let folder = (source as NSString).appendingPathComponent("content/" + section)
        let path = (folder as NSString).appendingPathComponent(slug + ".md")
        if FileManager.default.fileExists(atPath: path) {
            Terminal.error("\(path) already exists")
            throw ExitCode(1)
        }
        let (config, _) = SiteConfig.load(root: source)
        let author = config.defaultAuthor.map { "[\(StarterSite.quoted($0))]" } ?? "[]"
        let text = """
        ---
        title: \(StarterSite.quoted(title))
        date: \(Timestamp.now.iso8601)
        authors: \(author)
        tags: []
        summary: ""
        draft: true
        ---

        Write the story here.

        """
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        print(path)
    }
}
