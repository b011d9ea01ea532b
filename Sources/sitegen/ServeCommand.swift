// `sitegen serve`: builds into memory, serves the preview, rebuilds what each edit affects, reloads pages.

import ArgumentParser
import Diagnostics
import Foundation
import Preview
import Site
import Watch

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Preview the site with live reload (never writes to the output folder).")

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    @Option(name: .long, help: "Address to listen on; the preview is for this machine unless you change it.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port; 0 picks a free one.")
    var port: UInt16 = 8000

    @Flag(name: .customLong("hide-drafts"), help: "Leave out drafts and articles dated in the future (shown, marked, by default).")
    var hideDrafts = false

    @Flag(help: "Watch by polling instead of inotify.")
    var poll = false

    @Flag(name: .shortAndLong, help: "Print the time of each phase of every rebuild.")
    var verbose = false

    func run() async throws {
        let options = BuildOptions(source: source, includeDrafts: !hideDrafts, includeFuture: !hideDrafts)
        let site = PreviewSite(options: options)
        let first = await site.rebuild(.everything)
        Terminal.print(first.report.diagnostics)
        let server = PreviewServer(site: site, host: host, port: port)
        let boundPort: UInt16
        do {
            boundPort = try await server.start()
        } catch let error as PreviewServer.StartError {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        Self.say("sitegen preview: http://\(host):\(boundPort)/ (\(first.report.pagesWritten) pages in \(Int(first.seconds * 1000)) ms; Ctrl-C stops)")
        let stop = Self.onInterrupt { await server.stop() }
        defer { stop.cancel() }

        let folders = await site.watchedFolders
        let root = await site.root
        let configFile = root + "/sitegen.yml"
        let watcher: any FileWatcher = poll ? PollingWatcher(folders: folders + [configFile], interval: .milliseconds(300))
                                            : makeWatcher(folders: folders, files: [configFile])
        await server.follow(watcher, site: site) { update in
            Terminal.print(update.report.diagnostics)
            if update.report.succeeded {
                Self.say("rebuilt in \(Int(update.seconds * 1000)) ms: \(update.report.pagesRendered) pages rendered, \(update.changedPaths.count) files changed")
                if verbose { Self.say(update.report.phases.map { "\($0.name) \(Int($0.seconds * 1000)) ms" }.joined(separator: ", ")) }
            } else {
                Terminal.error("the edit has errors; still serving the last good build")
            }
        }
    }

    /// A status line, written at once (print is buffered when the output is not a terminal).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Ctrl-C stops the server and exits cleanly.
    static func onInterrupt(_ shutdown: @escaping @Sendable () async -> Void) -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            Task {
                await shutdown()
                Self.say("\nstopped")
                Foundation.exit(0)
            }
        }
        source.resume()
        return source
    }
}
