// The sitegen binary: exit codes, the markdown command, starters, and the CommonMark spec.

import ExternalProgram
import Foundation
import Testing
import TestSupport

/// The built `sitegen` executable beside the test bundle (SwiftPM builds it for this target).
private let binary: String? = {
    let candidates = [
        (CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/sitegen",
        Bundle.main.bundlePath + "/../sitegen",
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path + "/.build/debug/sitegen",
    ]
    return candidates.map { ($0 as NSString).standardizingPath }.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// Runs a program, returning its status and everything it printed (standard output, then errors).
/// The limit is long: the shared tools install Chromium on their first run.
private func runProgram(_ path: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
    let result = try await offPool { try Program.run(path, arguments, timeLimit: .seconds(900)) }
    #expect(!result.timedOut, "\(path) \(arguments.joined(separator: " ")) ran past its time limit")
    return (result.status, result.out + result.err)
}

@discardableResult
private func run(_ arguments: [String], stdin: String = "", cwd: String? = nil, environment: [String: String] = [:]) async throws -> (status: Int32, out: String, err: String) {
    let executable = try #require(binary, "sitegen binary not found")
    let result = try await offPool { try Program.run(executable, arguments, stdin: stdin, cwd: cwd, environment: environment, timeLimit: .seconds(300)) }
    #expect(!result.timedOut, "sitegen \(arguments.joined(separator: " ")) ran past its time limit")
    return (result.status, result.out, result.err)
}

private func tempDir() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)").path
}

@Test func markdownCommandPrintsCommonMark() async throws {
    #expect(try await run(["markdown"], stdin: "# Hi *there*\n\n<div>x</div>\n\n<b>y</b>\n").out == "<h1>Hi <em>there</em></h1>\n<!-- raw HTML omitted -->\n<p><!-- raw HTML omitted -->y<!-- raw HTML omitted --></p>\n")
    #expect(try await run(["markdown", "--unsafe"], stdin: "<b>x</b>\n").out == "<p><b>x</b></p>\n")
}

@Test func usageErrorsExitWithTwo() async throws {
    #expect(try await run(["build", "--no-such-flag"]).status == 2)
    #expect(try await run(["frobnicate"]).status == 2)
    #expect(try await run(["--help"]).status == 0)
}

@Test func newSiteBuildsAndContentErrorsExitWithOne() async throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try await run(["new", "site", dir]).status == 0)
    let built = try await run(["build", "--source", dir])
    #expect(built.status == 0, "\(built.err)")
    #expect(built.out.hasPrefix("built "))
    #expect(FileManager.default.fileExists(atPath: dir + "/output/news/welcome/index.html"))

    let created = try await run(["new", "article", "Banks Move AI In-House!", "--section", "business", "--source", dir])
    #expect(created.status == 0)
    let path = dir + "/content/business/banks-move-ai-in-house.md"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("title: \"Banks Move AI In-House!\""))
    #expect(text.contains("authors: [\"Newsroom Staff\"]"))
    #expect(try await run(["build", "--source", dir, "--drafts"]).status == 0)

    try Data("---\ntitle: [oops\n---\n".utf8).write(to: URL(fileURLWithPath: dir + "/content/news/bad.md"))
    let failed = try await run(["build", "--source", dir])
    #expect(failed.status == 1)
    #expect(failed.err.contains("content/news/bad.md:"))
    #expect(failed.err.contains(": error: malformed YAML"))
    #expect(FileManager.default.fileExists(atPath: dir + "/output/news/welcome/index.html"))
}

@Test func refusesToOverwriteAFolderItDidNotCreate() async throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try await run(["new", "site", dir]).status == 0)
    let result = try await run(["build", "--source", dir, "--output", dir + "/content"])
    #expect(result.status == 1)
    #expect(FileManager.default.fileExists(atPath: dir + "/content/news/welcome.md"))
}

@Test func buildsTheExampleSite() async throws {
    let out = tempDir()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try await run(["build", "--source", packageRoot, "--output", out])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.err.isEmpty, "the example site should build without warnings: \(result.err)")
    #expect(FileManager.default.fileExists(atPath: out + "/reports/state-of-open-weight-ai/index.html"))
}

