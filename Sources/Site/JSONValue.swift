// A minimal JSON value and writer: keys in the order given (stable bytes), and far faster than
// JSONSerialization, which took a third of a 10,000-article build when every page carried JSON-LD.

/// A JSON document built in Swift. Objects keep their keys in the order they were written.
enum JSONValue: Sendable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

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

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into out: inout [UInt8], forScript: Bool) {
        out.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape are copied whole: appending byte by byte was most of the
        // cost of every page's structured data.
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for i in bytes.indices {
                let byte = bytes[i]
                let escaped = byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                    || forScript && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&"))
                guard escaped else { continue }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                run = i + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
                case 10: out.append(contentsOf: [92, UInt8(ascii: "n")])
                case 13: out.append(contentsOf: [92, UInt8(ascii: "r")])
                case 9: out.append(contentsOf: [92, UInt8(ascii: "t")])
                default: out.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
            }
            if run < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
