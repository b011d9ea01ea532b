// Escaping for text and attribute values in XML documents (feeds, sitemap).

/// XML escaping for feeds, sitemaps and S3 request bodies.
public enum XMLText {
    /// Markup characters become entities; the control characters XML 1.0 forbids are dropped.
    /// On UTF-8 bytes: feeds escape whole articles, and a per-character loop was the slowest part of writing them.
    static let escaper = ByteEscaper(
        replacing: [UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;",
                    UInt8(ascii: "\""): "&quot;", UInt8(ascii: "'"): "&apos;"],
        dropping: Set((0x00..<0x20).filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }))

    public static func escape(_ text: String) -> String {
        escaper.escape(text)
    }
}