/// The CommonMark 0.30 spec, through `run-spec` from ../shared (skipped where it is absent).
@Test(.enabled(if: FileManager.default.fileExists(atPath: packageRoot + "/../shared/commonmark/run-spec")))
func passesTheCommonMarkSpec() async throws {
    let (status, text) = try await runProgram("/usr/bin/env", ["python3", packageRoot + "/../shared/commonmark/run-spec", "--", try #require(binary), "markdown", "--unsafe"])
    #expect(text.contains("652 passed, 0 failed"), "\(text.suffix(2000))")
    #expect(status == 0)
}

@Test func chartCommandWritesAStandaloneSVG() async throws {
    let dir = tempDir()
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Data("year,value\n2023,1\n2024,3\n".utf8).write(to: URL(fileURLWithPath: dir + "/d.csv"))
    try Data("type: column\ntitle: T & <U>\ndata: d.csv\n".utf8).write(to: URL(fileURLWithPath: dir + "/spec.yml"))
    let result = try await run(["chart", dir + "/spec.yml", "-o", dir + "/out.svg"])
    #expect(result.status == 0, "\(result.err)")
    let svg = try String(contentsOfFile: dir + "/out.svg", encoding: .utf8)
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.contains("<title id=\"t\">T &amp; &lt;U&gt;</title>"))
    try Data("type: colum\n".utf8).write(to: URL(fileURLWithPath: dir + "/bad.yml"))
    let bad = try await run(["chart", dir + "/bad.yml"])
    #expect(bad.status == 1)
    #expect(bad.err.contains("bad.yml:1:1: error: unknown chart type `colum` (did you mean `column`?)"))
}

/// Live reload in a real browser, through ../shared/tools' headless Chromium (skipped where it is absent).
@Test(.enabled(if: FileManager.default.fileExists(atPath: packageRoot + "/../shared/tools/lib/sitegen_tools.py")))
func liveReloadWorksInChromium() async throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let files = [
        "sitegen.yml": "title: Browser test\n",
        "content/news/a.md": "---\ntitle: A\ndate: 2025-01-01\n---\n\nFirst version of the story.\n",
        "templates/assets/style.css": "body { color: rgb(0, 0, 0); }\n",
    ]
    for (path, text) in files {
        let full = dir + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }
    // The shared tools install Chromium, chromedriver and selenium on first use; check-a11y on one page does that.
    try Data("<!DOCTYPE html><html lang=\"en\"><title>x</title><main><p>x</p></main></html>".utf8).write(to: URL(fileURLWithPath: dir + "/probe.html"))
    _ = try await runProgram("/usr/bin/env", ["python3", packageRoot + "/../shared/tools/check-a11y", dir + "/probe.html", "-q"])
    let home = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"] ?? (NSHomeDirectory() + "/.cache")
    let python = home + "/sitegen-tools/venv/bin/python"
    guard FileManager.default.isExecutableFile(atPath: python) else { return }
    let (status, text) = try await runProgram(python, [URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Browser/browser_reload.py",
                                                 try #require(binary), dir, packageRoot + "/../shared/tools/lib"])
    #expect(status == 0, "\(text)")
    #expect(text.contains("6 passed, 0 failed"), "\(text)")
}

@Test func publishCommandSyncsAFolderAndPlansFirst() async throws {
    let dir = tempDir()
    let www = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir); try? FileManager.default.removeItem(atPath: www) }
    #expect(try await run(["new", "site", dir]).status == 0)
    let first = try await run(["publish", "dir:" + www, "--source", dir])
    #expect(first.status == 0, "\(first.err)")
    #expect(first.out.contains("plan: "))
    #expect(first.out.contains("published to dir:\(www):"))
    #expect(FileManager.default.contents(atPath: www + "/news/welcome/index.html") == FileManager.default.contents(atPath: dir + "/output/news/welcome/index.html"))
    #expect(!FileManager.default.fileExists(atPath: www + "/.sitegen-output"), "the build's ownership marker is not part of the site")

    try FileManager.default.removeItem(atPath: dir + "/content/news/welcome.md")
    let dry = try await run(["publish", "dir:" + www, "--source", dir, "--dry-run"])
    #expect(dry.status == 0, "\(dry.err)")
    #expect(dry.out.contains("  delete   news/welcome/index.html"))
    #expect(dry.out.contains("dry run: nothing was changed"))
    #expect(FileManager.default.fileExists(atPath: www + "/news/welcome/index.html"))

    let capped = try await run(["publish", "dir:" + www, "--source", dir, "--max-deletes", "0"])
    #expect(capped.status == 1)
    #expect(capped.err.contains("more than the limit of 0"))
    #expect(FileManager.default.fileExists(atPath: www + "/news/welcome/index.html"))

    let unknown = try await run(["publish", "production", "--source", dir])
    #expect(unknown.status == 1)
    #expect(unknown.err.contains("`production` is neither a target in sitegen.yml"))
    let inside = try await run(["publish", "dir:" + dir, "--source", dir])
    #expect(inside.status == 1)
    #expect(inside.err.contains("refusing to publish into"))
}

