// Chart specs: the forms authors write (and the benchmark corpus uses), and clear errors at the right line.

@testable import Charts
import Foundation
import Testing

private func parse(_ yaml: String, files: [String: String] = [:]) throws(ChartError) -> ChartSpec {
    try ChartSpec.parse(yaml: yaml) { path in
        guard let text = files[path] else { throw ChartError("data file \(path) does not exist") }
        return text
    }
}

private func error(_ yaml: String) -> ChartError? {
    do {
        let spec = try parse(yaml)
        _ = try ChartRenderer.figure(spec, id: "c")
        return nil
    } catch {
        return error
    }
}

@Test func readsTheBenchmarkCorpusForms() throws {
    let bar = try parse("type: bar\ntitle: \"Revenue\"\ndata:\n  - label: \"2019\"\n    value: 36.6\n  - label: \"2020\"\n    value: 34.2\n")
    #expect(bar.kind == .bar && bar.categories == ["2019", "2020"] && bar.seriesNames == ["value"])
    let pie = try parse("type: pie\ndata: [{label: A, value: 3}, {label: B, value: 1}]\n")
    #expect(pie.kind == .pie && pie.categories == ["A", "B"])
    let line = try parse("type: line\nx: [2019, 2020, 2021]\nseries:\n  - name: Sales\n    values: [1, 2, 3]\n  - name: Costs\n    values: [3, 2, 1]\n")
    #expect(line.kind == .line && line.seriesNames == ["Sales", "Costs"] && line.categories == ["2019", "2020", "2021"])
}

@Test func readsCSVFilesColumnsAndFurniture() throws {
    let spec = try parse("""
    type: stacked-column
    title: T
    subtitle: S
    source: {name: "IEA", url: "https://www.iea.org/"}
    note: N
    format: {style: currency, currency: "€", compact: true}
    data: data/x.csv
    x: quarter
    y: [news, features]
    sort: descending
    colors: ["#123456", teal]
    """, files: ["data/x.csv": "quarter,news,features,ignored\nQ1,1,2,a\nQ2,3,4,b\n"])
    #expect(spec.stacked && spec.kind == .column)
    #expect(spec.source == "IEA" && spec.sourceURL == "https://www.iea.org/")
    #expect(spec.format.style == .currency && spec.format.currency == "€" && spec.format.compact)
    #expect(spec.seriesNames == ["news", "features"])
    #expect(spec.colors == ["#123456", "teal"])
}

@Test func errorsPointAtTheirLine() {
    #expect(error("type: bra\ndata: [{a: 1}]\n") == ChartError("unknown chart type `bra` (did you mean `bar`?); use bar, column, line, area, scatter, pie, donut or number", line: 0))
    #expect(error("type: bar\ntitel: x\n")?.message == "unknown chart key `titel` (did you mean `title`?)")
    #expect(error("type: bar\ntitel: x\n")?.line == 1)
    let misspelled = error("type: column\ndata: |\n  year,revenue\n  2020,1\ny: revnue\n")
    #expect(misspelled?.line == 4)
    #expect(misspelled?.message.contains("Did you mean `revenue`?") == true)
    let notNumber = error("type: bar\ndata:\n  - {label: a, value: 1}\n  - {label: b, value: lots}\n")
    #expect(notNumber == ChartError("'lots' in column 'value' is not a number", line: 3))
    #expect(error("type: column\ndata: |\n  year,value\n  2020,1\n  2021,inf\n")?.line == 4)
    #expect(error("type: pie\ndata:\n  - {label: a, value: 3}\n  - {label: b, value: -1}\n") == ChartError("a pie cannot show the negative value -1; use a bar chart", line: 3))
    #expect(error("type: pie\ndata: [{label: a, value: 0}]\n")?.message == "a pie needs at least one value above zero")
    #expect(error("type: bar\ndata: []\n")?.message == "`data` is empty")
    #expect(error("type: bar\ndata: data/missing.csv\n")?.message == "data file data/missing.csv does not exist")
    #expect(error("type: bar\ndata: |\n  a,b\n  x,1\ncolors: [\"red;background:url(x)\"]\n")?.line == 4)
    #expect(error("type: bar\n  bad: [indent\n")?.message.hasPrefix("malformed YAML") == true)
    #expect(error("just text")?.line == 0)
    #expect(error("type: line\nx: [1, 2]\nseries:\n  - {name: a, values: [1]}\n")?.line == 3)
}

@Test func awkwardDataGivesSaneCharts() throws {
    var rows = "type: column\ndata: |\n  x,y\n"
    for i in 0..<200 { rows += "  Category \(i),\(i % 17)\n" }
    let many = try ChartRenderer.figure(try parse(rows), id: "many")
    #expect(many.contains("Category 199"))
    let long = String(repeating: "Very long label ", count: 320)
    let svg = try ChartRenderer.svg(try parse("type: bar\ndata:\n  - {label: \"\(long)\", value: 3}\n  - {label: \"<b>&\\\"q\\\"</b>\", value: 4}\n"))
    #expect(!svg.contains("<b>"))
    #expect(svg.contains("&lt;b&gt;&amp;&quot;q&quot;&lt;/b&gt;"))
    #expect(svg.count < 20_000, "a 5,000-character label is cut, not drawn whole")
    let noCapitals = try ChartRenderer.svg(try parse("type: line\ndata: |\n  x,y\n  a,1\n  b,\n  c,3\n"))
    #expect(noCapitals.contains("M"), "missing values leave a gap, not a crash")
    var big = "type: line\ndata: |\n  x,y\n"
    for i in 0..<100_000 { big += "  \(i),\(i % 100)\n" }
    let huge = try ChartRenderer.svg(try parse(big))
    #expect(huge.hasPrefix("<svg"))
}
