// AWS-style credentials and region: the usual environment variables, then the shared credentials file.

import Foundation

/// An access key pair, with a session token for temporary credentials. Never printed.
public struct S3Credentials: Sendable, CustomStringConvertible {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// Keeps secrets out of logs and error messages.
    public var description: String { "S3Credentials(accessKeyID: \(accessKeyID.prefix(4))…)" }

    /// `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (with `AWS_SESSION_TOKEN`), else the
    /// profile `AWS_PROFILE` (or `default`) of `AWS_SHARED_CREDENTIALS_FILE` (or `~/.aws/credentials`).
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws(PublishError) -> S3Credentials {
        if let key = environment["AWS_ACCESS_KEY_ID"], !key.isEmpty, let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty {
            return S3Credentials(accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 })
        }
        let file = environment["AWS_SHARED_CREDENTIALS_FILE"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".aws/credentials").path
        let profile = environment["AWS_PROFILE"] ?? "default"
        if let text = try? String(contentsOfFile: file, encoding: .utf8), let section = iniSection(text, named: profile),
           let key = section["aws_access_key_id"], let secret = section["aws_secret_access_key"] {
            return S3Credentials(accessKeyID: key, secretAccessKey: secret, sessionToken: section["aws_session_token"])
        }
        throw PublishError("no S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add a [\(profile)] profile to \(file)")
    }

    /// The `key = value` pairs of `[name]` in an INI file.
    static func iniSection(_ text: String, named name: String) -> [String: String]? {
        var current: String?
        var found: [String: String]?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                current = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                if current == name && found == nil { found = [:] }
                continue
            }
            guard current == name, let equals = line.firstIndex(of: "=") else { continue }
            found?[line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        return found
    }
}

/// The region requests are signed for: `AWS_REGION`, `AWS_DEFAULT_REGION`, else `us-east-1`.
public func s3Region(configured: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    configured ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? "us-east-1"
}
