import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract worker`: converts one file for the watcher, in a process of its own.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Convert one PDF and print a one-line JSON report (used by `watch`).",
        shouldDisplay: false
    )

    @Argument(help: "The PDF file.")
    var file: String

    @Option(help: "The folder to write the JSON into.")
    var output: String

    @Option(help: "The JSON file's name.")
    var name: String

    func run() throws {
        let target = URL(fileURLWithPath: output).appendingPathComponent(name)
        let result = BatchConverter(jobs: 1).convertOne(file, writingTo: target)
        let line = try JSONEncoder().encode(WorkerReport(result))
        FileHandle.standardOutput.write(line + Data("\n".utf8))
        if result.error != nil { throw ExitCode(1) }
    }
}
