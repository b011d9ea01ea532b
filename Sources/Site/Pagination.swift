// Splits a listing into pages and describes the links between them.

/// One page of a paginated listing.
struct ListingPage {
    var number: Int
    var total: Int
    var items: ArraySlice<Int>
    var path: String

    /// How many pages `count` items fill, at least one (an empty listing still has a page).
    static func count(of count: Int, size: Int) -> Int {
        max(1, (count + size - 1) / size)
    }

    /// Page `number` (from 1) of `items` under `basePath`.
    static func page(_ number: Int, of items: [Int], basePath: String, size: Int) -> ListingPage {
        let start = (number - 1) * size
        let slice = items[min(start, items.count)..<min(start + size, items.count)]
        return ListingPage(number: number, total: count(of: items.count, size: size), items: slice,
                           path: SitePaths.paginated(basePath, page: number))
    }

    func data(basePath: String, paths: SitePaths) -> [String: Any]? {
        guard total > 1 else { return nil }
        var data: [String: Any] = ["current": number, "total": total]
        if number > 1 { data["prev"] = paths.link(SitePaths.paginated(basePath, page: number - 1)) }
        if number < total { data["next"] = paths.link(SitePaths.paginated(basePath, page: number + 1)) }
        return data
    }
}
