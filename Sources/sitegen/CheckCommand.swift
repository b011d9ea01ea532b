// `sitegen check`: builds in memory, checks every internal link and anchor and, with --external, every web link.

import ArgumentParser
import Content
import Diagnostics
import Foundation
import LinkCheck
import Site

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site in memory (nothing is written) and check its links.")

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    @Flag(help: "Also request every external link (HEAD, then GET if HEAD is refused).")
    var external = false

    func run() async throws {
        let report = await SiteBuilder(options: BuildOptions(source: source)).check()
        Terminal.print(report.diagnostics)
        var failed = report.diagnostics.hasErrors
        if external && !failed {
            let (config, _) = SiteConfig.load(root: source)
            var options = ExternalLinkOptions()
            options.timeout = config.links.timeout
            options.concurrency = config.links.concurrency
            options.perHostRate = config.links.perHostRate
            options.skipPrefixes = config.links.skipPrefixes
            let results = await ExternalLinks(options: options).check(Array(report.externalLinks.keys))
            var broken = 0
            for url in results.keys.sorted() {
                guard let result = results[url], result.isProblem else { continue }
                broken += 1
                print("\(url): \(result.description)")
                for location in (report.externalLinks[url] ?? []).sorted() {
                    print("  \(location.place)")
                }
            }
            let skipped = results.values.filter { $0 == .skipped }.count
            print("checked \(results.count - skipped) external links (\(skipped) skipped): \(broken) broken")
            failed = failed || broken > 0
        }
        if failed {
            Terminal.error("check failed: \(report.diagnostics.errorCount) error(s), \(report.diagnostics.warningCount) warning(s)")
            throw ExitCode(1)
        }
        print("links OK: \(report.pagesWritten) pages checked, \(report.diagnostics.warningCount) warning(s)")
    }
}
