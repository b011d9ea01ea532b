// Publishing to a git branch (GitHub Pages and the like): commit the site to the branch and push, only if something changed.

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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PublishError("cannot run git: \(error.localizedDescription)")
        }
        // Read both pipes to the end before waiting, so a chatty git never blocks on a full pipe.
        let errorData = ReadAll(errors.fileHandleForReading)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: errorData.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            throw PublishError("git \(arguments.first ?? "") failed: \(message.isEmpty ? "exit \(process.terminationStatus)" : message)")
        }
        return String(decoding: outData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Reads a pipe to its end on a background thread.
private final class ReadAll: @unchecked Sendable {
    // @unchecked: `data` is written by the reading thread before `done` is signalled and read after.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
