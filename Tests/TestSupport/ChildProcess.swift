// Test helper: runs a program to its end within a time limit, reading its output and its errors side by side.

import Foundation
import Synchronization

/// What a program printed and how it ended.
public struct ChildResult: Sendable {
    public var status: Int32
    public var out: String
    public var err: String
    /// The program ran past its time limit and was stopped; what it printed until then is kept.
    public var timedOut: Bool
}

public enum ChildProcess {
    /// Runs `executable` with `stdin` as its input. Blocks, so call it through `offPool`.
    ///
    /// Both pipes are read at once: a program that fills one while the other is read waits for ever.
    /// Past `timeLimit` the program is stopped (SIGTERM, then SIGKILL), so a hung program fails its
    /// test instead of holding the whole run until CI gives up.
    public static func run(_ executable: String, _ arguments: [String], stdin: String = "", cwd: String? = nil,
                           environment: [String: String] = [:], timeLimit: Duration = .seconds(300)) throws -> ChildResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        let out = PipeReader(output.fileHandleForReading)
        let err = PipeReader(errors.fileHandleForReading)
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()

        var timedOut = false
        if ended.wait(timeout: .now() + .nanoseconds(Int(timeLimit.components.seconds) * 1_000_000_000)) == .timedOut {
            timedOut = true
            process.terminate()
            if ended.wait(timeout: .now() + .seconds(5)) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                ended.wait()
            }
        }
        // A child of the program may still hold the pipes; what arrived within a few seconds is enough.
        let grace = DispatchTime.now() + .seconds(timedOut ? 2 : 30)
        return ChildResult(status: process.terminationStatus, out: out.text(by: grace), err: err.text(by: grace), timedOut: timedOut)
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: Sendable {
    private let data = Mutex(Data())
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                data.withLock { $0.append(chunk) }
            }
            done.signal()
        }
    }

    /// Everything read, once the pipe ends or `deadline` passes.
    func text(by deadline: DispatchTime) -> String {
        _ = done.wait(timeout: deadline)
        return data.withLock { String(decoding: $0, as: UTF8.self) }
    }
}
