// `sitegen markdown`: CommonMark on stdin to HTML on stdout, with no sitegen enrichment.

import ArgumentParser
import Foundation
import Markdown

struct MarkdownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "markdown", abstract: "Convert Markdown on stdin to HTML on stdout (plain CommonMark).")

    @Flag(help: "Pass raw HTML through (off by default, as in cmark).")
    var unsafe = false

    @Flag(help: "Smart punctuation: curly quotes, dashes, ellipses.")
    var smart = false

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var options = MarkdownOptions.commonMark(unsafeHTML: unsafe)
        options.smartPunctuation = smart
        let document = MarkdownRenderer(options: options).render(String(decoding: input, as: UTF8.self))
        FileHandle.standardOutput.write(Data(document.html.utf8))
    }
}
