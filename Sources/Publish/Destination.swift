// The seam between the publisher and the places it publishes to.

/// What is already published at a destination, by path relative to the site root.
public struct RemoteFile: Sendable, Equatable {
    /// Lowercase hex MD5 of the stored bytes; nil when the destination cannot tell (then the file is sent again).
    public var md5: String?
    public var size: Int

    public init(md5: String?, size: Int) {
        self.md5 = md5
        self.size = size
    }
}

/// A place a site is published to. The publisher asks for the inventory, then uploads, then
/// deletes, then finishes; a destination never deletes anything the publisher did not name.
public protocol Destination: Sendable {
    /// Whether files are sent with Content-Type, Cache-Control and Content-Encoding (object stores do; folders and git do not).
    var sendsHeaders: Bool { get }
    /// Files the destination adds to the site (`.nojekyll`, `CNAME` on a git branch).
    var extraFiles: [String: [UInt8]] { get }
    /// Everything published now, path → stored hash and size.
    func inventory() async throws(PublishError) -> [String: RemoteFile]
    /// Called once before the first upload (never in a dry run).
    func prepare() async throws(PublishError)
    func upload(_ file: PreparedFile) async throws(PublishError)
    func delete(_ paths: [String]) async throws(PublishError)
    /// Called once everything else succeeded; `changed` says whether anything was uploaded or deleted.
    func finish(changed: Bool) async throws(PublishError)
}

extension Destination {
    public var extraFiles: [String: [UInt8]] { [:] }
    public func prepare() async throws(PublishError) {}
    public func finish(changed: Bool) async throws(PublishError) {}
}
