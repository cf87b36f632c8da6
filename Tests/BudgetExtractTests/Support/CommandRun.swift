import Foundation
import Testing

/// A program run to its end by a test, with both of its outputs. Every test
/// that starts a process goes through here, so that none can hang the suite:
///
/// - the outputs go to files, not pipes: a pipe's reader waits for every
///   process holding its other end, and a child started meanwhile by another
///   test may hold it too; nor can a full pipe stall the program;
/// - the wait has a time limit: a program still running past it is killed and
///   the test fails, saying which program and after how long.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Both outputs, standard output first.
    var output: String { stdout + stderr }

    /// How long a program a test runs may take by default: the slowest, a
    /// debug build converting a Sample of 60 pages on a machine busy with the
    /// rest of the suite, takes about ten seconds.
    static let defaultTimeLimit: Duration = .seconds(300)

    /// Runs the built `budget-extract` with `arguments`.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    timeLimit: Duration = defaultTimeLimit) throws -> CommandRun {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        return try program([Fixtures.binary.path] + arguments, environment: environment, timeLimit: timeLimit)
    }

    /// Runs `command` (executable and arguments), with `environment` added to
    /// this process's (or, `inheriting` false, alone) and nothing on its standard input.
    static func program(_ command: [String], environment: [String: String] = [:], inheriting: Bool = true,
                        timeLimit: Duration = defaultTimeLimit) throws -> CommandRun {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = inheriting ? ProcessInfo.processInfo.environment.merging(environment) { $1 } : environment
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let ended = waitForExit(process, within: timeLimit)
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        try #require(ended, "\(command.joined(separator: " ")) did not end within \(timeLimit) and was killed; stderr: \(stderr.suffix(2000))")
        return CommandRun(status: process.terminationStatus,
                          stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "", stderr: stderr)
    }

    /// Waits for `process` to end, at most `timeLimit`; past it, kills it and
    /// returns false.
    static func waitForExit(_ process: Process, within timeLimit: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeLimit
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return false
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        // isRunning turns false when the child is reaped; this only collects the status.
        process.waitUntilExit()
        return true
    }
}
