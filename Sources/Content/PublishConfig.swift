// The `publish:` and `links:` parts of sitegen.yml: where the site goes, cache rules, and how links are checked.

import Diagnostics

/// Publishing settings. Target addresses are checked by the publish command, which knows their forms;
/// each keeps where it was written so that errors point at the config line.
public struct PublishConfig: Sendable {
    public struct Target: Sendable {
        public var name: String
        public var address: String
        /// Custom S3 endpoint (R2, MinIO...); `AWS_ENDPOINT_URL` otherwise.
        public var endpoint: String?
        public var region: String?
        /// CNAME file for a git branch served by GitHub Pages.
        public var cname: String?
        public var location: SourceLocation

        public init(name: String, address: String, endpoint: String? = nil, region: String? = nil, cname: String? = nil, location: SourceLocation) {
            self.name = name
            self.address = address
            self.endpoint = endpoint
            self.region = region
            self.cname = cname
            self.location = location
        }
    }

    public var targets: [Target] = []
    public var defaultTarget: String?
    /// `glob → Cache-Control`, first match wins.
    public var cacheRules: [(glob: String, cacheControl: String)] = []
    public var gzip = false
    public var maxDeletes = 256
    /// Write `_redirects` (from aliases) and `_headers` (from the cache rules) for Netlify and Cloudflare Pages.
    public var hostFiles = false

    public init() {}

    mutating func read(_ fields: inout YAMLFields) {
        defaultTarget = fields.string("default")
        gzip = fields.bool("gzip") ?? gzip
        hostFiles = fields.bool("host_files") ?? hostFiles
        if let limit = fields.int("max_deletes") {
            if limit >= 0 { maxDeletes = limit } else { fields.report(error: "`max_deletes` must be 0 or more", at: fields.location(ofKey: "max_deletes")!) }
        }
        if var list = fields.mapping("targets") {
            for name in list.keys {
                let location = list.location(ofKey: name)!
                if list.isMapping(name), var target = list.mapping(name) {
                    guard let address = target.string("url") else {
                        target.report(error: "publish target `\(name)` needs a `url`, such as s3://bucket/prefix", at: location)
                        list.absorb(target)
                        continue
                    }
                    targets.append(Target(name: name, address: address, endpoint: target.string("endpoint"), region: target.string("region"),
                                          cname: target.string("cname"), location: target.location(ofKey: "url") ?? location))
                    target.warnAboutUnknownKeys(context: "publish target")
                    list.absorb(target)
                } else if let address = list.string(name) {
                    targets.append(Target(name: name, address: address, location: location))
                }
            }
            fields.absorb(list)
        }
        if var rules = fields.mapping("cache") {
            for glob in rules.keys {
                if let value = rules.string(glob) { cacheRules.append((glob, value)) }
            }
            fields.absorb(rules)
        }
        if let name = defaultTarget, !targets.contains(where: { $0.name == name }) {
            fields.report(error: "default publish target `\(name)` is not among `targets`", at: fields.location(ofKey: "default")!)
        }
    }
}

/// How links are checked. Internal links are checked on every build; external ones by `sitegen check --external`.
public struct LinkCheckConfig: Sendable {
    public enum Severity: String, Sendable { case error, warning, off }
    /// A warning by default: a broken link is worth fixing, not worth holding a story back; `sitegen check` fails on them.
    public var internalLinks = Severity.warning
    /// URL prefixes never requested (sites that block robots, say).
    public var skipPrefixes: [String] = []
    /// Seconds per request.
    public var timeout = 10.0
    public var concurrency = 8
    /// Requests per second to one host.
    public var perHostRate = 2.0

    public init() {}

    mutating func read(_ fields: inout YAMLFields) {
        if let value = fields.string("internal") {
            if let severity = Severity(rawValue: value) { internalLinks = severity } else {
                fields.report(error: "`internal` must be error, warning or off", at: fields.location(ofKey: "internal")!)
            }
        }
        skipPrefixes = fields.strings("skip") ?? skipPrefixes
        if let seconds = fields.int("timeout") {
            if seconds > 0 { timeout = Double(seconds) } else { fields.report(error: "`timeout` must be at least 1 second", at: fields.location(ofKey: "timeout")!) }
        }
        if let count = fields.int("concurrency") {
            if count > 0 { concurrency = count } else { fields.report(error: "`concurrency` must be at least 1", at: fields.location(ofKey: "concurrency")!) }
        }
        if let rate = fields.int("per_host_rate") {
            if rate > 0 { perHostRate = Double(rate) } else { fields.report(error: "`per_host_rate` must be at least 1", at: fields.location(ofKey: "per_host_rate")!) }
        }
    }
}
