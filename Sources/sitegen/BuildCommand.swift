// `sitegen build`: builds the site into the output folder and prints every problem like a compiler.

import ArgumentParser
import Diagnostics
import Foundation
import Site

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @Option(name: .long, help: "The site folder (with sitegen.yml and content/), or a bare content folder.")
    var source: String = "."

    @Option(name: .long, help: "The output folder (default: the config's `output`, else output/ in the site folder).")
    var output: String?

    @Flag(help: "Include articles marked `draft: true`.")
    var drafts = false

    @Flag(help: "Include articles dated in the future.")
    var future = false

    @Option(name: .customLong("base-url"), help: "Override the config's base_url, e.g. https://staging.example.com/.")
    var baseURL: String?

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print the time of each phase.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        if let baseURL, URL(string: baseURL)?.host == nil { throw ValidationError("--base-url must be an absolute URL such as https://example.com/") }
    }

    func run() async throws {
        let started = Date()
        var options = BuildOptions(source: source, output: output, includeDrafts: drafts, includeFuture: future, baseURL: baseURL)
        options.freesMemory = false      // the command ends right after the build
        // The progress line only appears on a terminal, so logs and pipes stay clean.
        let terminal = isatty(STDOUT_FILENO) == 1 && !quiet
        let report = await SiteBuilder(options: options).build { phase in
            if terminal { FileHandle.standardOutput.write(Data("\r\u{1B}[K  building: \(phase)…".utf8)) }
        }
        if terminal { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
        Terminal.print(report.diagnostics)
        if verbose {
            for phase in report.phases {
                let name = phase.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                var line = name + String(format: " %8.1f ms   cpu %8.1f ms", phase.seconds * 1000, phase.processorSeconds * 1000)
                // The kernel accounts processor time in ticks: on a short phase the ratio would be noise.
                if phase.seconds >= 0.05 { line += String(format: "   %.1f cores", phase.processorSeconds / phase.seconds) }
                print(line)
            }
        }
        let seconds = Date().timeIntervalSince(started)
        guard report.succeeded else {
            Terminal.error("build failed: \(report.diagnostics.errorCount) error(s), \(report.diagnostics.warningCount) warning(s); output left as it was")
            throw ExitCode(1)
        }
        if !quiet {
            print(String(format: "built %d pages (%d files, %d articles) into %@ in %.2f s", report.pagesWritten, report.filesWritten,
                         report.articles, (report.outputPath ?? "?") as NSString, seconds))
        }
    }
}

/// Printing diagnostics to standard error.
enum Terminal {
    static func print(_ diagnostics: DiagnosticList) {
        let text = diagnostics.sorted.map(\.description).joined(separator: "\n")
        if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
