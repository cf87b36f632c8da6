import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract worker`: converts one file in a process of its own, for
/// `watch` and for `convert` given many files, so a crash stays in here.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Convert one PDF and print its progress and a one-line JSON report (used by `watch` and `convert`).",
        shouldDisplay: false
    )

    @Argument(help: "The PDF file.")
    var file: String

    @Option(help: "The folder to write the JSON into.")
    var output: String

    @Option(help: "The JSON file's name.")
    var name: String

    @Option(help: "The file's name in messages and in the JSON, when `file` is a descriptor's path.")
    var fileName: String?

    /// Prints `{"page":N}` as each page starts and `{"result":{…}}` at the
    /// end, read by `convert` and `watch` alike.
    func run() throws {
        let target = URL(fileURLWithPath: output).appendingPathComponent(name)
        var converter = BatchConverter(jobs: 1)
        converter.converter.pageStarted = { page in
            FileHandle.standardOutput.write(WorkerIsolation.Event.page(page).line)
        }
        let result = converter.convertOne(InputFile(path: file), named: fileName ?? file, writingTo: target)
        FileHandle.standardOutput.write(WorkerIsolation.Event.result(result).line)
        if result.error != nil { throw ExitCode(1) }
    }
}
