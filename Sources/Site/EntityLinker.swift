// Links the first mention of each entity in an article's HTML to its topic page.

import Markdown

enum EntityLinker {
    /// Wraps the first occurrence of any alias of each target in `<a href>`, outside tags, links,
    /// headings, code and figures. Longer aliases are tried first, so "Bank of England" wins over "England".
    static func link(_ html: String, targets: [(aliases: [String], url: String)]) -> String {
        guard !targets.isEmpty else { return html }
        var html = html
        html.makeContiguousUTF8()
        // Read in place and copied out in runs of the original String: copying the article into an
        // array and decoding the result (which checks every byte of it again) was two fifths of this.
        guard let insertions = html.utf8.withContiguousStorageIfAvailable({ firstMentions(in: $0, targets: targets) }),
              !insertions.isEmpty else { return html }
        let utf8 = html.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var out = ""
        out.reserveCapacity(utf8.count + insertions.count * 64)
        var copied = 0
        // Every offset is a UTF-8 sequence's first byte: a mention starts and ends beside a tag, a space or punctuation.
        for insertion in insertions {
            out += html[index(copied)..<index(insertion.at)]
            out += "<a class=\"entity-link\" href=\"\(escapeHTML(targets[insertion.target].url))\">"
            out += html[index(insertion.at)..<index(insertion.end)]
            out += "</a>"
            copied = insertion.end
        }
        out += html[index(copied)...]
        return out
    }

    /// Where the first mention of each target is, as byte offsets, in order.
    static func firstMentions(in bytes: UnsafeBufferPointer<UInt8>, targets: [(aliases: [String], url: String)]) -> [(at: Int, end: Int, target: Int)] {
        // Every alias's escaped bytes in one buffer, and its pattern in a list grouped by first byte, longest first,
        // so each text position is tried against few candidates. (An array of arrays of needles retained a
        // group and each needle at every try: a third of this function.)
        var entries: [(first: UInt8, start: Int, count: Int, target: Int)] = []
        var needles: [UInt8] = []
        for (t, target) in targets.enumerated() {
            for alias in target.aliases where alias.count >= 2 {
                let needle = escapeHTML(alias).utf8
                entries.append((needle.first!, needles.count, needle.count, t))
                needles.append(contentsOf: needle)
            }
        }
        entries.sort { ($0.first, $1.count, $0.start) < ($1.first, $0.count, $1.start) }
        // Where each first byte's group starts in `entries`; it ends where the next byte's starts.
        var groupStart = [Int](repeating: 0, count: 257)
        var k = 0
        for byte in 0...256 {
            while k < entries.count && Int(entries[k].first) < byte { k += 1 }
            groupStart[byte] = k
        }
        // Which bytes start a pattern or a tag, as a flat table: asked of every byte of the article.
        var stops = [Bool](repeating: false, count: 256)
        for entry in entries { stops[Int(entry.first)] = true }
        stops[Int(UInt8(ascii: "<"))] = true
        var linked = [Bool](repeating: false, count: targets.count)
        var unlinked = targets.count
        var insertions: [(at: Int, end: Int, target: Int)] = []
        var i = 0
        var skipDepth = 0
        stops.withUnsafeBufferPointer { stops in
            needles.withUnsafeBufferPointer { needles in
                // Once every target is linked the rest of the article is copied as it is.
                while i < bytes.count && unlinked > 0 {
                    // Runs of text that start no pattern and hold no tag are passed over first.
                    while i < bytes.count && !stops[Int(bytes[i])] { i += 1 }
                    guard i < bytes.count else { break }
                    if bytes[i] == UInt8(ascii: "<") {
                        // Track elements whose text must not be linked; the tag name is read in place (making
                        // a lower-cased String of every tag was a tenth of the article pages' time).
                        var tagEnd = i + 1
                        while tagEnd < bytes.count && bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
                        if tagEnd == bytes.count { tagEnd = bytes.count - 1 }
                        let closing = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
                        if Self.isSkippedElement(bytes, from: i + (closing ? 2 : 1), to: tagEnd) {
                            skipDepth = closing ? max(0, skipDepth - 1) : skipDepth + 1
                        }
                        i = tagEnd + 1
                        continue
                    }
                    if skipDepth == 0, isWordStart(bytes, i) {
                        let first = Int(bytes[i])
                        for e in groupStart[first]..<groupStart[first + 1] {
                            let entry = entries[e]
                            guard !linked[entry.target], i + entry.count <= bytes.count,
                                  matches(bytes, at: i, UnsafeBufferPointer(rebasing: needles[entry.start..<entry.start + entry.count])),
                                  isWordEnd(bytes, i + entry.count) else { continue }
                            linked[entry.target] = true
                            unlinked -= 1
                            insertions.append((i, i + entry.count, entry.target))
                            i += entry.count - 1
                            break
                        }
                    }
                    i += 1
                }
            }
        }
        return insertions
    }

    /// Elements whose text is never linked: links, headings, code, figures, scripts, styles, tables.
    /// Each name packed into an integer, one byte per letter, so a tag is checked without making a string.
    static let skippedElements: Set<UInt64> = Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "figure", "script", "style", "table"].map { packed(Array($0.utf8)[...]) })

    /// Up to eight bytes as one integer, first byte highest.
    static func packed(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether the tag name starting at `start` (ended by a space, `>` or `/`) is a skipped element, in any case.
    static func isSkippedElement(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var name: UInt64 = 0
        var k = start
        while k < end {
            let c = bytes[k]
            if c == 32 || c == 9 || c == 10 || c == 47 || c == 62 { break }
            // Longer than any skipped name ("figure", "script": six letters).
            if k - start == 7 { return false }
            name = name << 8 | UInt64(c >= 65 && c <= 90 ? c + 32 : c)
            k += 1
        }
        return k > start && skippedElements.contains(name)
    }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in 0..<needle.count where bytes[i + k] != needle[k] { return false }
        return true
    }

    static func isWordStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i == 0 || !isWordByte(b[i - 1])
    }

    static func isWordEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i >= b.count || !isWordByte(b[i])
    }

    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0x80 && c != 0xE2
    }
}
