// Turns titles, headings, tags and file names into URL- and id-safe slugs.

import Foundation

/// URL slugs: lower case, letters and digits of any script, words joined by `-`.
public enum Slug {
    /// "Rise of Open-Weight AI: 2025 Report" → "rise-of-open-weight-ai-2025-report"; "Café Zürich" → "cafe-zurich".
    public static func make(_ text: String) -> String {
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
}