@Test func checkCommandReportsBrokenLinksAndWritesNothing() async throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try await run(["new", "site", dir]).status == 0)
    let good = try await run(["check", "--source", dir])
    #expect(good.status == 0, "\(good.err)")
    #expect(good.out.contains("links OK"))
    try Data("---\ntitle: Bad links\ndate: 2025-01-01\n---\n\nSee [gone](/news/gone/).\n".utf8).write(to: URL(fileURLWithPath: dir + "/content/news/bad.md"))
    let bad = try await run(["check", "--source", dir])
    #expect(bad.status == 1)
    #expect(bad.err.contains("content/news/bad.md:6:12: error: link to /news/gone/ does not resolve"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
}

/// Starts Tests/LinkCheckTests/Servers/links.py (200, 404, 500, never) and returns its base URL.
private func startLinkServer() async throws -> String {
    try await startServer(packageRoot + "/Tests/LinkCheckTests/Servers/links.py")
}

/// Starts a test server script (it stops when this process exits) and returns the first line it prints.
private func startServer(_ script: String) async throws -> String {
    try #require(try await offPool { ServerScript.start(script) }, "python3 could not start \(script)")
}

@Test func checkExternalGroupsBrokenLinksByURL() async throws {
    let base = try await startLinkServer()
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try await run(["new", "site", dir]).status == 0)
    let config = try String(contentsOfFile: dir + "/sitegen.yml", encoding: .utf8)
    try Data((config + "links:\n  timeout: 2\n  skip: [\"\(base)/skipped\"]\n").utf8).write(to: URL(fileURLWithPath: dir + "/sitegen.yml"))
    let body = "[fine](\(base)/ok), [gone](\(base)/missing), [down](\(base)/broken), [slow](\(base)/never), [skip](\(base)/skipped/a).\n\nAgain [gone](\(base)/missing).\n"
    try Data("---\ntitle: Links\ndate: 2025-01-01\n---\n\n\(body)".utf8).write(to: URL(fileURLWithPath: dir + "/content/news/links.md"))
    let result = try await run(["check", "--external", "--source", dir])
    #expect(result.status == 1)
    #expect(result.out.contains("\(base)/missing: 404"))
    #expect(result.out.contains("\(base)/broken: 500"))
    #expect(result.out.contains("\(base)/never: timed out"))
    #expect(!result.out.contains("\(base)/ok:"))
    #expect(result.out.contains("  content/news/links.md:6:"))
    #expect(result.out.contains("  content/news/links.md:8:"))
    #expect(result.out.contains("checked 4 external links (1 skipped): 3 broken"))
}

@Test func publishToS3SendsOnlyWhatAnEditChanged() async throws {
    let line = try await startServer(packageRoot + "/Tests/PublishTests/Servers/s3server.py")
    let info = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String], "moto is needed; scripts/test installs it")
    let environment = ["AWS_ACCESS_KEY_ID": info["key"]!, "AWS_SECRET_ACCESS_KEY": info["secret"]!, "AWS_REGION": "us-east-1",
                       "AWS_ENDPOINT_URL": info["s3"]!, "AWS_SESSION_TOKEN": ""]
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try await run(["new", "site", dir]).status == 0)
    for n in 1...6 {
        let text = "---\ntitle: Story \(n)\ndate: 2025-0\(n)-01\ntags: [markets]\n---\n\nThe council met on day \(n).\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/content/news/story-\(n).md"))
    }
    let first = try await run(["publish", "s3://site/e2e", "--source", dir], environment: environment)
    #expect(first.status == 0, "\(first.err)")
    let total = try #require(first.out.firstMatch(of: /(\d+) uploaded, 0 deleted, 0 unchanged/).map { Int($0.1)! })

    try Data("---\ntitle: Story 3\ndate: 2025-03-01\ntags: [markets]\n---\n\nThe council met on day three, and voted.\n".utf8)
        .write(to: URL(fileURLWithPath: dir + "/content/news/story-3.md"))
    let second = try await run(["publish", "s3://site/e2e", "--source", dir], environment: environment)
    #expect(second.status == 0, "\(second.err)")
    let changed = try #require(second.out.firstMatch(of: /(\d+) uploaded, 0 deleted, (\d+) unchanged/))
    #expect(Int(changed.1)! > 0 && Int(changed.1)! * 3 < total, "an edit re-sends its page and the listings and feeds that show it, not the site: \(second.out)")
    #expect(Int(changed.2)! + Int(changed.1)! == total)

    let wrong = try await run(["publish", "s3://site/e2e", "--source", dir], environment: environment.merging(["AWS_SECRET_ACCESS_KEY": "wrong"]) { _, new in new })
    #expect(wrong.status == 1)
    #expect(wrong.err.contains("SignatureDoesNotMatch"))
    #expect(!wrong.err.contains(info["secret"]!) && !wrong.out.contains(info["secret"]!))
}
