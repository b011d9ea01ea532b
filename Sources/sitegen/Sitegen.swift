// The `sitegen` command line: a thin layer over the pipeline libraries.

import ArgumentParser
import Foundation

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static site and report generator for newsrooms.",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, PublishCommand.self, ChartCommand.self, EntitiesCommand.self, MarkdownCommand.self, NewCommand.self]
    )

    /// Exit codes: 0 success, 1 content errors, 2 usage errors (ArgumentParser's own default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(2)
        }
    }
}

/// Content problems end a command with exit code 1.
struct ContentFailure: Error {}
