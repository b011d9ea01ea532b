// Counts words in UTF-8 text for reading time, and scans rendered HTML for the ids it defines.

enum Words {
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            let space = byte == 32 || byte == 10 || byte == 9 || byte == 13
            if !space && !inWord { count += 1 }
            inWord = !space
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
        var rest = html[...]
        while let range = rest.range(of: " id=\"") {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            result.append(String(after[..<end]))
            rest = after[end...]
        }
        return result
    }
}
