// Finds text in the Markdown source by line, for positions cmark does not keep (inline nodes).

import Foundation

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
        // A match must start within the lines but may run past their end. memchr jumps to each
        // candidate first byte: a byte-by-byte loop here showed in whole-build profiles, since
        // every link of every article is located.
        let last = min(end, bytes.count - target.count + 1)
        guard begin < last else { return nil }
        let offset: Int? = bytes.withUnsafeBufferPointer { haystack -> Int? in
            target.withUnsafeBufferPointer { needle -> Int? in
                guard let base = haystack.baseAddress, let wanted = needle.baseAddress else { return nil }
                var i = begin
                while i < last, let hit = memchr(base + i, Int32(wanted[0]), last - i) {
                    i = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + i, wanted, needle.count) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
        guard let i = offset else { return nil }
        var line = fromLine
        while line < starts.count && starts[line] <= i { line += 1 }
        return (line, i - starts[line - 1] + 1)
    }
}
