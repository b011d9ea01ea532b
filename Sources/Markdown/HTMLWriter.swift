// A UTF-8 byte buffer with the escaping rules cmark uses, so output matches cmark byte for byte.

/// Appends HTML as bytes; far cheaper than building `String`s piece by piece.
struct HTMLWriter {
    var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func raw(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// A newline unless the output is empty or already ends with one (cmark's `cr`).
    mutating func newlineIfNeeded() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Escapes `& < > "` as cmark's `escape_html` does (single quotes are left alone).
    mutating func escaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for i in 0..<buffer.count {
            let replacement: StaticString
            switch buffer[i] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: continue
            }
            if i > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<i])) }
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            start = i + 1
        }
        if start < buffer.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...])) }
    }

    mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { escaped($0) }
    }

    /// Escapes a URL for an href the way cmark's `houdini_escape_href` does: safe characters stay,
    /// `&` and `'` become entities, everything else is percent-encoded.
    mutating func escapedHref(_ buffer: UnsafeBufferPointer<UInt8>) {
        for byte in buffer {
            if HTMLWriter.hrefSafe[Int(byte)] {
                bytes.append(byte)
            } else if byte == UInt8(ascii: "&") {
                raw("&amp;")
            } else if byte == UInt8(ascii: "'") {
                raw("&#x27;")
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(HTMLWriter.hexDigits[Int(byte >> 4)])
                bytes.append(HTMLWriter.hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    mutating func escapedHref(_ text: String) {
        var text = text
        text.withUTF8 { escapedHref($0) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "-_.+!*(),%#@?=;:/$~".utf8 { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        return table
    }()

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// HTML escaping for text built in Swift (attribute values and text), same rules as `HTMLWriter`.
public func escapeHTML(_ text: String) -> String {
    var writer = HTMLWriter(capacity: text.utf8.count + 16)
    writer.escaped(text)
    return writer.string
}
