// Turns titles, headings, tags and file names into URL- and id-safe slugs.

import Foundation

/// URL slugs: lower case, letters and digits of any script, words joined by `-`.
public enum Slug {
    /// "Rise of Open-Weight AI: 2025 Report" → "rise-of-open-weight-ai-2025-report"; "Café Zürich" → "cafe-zurich".
    public static func make(_ text: String) -> String {
        if let ascii = asciiSlug(text) { return ascii }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar != "'" && scalar != "’" {
                pendingDash = true
            }
        }
        return result
    }

    /// The common case without Foundation's Unicode folding, which dominates the cost of a build's slugs.
    private static func asciiSlug(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let isLetter = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            let isUpper = byte >= 65 && byte <= 90
            if isLetter || isUpper {
                if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingDash = false
                bytes.append(isUpper ? byte + 32 : byte)
            } else if byte != UInt8(ascii: "'") {
                pendingDash = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
