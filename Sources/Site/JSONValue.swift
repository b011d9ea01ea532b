// A minimal JSON value and writer: keys in the order given (stable bytes), and far faster than
// JSONSerialization, which took a third of a 10,000-article build when every page carried JSON-LD.

import WebText

/// A JSON document built in Swift. Objects keep their keys in the order they were written.
enum JSONValue: Sendable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// JSON already serialized for a script (see `serialized(forScript:)`), written as it is: a node
    /// that thousands of documents share is serialized once.
    case raw(String)

    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(integerLiteral value: Int) { self = .int(value) }

    /// Compact JSON. With `forScript`, `<`, `>` and `&` are written as `\u003c`… so the text can sit
    /// inside a `<script>` element without ever closing it.
    func serialized(forScript: Bool = false, indent: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(into: &out, forScript: forScript, indent: indent ? 0 : nil)
        if indent { out.append(10) }
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], forScript: Bool, indent: Int?) {
        func newline(_ level: Int) {
            guard indent != nil else { return }
            out.append(10)
            out.append(contentsOf: repeatElement(32, count: level * 2))
        }
        switch self {
        case .string(let text):
            Self.writeString(text, into: &out, forScript: forScript)
        case .int(let value):
            out.append(contentsOf: String(value).utf8)
        case .bool(let value):
            out.append(contentsOf: (value ? "true" : "false").utf8)
        case .raw(let json):
            out.append(contentsOf: json.utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline((indent ?? 0) + 1)
                item.write(into: &out, forScript: forScript, indent: indent.map { $0 + 1 })
            }
            if !items.isEmpty { newline(indent ?? 0) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline((indent ?? 0) + 1)
                Self.writeString(key, into: &out, forScript: forScript)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(32) }
                value.write(into: &out, forScript: forScript, indent: indent.map { $0 + 1 })
            }
            if !members.isEmpty { newline(indent ?? 0) }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// JSON's escapes: the quotation mark, the backslash and control characters (`\n`, `\r`, `\t`,
    /// the others as `\u00XX`); for a script, `<`, `>` and `&` too.
    private static let escaper = ByteEscaper(replacing: escapes(forScript: false))
    private static let scriptEscaper = ByteEscaper(replacing: escapes(forScript: true))

    private static func escapes(forScript: Bool) -> [UInt8: String] {
        let hex = Array("0123456789abcdef")
        func unicode(_ byte: UInt8) -> String { "\\u00" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)]) }
        var escapes: [UInt8: String] = [UInt8(ascii: "\""): "\\\"", UInt8(ascii: "\\"): "\\\\"]
        for byte in UInt8(0)..<0x20 { escapes[byte] = unicode(byte) }
        escapes[10] = "\\n"
        escapes[13] = "\\r"
        escapes[9] = "\\t"
        if forScript { for byte in [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&")] { escapes[byte] = unicode(byte) } }
        return escapes
    }

    private static func writeString(_ text: String, into out: inout [UInt8], forScript: Bool) {
        out.append(UInt8(ascii: "\""))
        (forScript ? scriptEscaper : escaper).escape(text, into: &out)
        out.append(UInt8(ascii: "\""))
    }
}
