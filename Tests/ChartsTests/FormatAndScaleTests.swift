// Number formats, nice ticks, dates and CSV data: the arithmetic under every chart.

@testable import Charts
import Testing

@Test func formatsNumbers() {
    var f = NumberFormat()
    #expect(f.format(1234567) == "1,234,567")
    #expect(f.format(-3.5) == "−3.5")
    #expect(f.format(0.125) == "0.13")
    f.compact = true
    #expect(f.format(1_234_567) == "1.2M")
    #expect(f.format(15_300) == "15.3K")
    #expect(f.format(950) == "950")
    f = NumberFormat()
    f.style = .percent
    #expect(f.format(12.5) == "12.5%")
    f.style = .currency
    f.currency = "€"
    #expect(f.format(2.5, decimals: 2) == "€2.50")
    f.currency = "USD"
    #expect(f.format(1200) == "1,200 USD")
    f = NumberFormat()
    f.suffix = " TWh"
    #expect(f.format(415) == "415 TWh")
    #expect(NumberFormat.decimals(forStep: 0.25) == 2)
    #expect(NumberFormat.decimals(forStep: 5) == 0)
}

@Test(arguments: [
    (0.0, 100.0, 5, 20.0), (0.0, 1.0, 10, 0.1), (-1.0, 1.0, 5, 0.5), (0.0, 945.0, 6, 200.0), (3.0, 97.0, 10, 10.0),
])
func ticksFollowOneTwoFive(start: Double, stop: Double, count: Int, step: Double) {
    #expect(abs(Ticks.step(from: start, to: stop, count: count) - step) < 1e-12)
}

@Test func niceDomainsStartAndEndOnTicks() {
    let nice = Ticks.nice(3, 97, count: 5)
    #expect(nice.low == 0 && nice.high == 100 && nice.step == 20)
    #expect(Ticks.values(0, 100, step: 20) == [0, 20, 40, 60, 80, 100])
    #expect(Ticks.values(0, 0.3, step: 0.1).count == 4)
    let flat = Ticks.nice(5, 5, count: 5)
    #expect(flat.low < 5 && flat.high > 5)
    #expect(Ticks.nice(0, 0, count: 5).high == 1)
}

@Test func countsNeverTickBetweenWholeNumbers() throws {
    #expect(Ticks.nice(0, 1, count: 5, wholeNumbers: true).step == 1)
    #expect(Ticks.nice(0, 3, count: 6, wholeNumbers: true).step == 1)
    #expect(Ticks.nice(0, 300, count: 6, wholeNumbers: true).step == 50)
    let counts = try ChartSpec.parse(yaml: "type: column\ndata: [{label: \"2025-03\", value: 1}, {label: \"2025-05\", value: 1}]\n")
    let svg = try ChartRenderer.svg(counts)
    #expect(!svg.contains(">0.2<") && !svg.contains(">0.5<"))
}

@Test func readsDatesAndChoosesCalendarTicks() throws {
    #expect(XValues.parseDate("2024")?.1 == .year)
    #expect(XValues.parseDate("2024-Q3")?.1 == .quarter)
    #expect(XValues.parseDate("2024-02-29")?.1 == .day)
    #expect(XValues.parseDate("2023-02-29") == nil)
    #expect(XValues.parseDate("Q3 2024") == nil)
    guard case .dates(let days, let unit) = XValues.read(["2015", "2021", "2022", "2023"]) else {
        Issue.record("years should read as dates")
        return
    }
    #expect(unit == .year)
    let yearTicks = XValues.dateTicks(low: days.first!, high: days.last!, unit: unit, maxTicks: 5).map(\.1)
    #expect(yearTicks == ["2016", "2018", "2020", "2022"])
    guard case .dates(let months, let monthUnit) = XValues.read(["2024-01", "2024-06", "2025-03"]) else {
        Issue.record("months should read as dates")
        return
    }
    let monthTicks = XValues.dateTicks(low: months.first!, high: months.last!, unit: monthUnit, maxTicks: 8).map(\.1)
    #expect(monthTicks == ["Jan 2024", "Apr", "Jul", "Oct", "Jan 2025"])
    if case .numbers = XValues.read(["1.5", "2", "10"]) {} else { Issue.record("numbers should read as numbers") }
    if case .categories = XValues.read(["North", "South"]) {} else { Issue.record("words are categories") }
}

@Test func readsNumbersAsDataFilesWriteThem() {
    #expect(NumberParse.value("1,234.5") == 1234.5)
    #expect(NumberParse.value("-3%") == -3)
    #expect(NumberParse.value("$2.50") == 2.5)
    #expect(NumberParse.value("(42)") == -42)
    #expect(NumberParse.value("1.2e3") == 1200)
    #expect(NumberParse.value("n/a") == nil)
    #expect(NumberParse.value("NaN")?.isNaN == true)
    #expect(NumberParse.value("\u{2212}5") == -5)
    #expect(NumberParse.value(" 7 ") == 7)
    #expect(NumberParse.value("-.5") == -0.5)
    #expect(NumberParse.value("+4") == 4)
}

@Test func dataTablesFromCSV() throws {
    let table = try DataTable.csv("\u{FEFF}name,value\n\"Smith, J\",1\nx,\n", firstLine: 4)
    #expect(table.columns == ["name", "value"])
    #expect(table.rows == [["Smith, J", "1"], ["x", ""]])
    #expect(table.rowLines == [5, 6])
    #expect(try table.numbers(1) == [1, nil])
    #expect(table.csvText == "name,value\n\"Smith, J\",1\nx,\n")
    #expect(throws: ChartError("data: quoted field is never closed", line: 5)) { try DataTable.csv("a\n\"b\n", firstLine: 4) }
}

@Test func svgNumbersAreFixedPrecision() {
    #expect(SVGCanvas.n(12.345) == "12.3")
    #expect(SVGCanvas.n(-0.04) == "0")
    #expect(SVGCanvas.n(-2.06) == "-2.1")
    #expect(SVGCanvas.n(.nan) == "0")
    #expect(SVGCanvas.escape("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
}
