// Test helper: starts a server script from Tests/ (moto's S3, a web server with broken links) and reads its first line.

import Foundation

/// A test server run as its own process. It prints one line (its address, or JSON) once ready and
/// runs until its standard input closes, which happens when the test process exits.
public enum ServerScript {
    /// Runs `python3 script` and returns its first line; nil when python3 cannot run it. Blocks, so
    /// call it through `offPool`.
    public static func start(_ script: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        // Not the test run's own output: moto logs every request there, and a server that outlived
        // the test process would hold `swift test` (and CI) waiting for that output to end.
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        // The pipe stays open for the life of the test process, and the server with it.
        _ = Unmanaged.passRetained(input)
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte.first == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
    }
}
