// Publishing to a git branch (GitHub Pages and the like): commit the site to the branch and push, only if something changed.

import ExternalProgram
import Foundation

/// A branch of a git remote. The branch is fetched into a private work folder (the site's own
/// repository is never touched), files are changed there, and one commit is pushed.
public final class GitDestination: Destination, @unchecked Sendable {
    // @unchecked: `work` is set once in init and only read afterwards.
    let remoteURL: String
    let branch: String
    let work: String
    let cname: String?
    let git: GitRunner

    /// `remote` is a remote name of the site's repository (`origin`) or a URL or path.
    public init(remote: String, branch: String, siteRoot: String, cname: String?) throws(PublishError) {
        let git = GitRunner()
        self.git = git
        if let url = try? git.run(["remote", "get-url", remote], in: siteRoot), !url.isEmpty {
            self.remoteURL = url
        } else if !remote.contains(":"), FileManager.default.fileExists(atPath: (siteRoot as NSString).appendingPathComponent(remote)) {
            self.remoteURL = URL(fileURLWithPath: (siteRoot as NSString).appendingPathComponent(remote)).standardizedFileURL.path
        } else {
            self.remoteURL = remote
        }
        self.branch = branch
        self.cname = cname
        self.work = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-publish-\(UUID().uuidString)").path
        try git.run(["init", "-q", work], in: FileManager.default.temporaryDirectory.path)
        do {
            try git.run(["fetch", "-q", "--depth", "1", remoteURL, "refs/heads/\(branch)"], in: work)
            try git.run(["checkout", "-q", "-B", branch, "FETCH_HEAD"], in: work)
        } catch {
            // A branch that does not exist yet starts empty; an unreachable remote fails at push.
            try git.run(["checkout", "-q", "--orphan", branch], in: work)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: work)
    }

    public var sendsHeaders: Bool { false }

    public var extraFiles: [String: [UInt8]] {
        var files = [".nojekyll": [UInt8]()]
        if let cname { files["CNAME"] = Array((cname + "\n").utf8) }
        return files
    }

    public func inventory() async throws(PublishError) -> [String: RemoteFile] {
        let listed = try git.run(["ls-files", "-z"], in: work)
        return try await FileTree.inventory(listed.split(separator: "\0").filter { !$0.isEmpty }.map(String.init), in: work)
    }

    public func upload(_ file: PreparedFile) async throws(PublishError) {
        let target = work + "/" + file.path
        do {
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(try file.body()).write(to: URL(fileURLWithPath: target))
        } catch let error as PublishError {
            throw error
        } catch {
            throw PublishError("cannot write \(file.path) into the git work folder: \(error.localizedDescription)")
        }
    }

    public func delete(_ paths: [String]) async throws(PublishError) {
        for path in paths { try? FileManager.default.removeItem(atPath: work + "/" + path) }
    }

    public func finish(changed: Bool) async throws(PublishError) {
        guard changed else { return }
        try git.run(["add", "-A", "."], in: work)
        if (try? git.run(["diff", "--cached", "--quiet"], in: work)) != nil { return }
        try git.run(["-c", "user.name=sitegen", "-c", "user.email=sitegen@localhost", "commit", "-q", "-m", "Publish site with sitegen"], in: work)
        try git.run(["push", "-q", remoteURL, "HEAD:refs/heads/\(branch)"], in: work)
    }
}

/// Runs git and returns what it printed; a failure carries git's own message.
struct GitRunner: Sendable {
    @discardableResult
    func run(_ arguments: [String], in folder: String) throws(PublishError) -> String {
        let result: ProgramResult
        do {
            result = try Program.run("/usr/bin/env", ["git"] + arguments, cwd: folder, environment: ["GIT_TERMINAL_PROMPT": "0"])
        } catch {
            throw PublishError("cannot run git: \(error)")
        }
        guard result.status == 0 else {
            let message = result.err.trimmingCharacters(in: .whitespacesAndNewlines)
            throw PublishError("git \(arguments.first ?? "") failed: \(message.isEmpty ? "exit \(result.status)" : message)")
        }
        return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
