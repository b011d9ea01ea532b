// Reads a content file as text, rejecting empty files and invalid UTF-8 with the exact position.

import Diagnostics
import Foundation

public enum SourceText {
    /// The file's text, or a diagnostic saying why it cannot be used.
    public static func read(absolutePath: String, displayPath: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: absolutePath) else {
            return .failure(.error("cannot read this file", at: SourceLocation(file: displayPath)))
        }
        return decode(Array(data), displayPath: displayPath)
    }

    public static func decode(_ bytes: [UInt8], displayPath: String) -> Result<String, Diagnostic> {
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            return .failure(.error("file is empty; an article needs front matter with at least a title", at: SourceLocation(file: displayPath, line: 1, column: 1)))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        return .failure(.error("file is not valid UTF-8; save it as UTF-8", at: firstInvalidByte(in: bytes, file: displayPath)))
    }

    /// Line and column (in characters) of the first byte that is not valid UTF-8.
    static func firstInvalidByte(in bytes: [UInt8], file: String) -> SourceLocation {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return SourceLocation(file: file, line: line, column: column)
            case .error:
                return SourceLocation(file: file, line: line, column: column)
            }
        }
    }
}
