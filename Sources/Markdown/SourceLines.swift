// Finds text in the Markdown source by line, for positions cmark does not keep (inline nodes).

/// The source as UTF-8 with its line starts, worked out on first use.
struct SourceLines {
    private let text: String
    private var bytes: [UInt8] = []
    private var starts: [Int]?

    init(_ text: String) {
        self.text = text
    }

    /// Line and byte column (both from 1) of the first occurrence of `needle` that starts within
    /// lines `fromLine...toLine`; nil when it is not written there as it is (escapes, entities).
    mutating func find(_ needle: String, fromLine: Int, toLine: Int) -> (line: Int, column: Int)? {
        let target = Array(needle.utf8)
        guard !target.isEmpty else { return nil }
        if starts == nil {
            bytes = Array(text.utf8)
            var found = [0]
            for (i, byte) in bytes.enumerated() where byte == 10 { found.append(i + 1) }
            starts = found
        }
        let starts = self.starts!
        guard fromLine >= 1, fromLine <= starts.count else { return nil }
        let begin = starts[fromLine - 1]
        let end = toLine < starts.count ? starts[toLine] : bytes.count
        var i = begin
        while i + target.count <= bytes.count && i < end {
            if bytes[i] == target[0] && bytes[i..<(i + target.count)].elementsEqual(target) {
                var line = fromLine
                while line < starts.count && starts[line] <= i { line += 1 }
                return (line, i - starts[line - 1] + 1)
            }
            i += 1
        }
        return nil
    }
}
