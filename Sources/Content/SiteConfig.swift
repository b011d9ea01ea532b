// The site configuration (sitegen.yml): identity, URLs, output and Markdown options.

import Diagnostics
import Foundation

/// Settings from `sitegen.yml`. Every key has a default, so a bare content folder builds too.
public struct SiteConfig: Sendable {
    public var title = "Untitled site"
    /// Absolute base URL ending in `/`, e.g. `https://news.example.com/`.
    public var baseURL = "http://localhost/"
    public var language = "en"
    public var description = ""
    public var defaultAuthor: String?
    /// The output folder, relative to the site root.
    public var output = "output"
    /// Articles per listing page.
    public var paginate = 20
    /// Items per feed.
    public var feedItems = 20
    /// Raw HTML in Markdown passes through only when this is on.
    public var unsafeHTML = false
    public var smartPunctuation = true
    /// Entity extraction: on or off, which types get topic pages, linking of first mentions, the page threshold.
    public var entitiesEnabled = true
    public var entityTypes: [String] = ["person", "organization", "place"]
    public var linkEntities = true
    /// An entity gets a topic page once this many articles mention it.
    public var entityMinArticles = 2
    /// Articles per topic page.
    public var entityPaginate = 100
    public var publish = PublishConfig()
    public var links = LinkCheckConfig()

    public init() {}

    public static let fileName = "sitegen.yml"

    /// Reads `sitegen.yml` in `root`; a missing file gives the defaults.
    public static func load(root: String) -> (SiteConfig, DiagnosticList) {
        let path = (root as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return (SiteConfig(), DiagnosticList()) }
        switch SourceText.read(absolutePath: path, displayPath: fileName) {
        case .failure(let diagnostic):
            return (SiteConfig(), DiagnosticList([diagnostic]))
        case .success(let text):
            return parse(text, file: fileName)
        }
    }

    public static func parse(_ yaml: String, file: String) -> (SiteConfig, DiagnosticList) {
        var config = SiteConfig()
        var fields = YAMLFields(yaml: yaml, file: file, firstLine: 1)
        config.title = fields.string("title") ?? config.title
        if let url = fields.string("base_url") {
            if let parsed = URL(string: url), let scheme = parsed.scheme, ["http", "https"].contains(scheme), parsed.host != nil {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                fields.report(error: "`base_url` must be an absolute http(s) URL such as https://news.example.com/", at: fields.location(ofKey: "base_url")!)
            }
        }
        config.language = fields.string("language") ?? config.language
        config.description = fields.string("description") ?? config.description
        config.defaultAuthor = fields.string("author")
        config.output = fields.string("output") ?? config.output
        if let paginate = fields.int("paginate") {
            if paginate > 0 { config.paginate = paginate } else { fields.report(error: "`paginate` must be at least 1", at: fields.location(ofKey: "paginate")!) }
        }
        if let items = fields.int("feed_items") {
            if items > 0 { config.feedItems = items } else { fields.report(error: "`feed_items` must be at least 1", at: fields.location(ofKey: "feed_items")!) }
        }
        if var markdown = fields.mapping("markdown") {
            config.unsafeHTML = markdown.bool("unsafe") ?? config.unsafeHTML
            config.smartPunctuation = markdown.bool("smart_punctuation") ?? config.smartPunctuation
            markdown.warnAboutUnknownKeys(context: "markdown")
            fields.absorb(markdown)
        }
        if var entities = fields.mapping("entities") {
            config.entitiesEnabled = entities.bool("enabled") ?? config.entitiesEnabled
            config.linkEntities = entities.bool("link") ?? config.linkEntities
            if let minimum = entities.int("min_articles") {
                if minimum >= 1 { config.entityMinArticles = minimum } else { entities.report(error: "`min_articles` must be at least 1", at: entities.location(ofKey: "min_articles")!) }
            }
            if let size = entities.int("paginate") {
                if size >= 1 { config.entityPaginate = size } else { entities.report(error: "`paginate` must be at least 1", at: entities.location(ofKey: "paginate")!) }
            }
            if let types = entities.strings("types") {
                let known = ["person", "organization", "place", "product"]
                for type in types where !known.contains(type) {
                    entities.report(error: "unknown entity type `\(type)`; use person, organization, place or product", at: entities.location(ofKey: "types")!)
                }
                config.entityTypes = types.filter(known.contains)
            }
            entities.warnAboutUnknownKeys(context: "entities")
            fields.absorb(entities)
        }
        if var publish = fields.mapping("publish") {
            config.publish.read(&publish)
            publish.warnAboutUnknownKeys(context: "publish")
            fields.absorb(publish)
        }
        if var links = fields.mapping("links") {
            config.links.read(&links)
            links.warnAboutUnknownKeys(context: "links")
            fields.absorb(links)
        }
        fields.warnAboutUnknownKeys(context: "config")
        return (config, fields.diagnostics)
    }

    /// The absolute URL of a site path such as `/business/`.
    public func absoluteURL(_ path: String) -> String {
        baseURL + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }

    /// The path part of the base URL (`/` or `/news/`), prefixed to every root-relative link.
    public var basePath: String {
        guard let url = URL(string: baseURL) else { return "/" }
        let path = url.path
        if path.isEmpty || path == "/" { return "/" }
        return path.hasSuffix("/") ? path : path + "/"
    }
}
