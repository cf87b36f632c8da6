import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract convert`: one JSON document per PDF named on the command line.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert PDFs to JSON, one document per PDF.",
        discussion: """
            Writes <output>/<name>.json for each <name>.pdf, atomically (a temporary name, then a rename). \
            A file that cannot be read gets one line on stderr naming it and the reason; the others are \
            still converted, and the exit status is 1 when any failed. Given more than one file, they \
            convert in worker processes (one per job) with a time limit per file, so that a file that \
            crashes or hangs the PDF library fails alone (its worker is replaced). Only regular files are read: a FIFO, a device or a folder named \
            x.pdf is named and left alone.

            Examples:
              budget-extract convert budget.pdf --output json
              budget-extract convert downloads/ --output json --jobs 4 --quiet
            """
    )

    @Argument(help: "The PDF files to convert; a folder stands for every PDF inside it, at any depth.",
              completion: .file(extensions: ["pdf"]))
    var files: [String]

    @Option(name: .shortAndLong, help: "The folder to write JSON into (created if missing).")
    var output: String = "."

    @Option(name: .shortAndLong, help: "How many files to convert at once: the number of cores on this machine unless given.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("timeout"), help: "Seconds one file may take, when many are converted, before it is stopped and failed.")
    var timeoutSeconds: Int = Int(WorkerIsolation.defaultTimeout.components.seconds)

    @Flag(help: "Print the time each pipeline stage took, summed over all files.")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "List every table found, one line each.")
    var verbose = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
        guard timeoutSeconds >= 1 else { throw ValidationError("--timeout must be 1 or more seconds.") }
    }

    func run() async throws {
        let outputFolder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let inputs = InputFile.expandingFolders(InputFile.commandLine(files), toFilesEndingIn: ".pdf")
        let byOutput = Dictionary(grouping: inputs.map(\.name), by: BatchConverter.outputName(for:))
        if let (name, clash) = byOutput.first(where: { $0.value.count > 1 }) {
            throw ValidationError("\(clash.joined(separator: " and ")) would all be written to \(name); "
                                  + "convert them into different --output folders.")
        }
        let progress = Progress(total: inputs.count, quiet: quiet, listTables: verbose)
        let stoppers = Self.stopWorkersWhenInterrupted()
        defer { stoppers.forEach { $0.cancel() } }
        let isolation = WorkerIsolation(worker: [WatchCommand.executablePath, "worker"], timeout: .seconds(timeoutSeconds))
        let results = await BatchConverter(jobs: jobs, isolation: isolation).convert(inputs, into: outputFolder) { result in
            progress.report(result)
        }
        if timings { StageTimingsTable.print(results.compactMap(\.timings).reduce(StageTimings(), +)) }
        let failed = results.filter { $0.error != nil }.count
        if !quiet {
            printToStandardError("converted \(results.count - failed) of \(results.count) files into \(outputFolder.path)")
        }
        if failed > 0 { throw ExitCode(1) }
    }

    /// On SIGINT or SIGTERM, stops the workers (they lead process groups of
    /// their own, so Ctrl-C does not reach them) and exits as the signal would.
    private static func stopWorkersWhenInterrupted() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler {
                WorkerIsolation.stopAll()
                Foundation.exit(128 + number)
            }
            source.resume()
            return source
        }
    }
}
