// Runs an external program (git, a test's sitegen) to its end and gathers what it printed.

import CSpawn
import Foundation

/// What a program printed and how it ended.
public struct ProgramResult: Sendable {
    /// The exit status, or the number of the signal that ended the program.
    public var status: Int32
    public var out: String
    public var err: String
    /// The program ran past its time limit and was stopped; what it printed until then is kept.
    public var timedOut: Bool
}

/// A program that could not be started, with the system's reason.
public struct ProgramError: Error, CustomStringConvertible {
    public let description: String
}

/// A program started and not yet waited for.
public struct RunningProgram: Sendable {
    public let id: pid_t

    /// Blocks until the program ends; its exit status, or the number of the signal that ended it.
    public func waitForExit() -> Int32 {
        var status: Int32 = 0
        while waitpid(id, &status, 0) == -1 && errno == EINTR {}
        return Self.decode(status)
    }

    /// The status if the program has ended by now; nil while it runs.
    public func exitIfEnded() -> Int32? {
        var status: Int32 = 0
        return waitpid(id, &status, WNOHANG) == id ? Self.decode(status) : nil
    }

    public func send(_ signal: Int32) {
        kill(id, signal)
    }

    private static func decode(_ status: Int32) -> Int32 {
        status & 0x7f == 0 ? (status >> 8) & 0xff : status & 0x7f
    }
}

public enum Program {
    /// Starts `executable` with the three descriptors as its input, output and errors.
    ///
    /// Not Foundation's `Process`: it marks descriptors close-on-exec by closing those it sees open
    /// just before it spawns, so a pipe or socket another thread opens in that moment leaks into the
    /// program; and it learns that a program ended from a socket the program inherits, which a
    /// program started meanwhile can inherit too. A long-lived one (a server) then makes a run wait
    /// for its own end. Here the program inherits descriptors 0, 1 and 2 and nothing else.
    ///
    /// A descriptor left nil is /dev/null. (Not `FileHandle.nullDevice`: it has no descriptor of its own.)
    public static func start(_ executable: String, _ arguments: [String], input: FileHandle? = nil, output: FileHandle? = nil,
                             errors: FileHandle? = nil, cwd: String? = nil, environment: [String: String] = [:]) throws -> RunningProgram {
        let given = [input, output, errors]
        let null = given.contains { $0 == nil } ? try openCloseOnExec("/dev/null", O_RDWR) : nil
        let descriptors = given.map { ($0 ?? null)!.fileDescriptor }
        let variables = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var id: pid_t = 0
        let result = sitegen_spawn_program(&id, executable, argv, envp, descriptors[0], descriptors[1], descriptors[2], cwd)
        withExtendedLifetime(null) {}
        guard result == 0 else { throw ProgramError(description: "cannot start \(executable): \(String(cString: strerror(result)))") }
        return RunningProgram(id: id)
    }

    /// Runs `executable` to its end with `stdin` as its input (none when nil). Blocks the calling thread.
    ///
    /// What the program prints goes to unlinked files, not pipes: a file has no end to wait for, and
    /// no size at which the program blocks until someone reads. Past `timeLimit` the program is
    /// stopped (SIGTERM, then SIGKILL five seconds later).
    public static func run(_ executable: String, _ arguments: [String], stdin: String? = nil, cwd: String? = nil,
                           environment: [String: String] = [:], timeLimit: Duration? = nil) throws -> ProgramResult {
        let output = try ScratchFile(), errors = try ScratchFile()
        var input: FileHandle?
        if let stdin {
            let file = try ScratchFile()
            try file.handle.write(contentsOf: Data(stdin.utf8))
            try file.handle.seek(toOffset: 0)
            input = file.handle
        }
        let program = try start(executable, arguments, input: input, output: output.handle, errors: errors.handle,
                                cwd: cwd, environment: environment)
        var status: Int32
        var timedOut = false
        if let timeLimit {
            if let ended = wait(for: program, until: .now + timeLimit) {
                status = ended
            } else {
                timedOut = true
                program.send(SIGTERM)
                if let ended = wait(for: program, until: .now + .seconds(5)) {
                    status = ended
                } else {
                    program.send(SIGKILL)
                    status = program.waitForExit()
                }
            }
        } else {
            status = program.waitForExit()
        }
        return ProgramResult(status: status, out: try output.text(), err: try errors.text(), timedOut: timedOut)
    }

    /// Polls until the program ends or `deadline` passes, sleeping a little longer each time (up to
    /// 20 ms), so a short run is seen at once and a long one costs next to nothing.
    private static func wait(for program: RunningProgram, until deadline: ContinuousClock.Instant) -> Int32? {
        var pause = Duration.milliseconds(1)
        while true {
            if let status = program.exitIfEnded() { return status }
            if ContinuousClock.now >= deadline { return nil }
            Thread.sleep(forTimeInterval: Double(pause.components.attoseconds) / 1e18)
            pause = min(pause * 2, .milliseconds(20))
        }
    }
}

/// A file in the temporary folder that is unlinked as soon as it is open, so nothing is left behind
/// even if the run is killed. Opened close-on-exec; a program gets it only as one of its three.
private struct ScratchFile {
    let handle: FileHandle

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-program-\(UUID().uuidString)").path
        handle = try openCloseOnExec(path, O_RDWR | O_CREAT | O_EXCL)
        unlink(path)
    }

    /// Everything written into the file from its start.
    func text() throws -> String {
        try handle.seek(toOffset: 0)
        return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
    }
}

/// Opens `path` close-on-exec, so that only a program it is handed to as 0, 1 or 2 gets it.
private func openCloseOnExec(_ path: String, _ flags: Int32) throws -> FileHandle {
    let descriptor = open(path, flags | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw ProgramError(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
    return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
}
