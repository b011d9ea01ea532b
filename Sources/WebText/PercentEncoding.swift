// Percent-encoding for URLs built in Swift (share links, data: URLs), without Foundation's slower path.

/// Encodes text for a URL query value, a `data:` URL, or a path segment; the encoding AWS Signature V4 asks for.
public enum PercentEncoding {
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Every byte but ASCII letters, digits and `-._~` (RFC 3986's unreserved set) becomes `%XX`;
    /// with `keepingSlashes`, `/` stays too (a path, such as an S3 object key).
    public static func encode(_ text: String, keepingSlashes: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            let unreserved = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                || byte == 45 || byte == 46 || byte == 95 || byte == 126
            if unreserved || (keepingSlashes && byte == 47) {
                out.append(byte)
            } else {
                out.append(contentsOf: [37, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
