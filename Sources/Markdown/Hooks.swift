// The questions the Markdown renderer asks of the site it renders for: where links go, how big images are.

/// What a link destination in the Markdown becomes.
public enum LinkRewrite: Sendable, Equatable {
    /// Leave the destination as it is.
    case keep
    /// Replace it, e.g. `../markets/rates.md` with `/markets/rates/`.
    case replace(String)
    /// It names a page or file that does not exist; the message says which.
    case broken(String)
}

/// The site-specific answers the renderer needs while enriching. Both default to "nothing to say".
public struct RenderHooks: Sendable {
    public var rewriteLink: @Sendable (String) -> LinkRewrite
    /// Width and height of a local image, when its header can be read.
    public var imageSize: @Sendable (String) -> (width: Int, height: Int)?

    public init(
        rewriteLink: @escaping @Sendable (String) -> LinkRewrite = { _ in .keep },
        imageSize: @escaping @Sendable (String) -> (width: Int, height: Int)? = { _ in nil }
    ) {
        self.rewriteLink = rewriteLink
        self.imageSize = imageSize
    }
}
