// Escaping for text and attribute values in XML documents (feeds, sitemap).

/// XML escaping for feeds, sitemaps and S3 request bodies.
public enum XMLText {
    /// Escapes markup characters and drops the control characters XML 1.0 forbids. Works on UTF-8
    /// bytes: feeds escape whole articles, and a per-character loop was the slowest part of writing them.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&apos;".utf8)
            case 0x09, 0x0A, 0x0D: output.append(byte)
            case 0x00..<0x20: continue
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
