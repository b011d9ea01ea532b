// Counts words in UTF-8 text for reading time, and scans rendered HTML for the ids it defines.

enum Words {
    /// Space, tab, line feed and carriage return as bits of a mask indexed by byte value.
    private static let spaces: UInt64 = 1 << 32 | 1 << 13 | 1 << 10 | 1 << 9

    /// Words are counted where a non-space byte follows a space or the start. Without branches: the
    /// count ran over every byte of every article, a percent of a build.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var afterSpace: UInt64 = 1
        for byte in bytes {
            let space = byte < 64 ? (spaces &>> UInt64(byte)) & 1 : 0
            count &+= Int(afterSpace & (space ^ 1))
            afterSpace = space
        }
        return count
    }

    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { count($0) }
    }
}

enum IDScanner {
    /// The values of every ` id="…"` attribute in `html`, so anchors into rendered blocks can be checked.
    static func ids(in html: String) -> [String] {
        var result: [String] = []
        var html = html
        html.withUTF8 { bytes in
            let marker = Array(" id=\"".utf8)
            var i = 0
            while i + marker.count < bytes.count {
                guard bytes[i] == 32, bytes[i + 1] == marker[1], bytes[i + 2] == marker[2], bytes[i + 3] == marker[3], bytes[i + 4] == marker[4] else {
                    i += 1
                    continue
                }
                let start = i + marker.count
                var end = start
                while end < bytes.count && bytes[end] != 34 { end += 1 }
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                i = end
            }
        }
        return result
    }
}
