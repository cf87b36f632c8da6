import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract worker`: converts PDFs in a process of its own, for
/// `watch` (one file, named on the command line) and for `convert` (many,
/// one after another, sent on descriptor 3 with `--serve`), so a crash stays in here.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Convert PDFs and report each one in a line of JSON (used by `watch` and `convert`).",
        shouldDisplay: false
    )

    @Argument(help: "The PDF file.")
    var file: String?

    @Option(help: "The folder to write the JSON into.")
    var output: String?

    @Option(help: "The JSON file's name.")
    var name: String?

    @Option(help: "The file's name in messages and in the JSON, when `file` is a descriptor's path.")
    var fileName: String?

    @Option(help: "The file's SHA-256, when the caller has computed it (the watcher has): not read again for it.")
    var sha256: String?

    @Flag(help: "Convert the files sent on descriptor 3, a Unix socket, until it closes (how `convert` runs its workers).")
    var serve = false

    func validate() throws {
        guard serve == (file == nil), serve == (output == nil), serve == (name == nil) else {
            throw ValidationError("give a file, --output and --name, or --serve alone.")
        }
    }

    /// With a file: prints `{"page":N}` as each page starts and
    /// `{"result":{…}}` at the end, read by `watch`.
    func run() throws {
        guard let file, let output, let name else {
            return WorkerIsolation.serve(channel: 3)
        }
        let target = URL(fileURLWithPath: output).appendingPathComponent(name)
        var converter = BatchConverter(jobs: 1)
        converter.converter.pageStarted = { page in
            FileHandle.standardOutput.write(WorkerIsolation.Event.page(page).line)
        }
        let result = converter.convertOne(InputFile(path: file), named: fileName ?? file, sha256: sha256, writingTo: target)
        FileHandle.standardOutput.write(WorkerIsolation.Event.result(result).line)
        if result.error != nil { throw ExitCode(1) }
    }
}
