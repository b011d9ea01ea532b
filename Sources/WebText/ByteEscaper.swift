// Escaping text byte by byte through a table: one mechanism for XML (feeds) and HTML (templates).

/// Replaces chosen ASCII bytes with entities and drops others. Multi-byte UTF-8 sequences pass
/// through untouched, since every byte of them is 0x80 or above.
public struct ByteEscaper: Sendable {
    /// What each byte becomes: nil keeps it, an empty array drops it.
    private let table: [[UInt8]?]

    public init(replacing replacements: [UInt8: String], dropping dropped: Set<UInt8> = []) {
        var table = [[UInt8]?](repeating: nil, count: 256)
        for byte in dropped { table[Int(byte)] = [] }
        for (byte, replacement) in replacements { table[Int(byte)] = Array(replacement.utf8) }
        self.table = table
    }

    public func escape(_ text: String) -> String {
        // Most text (titles, names, URLs) needs nothing: return it without copying.
        guard text.utf8.contains(where: { table[Int($0)] != nil }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        escape(text, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `output`. Runs of bytes that need nothing are copied whole:
    /// appending byte by byte was most of the cost of escaping a long text.
    public func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for i in bytes.indices {
                guard let replacement = table[Int(bytes[i])] else { continue }
                if run < i { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                output.append(contentsOf: replacement)
                run = i + 1
            }
            if run < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
        }
    }
}
