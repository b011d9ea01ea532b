// `sitegen publish`: builds the site, then syncs output/ to a folder, an S3-compatible bucket or a git branch.

import ArgumentParser
import Content
import Diagnostics
import Foundation
import Hosting
import Output
import Publish
import Site

struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Build the site and publish it: only changed files are sent, stale ones removed last.",
        discussion: """
        TARGET is a target name from sitegen.yml's `publish.targets`, or an address:
          dir:/srv/www/site        a folder a web server reads
          s3://bucket/prefix       an S3-compatible bucket (credentials from AWS_ACCESS_KEY_ID and
                                   AWS_SECRET_ACCESS_KEY or ~/.aws/credentials; AWS_REGION; AWS_ENDPOINT_URL)
          git:origin#gh-pages      a branch of a git remote (GitHub Pages and the like)
        Without TARGET, the config's `publish.default` is used.
        """)

    @Argument(help: "A target name from the config, or an address (dir:PATH, s3://BUCKET/PREFIX, git:REMOTE#BRANCH).")
    var target: String?

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    @Flag(name: .customLong("dry-run"), help: "Print the plan and change nothing.")
    var dryRun = false

    @Option(name: .customLong("max-deletes"), help: "Allow deleting more published files than the config's limit (default 256).")
    var maxDeletes: Int?

    @Flag(help: "Send every file again, changed or not (after changing cache rules, say).")
    var force = false

    @Flag(name: .customLong("no-build"), help: "Publish the output folder as it is, without building first.")
    var noBuild = false

    @Option(name: .long, help: "S3 endpoint URL (R2, MinIO, ...); overrides the config and AWS_ENDPOINT_URL.")
    var endpoint: String?

    @Option(name: .long, help: "Uploads in flight at once.")
    var connections: Int = 8

    func validate() throws {
        if let maxDeletes, maxDeletes < 0 { throw ValidationError("--max-deletes must be 0 or more") }
        if connections < 1 { throw ValidationError("--connections must be at least 1") }
        if let endpoint, URL(string: endpoint)?.host == nil { throw ValidationError("--endpoint must be a URL such as https://minio.example.org:9000") }
    }

    func run() async throws {
        let started = Date()
        let (config, problems) = SiteConfig.load(root: source)
        Terminal.print(problems)
        if problems.hasErrors { throw ExitCode(1) }
        let chosen = try resolveTarget(config.publish)
        let address: PublishTarget
        do {
            address = try PublishTarget(parsing: chosen.address)
        } catch {
            Terminal.print(DiagnosticList([.error(error.message, at: chosen.location)]))
            throw ExitCode(1)
        }
        let output = (source as NSString).appendingPathComponent(config.output)

        if !noBuild {
            let report = await SiteBuilder(options: BuildOptions(source: source)).build()
            Terminal.print(report.diagnostics)
            guard report.succeeded else {
                Terminal.error("build failed; nothing was published")
                throw ExitCode(1)
            }
        }

        var options = PublishOptions()
        options.dryRun = dryRun
        options.force = force
        options.connections = connections
        options.maxDeletes = maxDeletes ?? config.publish.maxDeletes
        options.exclude = [OutputFolder.markerName]
        options.settings = PublishSettings(
            cache: CachePolicy(globs: config.publish.cacheRules),
            gzip: config.publish.gzip)
        let terminal = isatty(STDERR_FILENO) == 1
        do throws(PublishError) {
            let destination = try makeDestination(address, target: chosen, output: output)
            let report = try await Publisher(destination: destination, options: options).publish(folder: output, say: { print($0) }) { done, total in
                if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K  uploading \(done)/\(total)".utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            if report.dryRun {
                print("dry run: nothing was changed at \(address)")
            } else {
                print("published to \(address): \(report.uploaded) uploaded, \(report.deleted) deleted, \(report.plan.unchanged) unchanged in \(seconds) s")
            }
        } catch {
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            Terminal.error(error.message)
            throw ExitCode(1)
        }
    }

    /// The target named on the command line, else the config's default.
    private func resolveTarget(_ config: PublishConfig) throws -> PublishConfig.Target {
        let name = target ?? config.defaultTarget
        guard let name else {
            Terminal.error("no publish target: name one (sitegen publish s3://bucket/prefix) or set `publish.default` in sitegen.yml")
            throw ExitCode(1)
        }
        if let configured = config.targets.first(where: { $0.name == name }) { return configured }
        if name.contains(":") { return PublishConfig.Target(name: name, address: name, location: SourceLocation(file: "command line")) }
        let known = config.targets.map { "`\($0.name)`" }.joined(separator: ", ")
        Terminal.error("`\(name)` is neither a target in sitegen.yml\(known.isEmpty ? "" : " (" + known + ")") nor an address such as s3://bucket/prefix")
        throw ExitCode(1)
    }

    private func makeDestination(_ address: PublishTarget, target: PublishConfig.Target, output: String) throws(PublishError) -> any Destination {
        switch address {
        case .folder(let path):
            let absolute = path.hasPrefix("/") ? path : (source as NSString).appendingPathComponent(path)
            return try FolderDestination(path: absolute, siteRoot: source, output: output)
        case .s3(let bucket, let prefix):
            let environment = ProcessInfo.processInfo.environment
            let endpointText = endpoint ?? target.endpoint ?? environment["AWS_ENDPOINT_URL_S3"] ?? environment["AWS_ENDPOINT_URL"]
            var endpointURL: URL?
            if let endpointText {
                guard let url = URL(string: endpointText), url.host != nil else { throw PublishError("the S3 endpoint `\(endpointText)` is not a URL") }
                endpointURL = url
            }
            return S3Destination(bucket: bucket, prefix: prefix, endpoint: endpointURL, region: s3Region(configured: target.region),
                                 credentials: try S3Credentials.resolve(), connections: connections)
        case .git(let remote, let branch):
            return try GitDestination(remote: remote, branch: branch, siteRoot: source, cname: target.cname)
        }
    }
}
