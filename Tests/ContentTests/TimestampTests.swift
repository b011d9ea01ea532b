// Dates in front matter parse in the forms authors write and print in the forms feeds need.

import Content
import Testing

@Test(arguments: [
    ("2025-03-14", "2025-03-14T00:00:00Z"),
    ("2025-03-14T09:30:00Z", "2025-03-14T09:30:00Z"),
    ("2025-03-14T09:30", "2025-03-14T09:30:00Z"),
    ("2025-03-14 09:30:15+01:00", "2025-03-14T09:30:15+01:00"),
    ("2024-02-29T23:59:59.123-05:00", "2024-02-29T23:59:59-05:00"),
])
func parsesAndPrintsISO8601(input: String, expected: String) throws {
    #expect(try #require(Timestamp(parsing: input)).iso8601 == expected)
}

@Test(arguments: ["2025-02-29", "2025-13-01", "14/03/2025", "2025-03-14T25:00", "yesterday", "2025-03-14T09:30:00Zjunk"])
func rejectsInvalidDates(input: String) {
    #expect(Timestamp(parsing: input) == nil)
}

@Test func comparesInstantsAcrossOffsets() throws {
    let paris = try #require(Timestamp(parsing: "2025-03-14T10:00:00+01:00"))
    let utc = try #require(Timestamp(parsing: "2025-03-14T09:00:00Z"))
    #expect(paris.secondsSinceEpoch == utc.secondsSinceEpoch)
    #expect(try #require(Timestamp(parsing: "2025-03-14T09:00:01Z")) > paris)
}

@Test func printsRFC822ForRSS() throws {
    #expect(try #require(Timestamp(parsing: "2025-03-14T09:30:00+01:00")).rfc822 == "Fri, 14 Mar 2025 09:30:00 +0100")
    #expect(try #require(Timestamp(parsing: "1970-01-01")).rfc822 == "Thu, 01 Jan 1970 00:00:00 +0000")
}
