// Connects ```chart blocks in Markdown to the chart library, with data files read from the site folder.

import Charts
import Diagnostics
import Foundation
import Markdown

/// Renders `chart` fenced blocks. `data: path.csv` is read relative to the site root and may not leave it.
struct ChartBlock: BlockRenderer {
    let siteRoot: String

    func render(_ block: FencedBlock) throws -> String {
        let result = Result { () throws(ChartError) -> String in
            let spec = try ChartSpec.parse(yaml: block.code, loadFile: { path in try DataFiles.read(path, root: siteRoot) })
            return try ChartRenderer.figure(spec, id: "chart-\(block.location.line)")
        }
        switch result {
        case .success(let html):
            return html
        case .failure(let error):
            throw Diagnostic.error("chart: \(error.message)", at: block.locationOfCodeLine(error.line ?? 0, column: error.column ?? 1))
        }
    }
}

/// Data files for charts, confined to the site folder.
enum DataFiles {
    static func read(_ path: String, root: String) throws -> String {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        let fileURL = rootURL.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        guard fileURL.path.hasPrefix(rootURL.path + "/") else {
            throw ChartError("data file \(path) is outside the site folder")
        }
        guard let data = FileManager.default.contents(atPath: fileURL.path) else {
            throw ChartError("data file \(path) does not exist (paths are relative to the site folder)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ChartError("data file \(path) is not UTF-8 text") }
        return text
    }
}
