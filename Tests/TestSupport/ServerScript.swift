// Test helper: starts a server script from Tests/ (moto's S3, a web server with broken links) and reads its first line.

import ExternalProgram
import Foundation

/// A test server run as its own process. It prints one line (its address, or JSON) once ready and
/// runs until its standard input closes, which happens when the test process exits.
public enum ServerScript {
    /// Runs `python3 script` and returns its first line; nil when python3 cannot run it. Blocks, so
    /// call it through `offPool`.
    public static func start(_ script: String) -> String? {
        let input = Pipe()
        let output = Pipe()
        // Errors not into the test run's own output: moto logs every request there, and a server
        // that outlived the test process would hold `swift test` (and CI) waiting for that output to end.
        guard (try? Program.start("/usr/bin/env", ["python3", script], input: input.fileHandleForReading,
                                  output: output.fileHandleForWriting)) != nil else { return nil }
        try? input.fileHandleForReading.close()
        try? output.fileHandleForWriting.close()
        // The write end of its input stays open for the life of the test process, and the server with it.
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
