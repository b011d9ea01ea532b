// Splits a listing into pages and describes the links between them.

/// One page of a paginated listing.
struct ListingPage {
    var number: Int
    var total: Int
    var items: ArraySlice<Int>
    var path: String

    /// Every page of `items` under `basePath`, at least one (an empty listing still has a page).
    static func paginate(_ items: [Int], basePath: String, size: Int) -> [ListingPage] {
        let total = max(1, (items.count + size - 1) / size)
        return (1...total).map { n in
            let start = (n - 1) * size
            let slice = items[min(start, items.count)..<min(start + size, items.count)]
            return ListingPage(number: n, total: total, items: slice, path: SitePaths.paginated(basePath, page: n))
        }
    }

    func data(basePath: String, paths: SitePaths) -> [String: Any]? {
        guard total > 1 else { return nil }
        var data: [String: Any] = ["current": number, "total": total]
        if number > 1 { data["prev"] = paths.link(SitePaths.paginated(basePath, page: number - 1)) }
        if number < total { data["next"] = paths.link(SitePaths.paginated(basePath, page: number + 1)) }
        return data
    }
}
