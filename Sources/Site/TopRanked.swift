// The best few elements of a sequence in one pass, for rankings that show a handful of many candidates.

extension Sequence {
    /// The `limit` elements that come first by `better` (a strict order), best first. One pass with
    /// a short sorted list: ranking a popular topic's hundreds of co-mentions or an article's
    /// candidates by sorting them all was a measurable part of a build.
    func best(_ limit: Int, by better: (Element, Element) -> Bool) -> [Element] {
        var best: [Element] = []
        best.reserveCapacity(limit + 1)
        for candidate in self {
            guard best.count < limit || better(candidate, best[best.count - 1]) else { continue }
            let position = best.firstIndex { better(candidate, $0) } ?? best.count
            best.insert(candidate, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }
}
