import Foundation
import Testing

/// The built `budget-extract` run to its end, with both of its outputs.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs the binary with `arguments` (and `environment` added to this
    /// process's); the outputs go through files, so neither can fill a pipe and stall it.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: URL? = nil) throws -> CommandRun {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus,
                          stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
