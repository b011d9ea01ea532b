// Typographic quotes, dashes and ellipses for plain text outside Markdown (titles, summaries).

/// The same punctuation cmark's smart option gives Markdown bodies, for front matter text.
public enum SmartText {
    public static func apply(_ text: String) -> String {
        guard hasWork(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let previous: Character? = i > 0 ? chars[i - 1] : nil
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch c {
            case "'":
                // An apostrophe or a closing quote after a letter or digit; an opening quote elsewhere.
                if let p = previous, p.isLetter || p.isNumber || p == "." || p == "," || p == "!" || p == "?" {
                    result.append("’")
                } else if let n = next, n.isNumber {
                    result.append("’")
                } else {
                    result.append("‘")
                }
            case "\"":
                let opens = previous == nil || previous!.isWhitespace || "([{—–-".contains(previous!)
                result.append(opens ? "“" : "”")
            case "-" where next == "-":
                if i + 2 < chars.count && chars[i + 2] == "-" {
                    result.append("—")
                    i += 2
                } else {
                    result.append("–")
                    i += 1
                }
            case "." where next == "." && i + 2 < chars.count && chars[i + 2] == ".":
                result.append("…")
                i += 2
            default:
                result.append(c)
            }
            i += 1
        }
        return result
    }

    /// Whether `text` has a quotation mark, `--` or `...`: most titles and summaries have none (a
    /// full stop alone is not work), and walking them as Characters was most of this.
    static func hasWork(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): return true
            case UInt8(ascii: "-") where previous == UInt8(ascii: "-"): return true
            case UInt8(ascii: ".") where previous == UInt8(ascii: ".") && beforePrevious == UInt8(ascii: "."): return true
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
