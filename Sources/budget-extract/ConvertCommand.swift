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
            still converted, and the exit status is 1 when any failed.

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

    @Flag(help: "Print the time each pipeline stage took, summed over all files.")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "List every table found, one line each.")
    var verbose = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
    }

    func run() async throws {
        let outputFolder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let inputs = expandingFolders(files, toFilesEndingIn: ".pdf")
        let byOutput = Dictionary(grouping: inputs, by: BatchConverter.outputName(for:))
        if let (name, clash) = byOutput.first(where: { $0.value.count > 1 }) {
            throw ValidationError("\(clash.joined(separator: " and ")) would all be written to \(name); "
                                  + "convert them into different --output folders.")
        }
        let progress = Progress(total: inputs.count, quiet: quiet, listTables: verbose)
        let results = await BatchConverter(jobs: jobs).convert(inputs, into: outputFolder) { result in
            progress.report(result)
        }
        if timings { StageTimingsTable.print(results.compactMap(\.timings).reduce(StageTimings(), +)) }
        let failed = results.filter { $0.error != nil }.count
        if !quiet {
            printToStandardError("converted \(results.count - failed) of \(results.count) files into \(outputFolder.path)")
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
