// Golden files: every chart type renders to exactly the stored SVG, which is well-formed XML.

@testable import Charts
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

private let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

private let specs: [String: String] = [
    "bar": "type: bar\ntitle: Parameters\nsort: descending\nhighlight: C\nannotations: [{type: line, y: 40, label: Average}]\ndata: [{label: A, value: 70}, {label: B, value: 7.3}, {label: C, value: 46.7}]\n",
    "grouped-bar": "type: grouped-bar\ntitle: Survey\nformat: percent\ndata: |\n  Dept,Weekly,Daily\n  News,46,21\n  Sales,38,12\n",
    "stacked-bar": "type: stacked-bar\ndata: |\n  Stage,A,B\n  One,1,2\n  Two,3,-1\n",
    "column": "type: column\nformat: {style: currency, currency: \"$\", compact: true}\ndata: [{label: \"2023\", value: 1200000}, {label: \"2024\", value: 2500000}]\n",
    "stacked-column": "type: stacked-column\ndata: |\n  Q,News,Features\n  2024-Q1,320,40\n  2024-Q2,298,46\n",
    "line": "type: line\ntitle: Two series\nhighlight: Open\nannotations: [{x: \"2024-03\", y: 110, label: Peak}, {x: \"2024-02\", to: \"2024-03\", label: Wave}]\nx: [\"2024-01\", \"2024-02\", \"2024-03\", \"2024-04\"]\nseries:\n  - {name: Open, values: [100, 104, 110, 108]}\n  - {name: Closed, values: [100, 102, 105, 107]}\n",
    "small-multiples": "type: small-multiples\nx: [Jan, Feb, Mar]\nseries:\n  - {name: A, values: [1, 2, 3]}\n  - {name: B, values: [3, 2, 1]}\n",
    "area": "type: area\ndata: |\n  year,value\n  2019,12\n  2020,18\n  2021,25\n",
    "stacked-area": "type: stacked-area\nx: [\"2021\", \"2022\"]\nseries:\n  - {name: Search, values: [4.1, 4.4]}\n  - {name: Direct, values: [2.0, 2.6]}\n",
    "scatter": "type: scatter\nx: Total\ny: Active\nhighlight: R1\ndata: |\n  Model,Total,Active\n  M7,7.3,7.3\n  R1,671,37\n",
    "pie": "type: pie\ndata: [{label: A, value: 3}, {label: B, value: 2}, {label: C, value: 1}]\n",
    "donut": "type: donut\nformat: percent\ndata: [{label: US, value: 45}, {label: China, value: 25}, {label: Rest, value: 30}]\n",
    "number": "type: number\ntitle: Cheaper\nvalue: 280\nformat: {suffix: \"×\"}\nlabel: fall in cost\nchange: since 2022\n",
]

@Test(arguments: specs.keys.sorted())
func chartTypeMatchesGoldenSVG(name: String) throws {
    let spec = try ChartSpec.parse(yaml: specs[name]!)
    let svg = try ChartRenderer.svg(spec)
    let figure = try ChartRenderer.figure(spec, id: "chart-\(name)")
    #expect(svg == (try ChartRenderer.svg(try ChartSpec.parse(yaml: specs[name]!))), "byte-stable")
    let file = golden.appendingPathComponent("\(name).svg")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try svg.write(to: file, atomically: true, encoding: .utf8)
    }
    #expect(svg == (try String(contentsOf: file, encoding: .utf8)))
    #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(name).svg is well-formed XML")
    #expect(XMLParser(data: Data(("<div>" + figure.replacingOccurrences(of: "&nbsp;", with: " ") + "</div>").utf8)).parse(), "the figure is well-formed too")
    #expect(svg.contains("role=\"img\"") && svg.contains("<desc id=\"d\">"))
    #expect(!svg.contains("<script"))
    #expect(figure.contains("<details class=\"sg-data\">") == (name != "number"))
}

@Test func descriptionsSummariseTheData() throws {
    let line = try ChartSpec.parse(yaml: specs["line"]!)
    let text = ChartDescription.describe(line, try SeriesData(line))
    #expect(text == "Line chart: Two series. 2 series from 2024-01 to 2024-04. Open rose from 100 to 108 (+8%), peaking at 110 in 2024-03. Closed rose from 100 to 107 (+7%).")
    let bar = try ChartSpec.parse(yaml: specs["bar"]!)
    #expect(ChartDescription.describe(bar, try SeriesData(bar)) == "Bar chart: Parameters. 3 categories. Highest: A at 70; lowest: B at 7.3.")
}
