// Where a site is published, as written in the config or on the command line: a folder, a bucket, a git branch.

/// A publish target address: `dir:/srv/www/site`, `s3://bucket/prefix`, or `git:REMOTE#branch`.
public enum PublishTarget: Sendable, Equatable, CustomStringConvertible {
    case folder(path: String)
    case s3(bucket: String, prefix: String)
    case git(remote: String, branch: String)

    /// Parses an address; the error says what forms are accepted.
    public init(parsing address: String) throws(PublishError) {
        if address.hasPrefix("dir:") {
            let path = String(address.dropFirst(4))
            guard !path.isEmpty else { throw PublishError("`\(address)`: a folder target needs a path, as in dir:/srv/www/site") }
            self = .folder(path: path)
        } else if address.hasPrefix("s3://") {
            let rest = address.dropFirst(5)
            let bucket = String(rest.prefix { $0 != "/" })
            let prefix = rest.dropFirst(bucket.count).split(separator: "/").joined(separator: "/")
            guard Self.isBucketName(bucket) else {
                throw PublishError("`\(address)`: `\(bucket)` is not a bucket name (3 to 63 lowercase letters, digits, dots and hyphens)")
            }
            self = .s3(bucket: bucket, prefix: prefix)
        } else if address.hasPrefix("git:") {
            let rest = address.dropFirst(4)
            guard let hash = rest.lastIndex(of: "#") else {
                throw PublishError("`\(address)`: a git target names its branch after `#`, as in git:origin#gh-pages")
            }
            let remote = String(rest[..<hash])
            let branch = String(rest[rest.index(after: hash)...])
            guard !remote.isEmpty, !branch.isEmpty, !branch.contains(".."), !branch.hasPrefix("-"), !remote.hasPrefix("-") else {
                throw PublishError("`\(address)`: a git target is git:REMOTE#BRANCH, as in git:origin#gh-pages")
            }
            self = .git(remote: remote, branch: branch)
        } else {
            throw PublishError("`\(address)` is not a publish target; use dir:PATH, s3://BUCKET/PREFIX or git:REMOTE#BRANCH")
        }
    }

    public var description: String {
        switch self {
        case .folder(let path): return "dir:\(path)"
        case .s3(let bucket, let prefix): return prefix.isEmpty ? "s3://\(bucket)" : "s3://\(bucket)/\(prefix)"
        case .git(let remote, let branch): return "git:\(remote)#\(branch)"
        }
    }

    static func isBucketName(_ name: String) -> Bool {
        (3...63).contains(name.utf8.count) && name.utf8.allSatisfy { b in
            (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 46 || b == 45
        }
    }
}

/// A publish failure, said in words a user can act on.
public struct PublishError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Whether trying again may succeed (timeouts, dropped connections, 5xx answers).
    public var isTransient: Bool

    public init(_ message: String, transient: Bool = false) {
        self.message = message
        self.isTransient = transient
    }

    public var description: String { message }
}
