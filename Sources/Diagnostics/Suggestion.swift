// "Did you mean …?" for misspelled keys, types and column names.

/// Finds the known word closest to a misspelled one.
public enum Suggestion {
    /// The candidate within a small edit distance of `word` (ties broken alphabetically), or nil.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        return candidates
            .map { ($0, distance(target, Array($0.lowercased()))) }
            .filter { $0.1 <= max(2, $0.0.count / 3) && $0.1 < max(target.count, 1) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit ("bra" → "bar").
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
