// `sitegen chart`: renders one chart spec to a standalone SVG file, for use anywhere.

import ArgumentParser
import Charts
import Foundation

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chart", abstract: "Render a chart spec (YAML) to SVG.")

    @Argument(help: "The chart spec, in the same YAML as a ```chart block.")
    var spec: String

    @Option(name: .shortAndLong, help: "Where to write the SVG (default: standard output).")
    var output: String?

    @Option(help: "Width in pixels.")
    var width: Double = 640

    @Option(help: "Render the chart this many times and print the mean time per render (a benchmark).")
    var benchmark: Int?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: spec), let yaml = String(data: data, encoding: .utf8) else {
            Terminal.error("\(spec): cannot read this file as UTF-8 text")
            throw ExitCode(1)
        }
        let folder = (spec as NSString).deletingLastPathComponent
        do {
            let chart: ChartSpec = try ChartSpec.parse(yaml: yaml) { path in
                let full = path.hasPrefix("/") ? path : ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(path)
                guard let contents = FileManager.default.contents(atPath: full), let text = String(data: contents, encoding: .utf8) else {
                    throw ChartError("data file \(path) does not exist")
                }
                return text
            }
            let svg = try ChartRenderer.svg(chart, width: max(280, min(width, 2000)))
            if let benchmark, benchmark > 0 {
                func mean(_ body: () throws -> Void) throws -> Double {
                    let started = DispatchTime.now().uptimeNanoseconds
                    for _ in 0..<benchmark { try body() }
                    return Double(DispatchTime.now().uptimeNanoseconds - started) / Double(benchmark) / 1e6
                }
                let svgTime = try mean { _ = try ChartRenderer.svg(chart, width: width) }
                let figureTime = try mean { _ = try ChartRenderer.figure(chart, id: "bench") }
                print(String(format: "%d rows, mean of %d: %.3f ms per SVG; %.3f ms per figure (wide and narrow SVG, data table, CSV link)",
                             chart.table.rows.count, benchmark, svgTime, figureTime))
                return
            }
            if let output {
                try Data(svg.utf8).write(to: URL(fileURLWithPath: output))
            } else {
                FileHandle.standardOutput.write(Data(svg.utf8))
            }
        } catch let error as ChartError {
            let place = error.line.map { ":\($0 + 1):\(error.column ?? 1)" } ?? ""
            FileHandle.standardError.write(Data("\(spec)\(place): error: \(error.message)\n".utf8))
            throw ExitCode(1)
        } catch {
            Terminal.error("\(output ?? "output"): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
