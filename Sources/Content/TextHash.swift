// Hashing text by its UTF-8 bytes, for fingerprints that tell whether an article or page changed.

extension Hasher {
    /// Feeds `text`'s UTF-8 bytes. `combine(text)` hashes a String's Unicode-normalised form, which
    /// for text with curly quotes or accents walks it through normalisation: hashing every
    /// article's source and HTML that way was 3% of a build. Byte equality is what a fingerprint needs.
    public mutating func combine(utf8 text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
        combine(text.utf8.count)
    }

    /// The fingerprint of one text.
    public static func hash(utf8 text: String) -> Int {
        var hasher = Hasher()
        hasher.combine(utf8: text)
        return hasher.finalize()
    }
}
