// Running an external program: its input, output, errors and status, its time limit, and no hang when another program outlives it.

import ExternalProgram
import Foundation
import Synchronization
import Testing

@Test func inputReachesTheProgramAndItsOutputComesBack() throws {
    let result = try Program.run("/bin/cat", [], stdin: "héllo\nworld\n")
    #expect(result.status == 0)
    #expect(result.out == "héllo\nworld\n")
    #expect(result.err == "")
    #expect(!result.timedOut)
}

@Test func errorsStatusFolderAndEnvironmentAreKeptApart() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("program-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let script = "pwd; echo \"$GREETING\"; echo oops >&2; exit 3"
    let result = try Program.run("/bin/sh", ["-c", script], cwd: folder, environment: ["GREETING": "hi"])
    #expect(result.status == 3)
    #expect(result.out == "\((folder as NSString).resolvingSymlinksInPath)\nhi\n")
    #expect(result.err == "oops\n")
}

@Test func outputLargerThanAPipeBufferIsKeptWhole() throws {
    // 1 MB on each of output and errors: a reader of one pipe at a time would block on the other.
    let result = try Program.run("/bin/sh", ["-c", "head -c 1000000 /dev/zero | tr '\\\\0' a; head -c 1000000 /dev/zero | tr '\\\\0' b >&2"])
    #expect(result.out.utf8.count == 1_000_000)
    #expect(result.err.utf8.count == 1_000_000)
}

@Test func aProgramPastItsTimeLimitIsStopped() throws {
    let start = ContinuousClock.now
    let result = try Program.run("/bin/sh", ["-c", "echo started; exec sleep 30"], timeLimit: .milliseconds(300))
    #expect(result.timedOut)
    #expect(result.out == "started\n")
    // SIGTERM ends it: the program does not inherit a blocked or ignored signal from the test's threads.
    #expect(result.status == SIGTERM)
    #expect(ContinuousClock.now - start < .seconds(4))
}

@Test func aProgramInheritsOnlyItsThreeDescriptors() throws {
    // A pipe made the way Foundation makes them, open in this process while the program starts.
    let open = Pipe()
    defer { try? open.fileHandleForWriting.close() }
    let result = try Program.run("/bin/sh", ["-c", "ls /proc/$$/fd"])
    #expect(result.out.split(separator: "\n") == ["0", "1", "2"])
}

@Test func aProgramThatCannotStartIsAClearError() throws {
    #expect {
        try Program.run("/nonexistent/program", [])
    } throws: { error in
        "\(error)" == "cannot start /nonexistent/program: No such file or directory"
    }
}

/// The hang CI met: while one thread runs short programs, another starts long-lived ones. With
/// Foundation's pipes, a pipe made in the moment before a spawn leaked into the long-lived program,
/// and the short one's run waited for that program to exit.
@Test func aProgramStartedMeanwhileThatLivesOnDoesNotHoldARun() async throws {
    let stop = Atomic<Bool>(false)
    let spawner = Task.detached {
        var sleepers: [Process] = []
        while !stop.load(ordering: .relaxed) {
            let sleeper = Process()
            sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
            sleeper.arguments = ["3"]
            sleeper.standardInput = FileHandle.nullDevice
            sleeper.standardOutput = FileHandle.nullDevice
            sleeper.standardError = FileHandle.nullDevice
            if (try? sleeper.run()) != nil { sleepers.append(sleeper) }
        }
        for sleeper in sleepers { sleeper.terminate() }
    }
    var slowest = Duration.zero
    for index in 0..<150 {
        let start = ContinuousClock.now
        let result = try Program.run("/bin/cat", [], stdin: "\(index)", timeLimit: .seconds(10))
        slowest = max(slowest, ContinuousClock.now - start)
        #expect(result.out == "\(index)")
    }
    stop.store(true, ordering: .relaxed)
    await spawner.value
    // A run held by a leaked descriptor lasts until the 3 s sleeper exits.
    #expect(slowest < .seconds(2), "slowest run took \(slowest)")
}
